import { type ImportParse, MAX_IMPORT_CHARS, parseJsonExport, tooLarge } from './import';
import { looksLikeCsv, parseCsvExport } from './import-csv';
import { looksLikeMarkdown, parseMarkdownExport } from './import-markdown';

/**
 * Any of Detour's exports, read back: JSON (lossless), CSV or Markdown, told apart by what the
 * file holds rather than its name. Anything else is read as JSON, whose refusal says why.
 */
export function parseImport(input: string): ImportParse {
  if (input.length > MAX_IMPORT_CHARS) return { ok: false, error: tooLarge() };
  const body = input.replace(/^\ufeff/, '');
  if (/^\s*[[{]/.test(body)) return parseJsonExport(input);
  if (looksLikeCsv(body)) return parseCsvExport(body);
  if (looksLikeMarkdown(body)) return parseMarkdownExport(body);
  return parseJsonExport(input);
}
