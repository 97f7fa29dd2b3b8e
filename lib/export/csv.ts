import type { PromptRecord } from '../model';
import { type ExportWriter, writeWhole } from './files';

/**
 * A spreadsheet export (RFC 4180: comma-separated, CRLF line ends, quoted fields), UTF-8 with a
 * byte-order mark so spreadsheet programs read non-Latin text right.
 */

export const CSV_COLUMNS = ['id', 'site', 'status', 'created_at', 'updated_at', 'sent_at', 'url', 'failure', 'text'] as const;

/**
 * A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice on CSV
 * injection), which spreadsheets show as plain text.
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const iso = (time: number | undefined) => (time === undefined ? '' : new Date(time).toISOString());

function row(record: PromptRecord): string {
  const fields = [
    record.id,
    record.site,
    record.status,
    iso(record.createdAt),
    iso(record.updatedAt),
    iso(record.sentAt),
    record.url,
    record.failure?.text ?? '',
    record.text,
  ];
  return `${fields.map(cell).join(',')}\r\n`;
}

export const csvWriter: ExportWriter = {
  mime: 'text/csv',
  head: () => `\ufeff${CSV_COLUMNS.join(',')}\r\n`,
  prompt: row,
  tail: () => '',
};

export function toCsv(records: readonly PromptRecord[]): string {
  return writeWhole(csvWriter, records, new Date(0));
}
