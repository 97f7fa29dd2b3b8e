import { t } from '../lib/i18n';

export interface Shortcut {
  /** The manifest's command name: `_execute_action` (or `_execute_browser_action`), `send-last-prompt`. */
  readonly name: string;
  /** The keys, as the browser writes them; empty when the person removed it. */
  readonly shortcut: string;
}

export interface ShortcutListProps {
  readonly shortcuts: readonly Shortcut[];
  /** Opens the browser's own page for changing them, where it has one an extension may open. */
  readonly onChange?: () => void;
}

const label = (name: string) => (name === 'send-last-prompt' ? t('commandSendLast') : t('commandOpenPopup'));

/** Detour's keyboard shortcuts as the browser has them now; the browser's settings change them. */
export function ShortcutList({ shortcuts, onChange }: ShortcutListProps) {
  return (
    <div class="shortcuts">
      <dl>
        {shortcuts.map((shortcut) => (
          <div class="shortcut" data-command={shortcut.name}>
            <dt>{label(shortcut.name)}</dt>
            <dd>{shortcut.shortcut ? <kbd>{shortcut.shortcut}</kbd> : t('shortcutNotSet')}</dd>
          </div>
        ))}
      </dl>
      <p class="hint">{t('shortcutsHint')}</p>
      {onChange && (
        <button type="button" onClick={onChange}>
          {t('changeShortcuts')}
        </button>
      )}
    </div>
  );
}
