import { siteName } from '../sites';
import type { PromptRecord } from '../model';
import { type ExportWriter, writeWhole } from './files';

/** A readable export: one section per prompt, newest first, each prompt in a fenced block. */

const stamp = (time: number) => `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** A code fence longer than any run of backticks in the text, so no prompt can close it early. */
function fenceFor(text: string): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (match) => match[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

function section(record: PromptRecord): string {
  const lines = [`## ${siteName(record.site)} · ${stamp(record.sentAt ?? record.updatedAt)} · ${record.status}`, ''];
  // Each line of the failure's words quoted: all of them kept, none breaking out of the quote.
  if (record.failure) lines.push(...record.failure.text.split('\n').map((line) => `> ${line}`), '');
  if (record.url) lines.push(`<${record.url}>`, '');
  const fence = fenceFor(record.text);
  lines.push(`${fence}text`, record.text, fence, '');
  return lines.join('\n');
}

export const markdownWriter: ExportWriter = {
  mime: 'text/markdown',
  head: (count, now) => `# Detour prompts\n\nExported ${stamp(now.getTime())} · ${count === 1 ? '1 prompt' : `${count} prompts`}\n`,
  prompt: (record) => `\n${section(record)}`,
  tail: () => '',
};

export function toMarkdown(records: readonly PromptRecord[], now: Date): string {
  return writeWhole(markdownWriter, records, now);
}
