import { t } from '../i18n';
import { PROMPT_STATUSES } from '../model';
import { SITES } from '../sites';
import { checkPrompts, type ImportParse } from './import';
import { MARKDOWN_MARKER } from './markdown';

/**
 * Reads a Detour Markdown export back (lib/export/markdown.ts) into the prompts a JSON export
 * holds, checked the same way. A section's fields come from the JSON comment under its heading,
 * so the language the file was written in does not matter. An export made before those comments
 * existed was English: its heading (`## ChatGPT · 2026-11-22 09:00 UTC · failed`), quote and link
 * are read instead, and its id is made from what it holds, so importing it twice adds nothing twice.
 */

const HEADING = /^## (.+?) · (\d{4}-\d\d-\d\d) (\d\d:\d\d) UTC · (\S+)\s*$/;
const FENCE = /^(`{3,})/;

/** Whether a file is a Detour Markdown export rather than JSON or CSV. */
export function looksLikeMarkdown(input: string): boolean {
  return input.trimStart().startsWith('#') || input.includes(MARKDOWN_MARKER);
}

/** The text between a section's first fence and the line that closes it (the same fence alone). */
function fencedText(lines: readonly string[]): string | undefined {
  const start = lines.findIndex((line) => FENCE.test(line));
  if (start < 0) return undefined;
  const fence = FENCE.exec(lines[start]!)![1]!;
  const end = lines.findIndex((line, index) => index > start && line.trimEnd() === fence);
  return end < 0 ? undefined : lines.slice(start + 1, end).join('\n');
}

/** A stable id for a prompt that came without one: the same section always gets the same id. */
function contentId(parts: readonly string[]): string {
  // cyrb53: a small, well-spread 53-bit string hash; collisions need millions of prompts.
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const char of parts.join('\u0000')) {
    const code = char.codePointAt(0)!;
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `md-${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16)}`;
}

/** A section of an export written before the field comments: what its heading, quote and link say. */
function fromHeading(heading: string, lines: readonly string[], text: string): Record<string, unknown> {
  const [, name = '', date = '', time = '', status = ''] = HEADING.exec(heading) ?? [];
  const site = SITES.find((candidate) => candidate.name === name)?.id ?? name;
  const at = date ? `${date}T${time}:00Z` : undefined;
  const quote = lines.find((line) => line.startsWith('> '))?.slice(2);
  const url = lines.find((line) => /^<[^>]+>$/.test(line))?.slice(1, -1) ?? '';
  return {
    id: contentId([site, at ?? '', text]),
    site,
    status: (PROMPT_STATUSES as readonly string[]).includes(status) ? status : 'sent',
    createdAt: at,
    updatedAt: at,
    url,
    text,
    ...(quote && { failure: { kind: 'error', place: 'turn', text: quote, at } }),
  };
}

function fromMarker(line: string, text: string): unknown {
  try {
    const fields: unknown = JSON.parse(line.slice(MARKDOWN_MARKER.length, line.lastIndexOf('-->')));
    return fields && typeof fields === 'object' && !Array.isArray(fields) ? { ...fields, text } : fields;
  } catch {
    // Not an object: checkPrompts names it as such.
    return undefined;
  }
}

export function parseMarkdownExport(input: string): ImportParse {
  const sections = input.replace(/^\ufeff/, '').split(/\r?\n(?=## )/).slice(1);
  const prompts = sections.flatMap((section) => {
    const [heading = '', ...lines] = section.split(/\r?\n/);
    const text = fencedText(lines);
    if (text === undefined) return [];
    const marker = lines.find((line) => line.startsWith(MARKDOWN_MARKER));
    return [marker ? fromMarker(marker, text) : fromHeading(heading, lines, text)];
  });
  if (prompts.length === 0) return { ok: false, error: t('importMarkdownEmpty') };
  return { ok: true, ...checkPrompts(prompts) };
}
