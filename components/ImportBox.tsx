import { t } from '../lib/i18n';

/** Picks a Detour JSON export to import. */
export function ImportBox({ onFile, busy }: { readonly onFile: (file: File) => void; readonly busy: boolean }) {
  return (
    <label class="import">
      <span>{t('importLabel')}</span>
      <input
        type="file"
        name="import"
        accept=".json,application/json"
        disabled={busy}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onFile(file);
          event.currentTarget.value = '';
        }}
      />
    </label>
  );
}
