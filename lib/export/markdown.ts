import { plural, t } from '../i18n';
import { siteName } from '../sites';
import type { PromptRecord } from '../model';
import type { ExportedPrompt } from './json';
import { toExported } from './json';
import { type ExportWriter, writeWhole } from './files';

/**
 * A readable export: one section per prompt, newest first, each prompt in a fenced block, in the
 * person's language. Each section also carries the prompt's fields, but its text, as JSON in an
 * HTML comment (invisible once rendered), so the file imports back whatever language it was
 * written in (lib/export/import-markdown.ts). The conversation kept as context is left out: the
 * JSON export has it.
 */

/** Opens the comment that carries a section's fields. */
export const MARKDOWN_MARKER = '<!-- detour ';

export const stamp = (time: number) => `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** A code fence longer than any run of backticks in the text, so no prompt can close it early. */
function fenceFor(text: string): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (match) => match[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** The fields as JSON that cannot end the comment early (`-->`) or open a tag. */
function marker(record: PromptRecord): string {
  const { text: _text, context: _context, ...fields }: ExportedPrompt = toExported(record);
  return `${MARKDOWN_MARKER}${JSON.stringify(fields).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')} -->`;
}

function section(record: PromptRecord): string {
  const lines = [`## ${siteName(record.site)} · ${stamp(record.sentAt ?? record.updatedAt)} · ${t(`status_${record.status}`)}`, marker(record), ''];
  // Each line of the failure's words quoted: all of them kept, none breaking out of the quote.
  if (record.failure) lines.push(...record.failure.text.split('\n').map((line) => `> ${line}`), '');
  if (record.url) lines.push(`<${record.url}>`, '');
  const fence = fenceFor(record.text);
  lines.push(`${fence}text`, record.text, fence, '');
  return lines.join('\n');
}

export const markdownWriter: ExportWriter = {
  mime: 'text/markdown',
  head: (count, now) => `# ${t('markdownTitle')}\n\n${plural('markdownExported', count, stamp(now.getTime()))}\n`,
  prompt: (record) => `\n${section(record)}`,
  tail: () => '',
};

export function toMarkdown(records: readonly PromptRecord[], now: Date): string {
  return writeWhole(markdownWriter, records, now);
}
