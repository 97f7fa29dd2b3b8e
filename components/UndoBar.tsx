import { t } from '../lib/i18n';

/** What just happened, in a line, with a way to take it back ("3 prompts deleted. Undo"). */
export function UndoBar({ message, onUndo }: { readonly message: string; readonly onUndo: () => void }) {
  return (
    <div class="undo" role="status">
      <span>{message}</span>
      <button type="button" class="undo-button" onClick={onUndo}>
        {t('undo')}
      </button>
    </div>
  );
}
