import { t } from '../lib/i18n';

/** Picks a Detour export to import: JSON, CSV or Markdown (told apart by what the file holds). */
export function ImportBox({ onFile, busy }: { readonly onFile: (file: File) => void; readonly busy: boolean }) {
  return (
    <label class="import">
      <span>{t('importLabel')}</span>
      <input
        type="file"
        name="import"
        accept=".json,.csv,.md,.markdown,.txt,application/json,text/csv,text/markdown,text/plain"
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
