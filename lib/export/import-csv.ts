import { t } from '../i18n';
import { CSV_COLUMNS, GUARDED, TAG_SEPARATOR } from './csv';
import { checkPrompts, type ImportParse } from './import';

/**
 * Reads a Detour CSV export back (lib/export/csv.ts), into the prompts a JSON export holds, and
 * checks them the same way. CSV carries less than JSON: a failure's words but not its kind or
 * place (read as an error in the conversation, the most common), no stall details, no context.
 * Columns are found by name, so a file re-saved by a spreadsheet with its columns moved still reads.
 */

/** Columns without which a row is not a prompt; the others are optional. */
const REQUIRED = ['id', 'site', 'status', 'created_at', 'updated_at', 'url', 'text'] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** RFC 4180 rows (CRLF or LF, quoted cells with doubled quotes), or undefined when a quote never closes. */
export function csvRows(input: string): string[][] | undefined {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < input.length; index++) {
    const char = input[index];
    if (quoted) {
      if (char !== '"') cell += char;
      else if (input[index + 1] === '"') {
        cell += '"';
        index++;
      } else quoted = false;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[index + 1] === '\n') index++;
      rows.push([...row, cell]);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (quoted) return undefined;
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Takes off the apostrophe the export put before a cell a spreadsheet would run as a formula. */
function unguard(value: string): string {
  return value.startsWith("'") && GUARDED.test(value.slice(1)) ? value.slice(1) : value;
}

/** Whether a file's first line is a Detour CSV header (at least the id and the text). */
export function looksLikeCsv(input: string): boolean {
  const header = input.slice(0, input.search(/\r?\n|$/)).split(',').map((name) => name.trim().toLowerCase());
  return header.includes('id') && header.includes('text');
}

export function parseCsvExport(input: string): ImportParse {
  const rows = csvRows(input.replace(/^\ufeff/, ''));
  if (!rows) return { ok: false, error: t('importCsvUnclosed') };
  const [header = [], ...data] = rows;
  const names = header.map((name) => name.trim().toLowerCase());
  const missing = REQUIRED.find((column) => !names.includes(column));
  if (missing) return { ok: false, error: t('importCsvColumns', missing) };

  const prompts = data
    // A spreadsheet often ends a file with an empty line.
    .filter((cells) => cells.some((cell) => cell !== ''))
    .map((cells) => {
      const get = (column: Column): string | undefined => {
        const index = names.indexOf(column);
        const value = index < 0 ? undefined : cells[index];
        return value === undefined ? undefined : unguard(value);
      };
      const sentAt = get('sent_at');
      const failure = get('failure');
      const tags = get('tags');
      return {
        id: get('id'),
        site: get('site'),
        status: get('status'),
        createdAt: get('created_at'),
        updatedAt: get('updated_at'),
        url: get('url'),
        text: get('text'),
        ...(sentAt && { sentAt }),
        ...(failure && { failure: { kind: 'error', place: 'turn', text: failure, at: get('updated_at') } }),
        ...(get('pinned')?.toLowerCase() === 'true' && { pinned: true }),
        ...(tags && { tags: tags.split(TAG_SEPARATOR.trim()) }),
      };
    });
  return { ok: true, ...checkPrompts(prompts) };
}
