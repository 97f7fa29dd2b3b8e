import type { ExportFormat } from '../lib/export/files';
import { t } from '../lib/i18n';

/** One button per export format. */
export function ExportButtons({ onExport, busy }: { readonly onExport: (format: ExportFormat) => void; readonly busy: boolean }) {
  const formats: [ExportFormat, string][] = [
    ['json', 'JSON'],
    ['markdown', 'Markdown'],
    ['csv', 'CSV'],
  ];
  return (
    <div class="export" role="group" aria-label={t('exportLabel')}>
      <span class="export-label">{t('exportLabel')}</span>
      {formats.map(([format, label]) => (
        <button type="button" data-format={format} disabled={busy} onClick={() => onExport(format)}>
          {label}
        </button>
      ))}
    </div>
  );
}
