import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toCsv } from '../../lib/export/csv';
import { csvRows, parseCsvExport } from '../../lib/export/import-csv';
import { parseImport } from '../../lib/export/import-file';
import { parseMarkdownExport } from '../../lib/export/import-markdown';
import { toJson } from '../../lib/export/json';
import { toMarkdown } from '../../lib/export/markdown';
import type { PromptRecord } from '../../lib/model';
import { SITE_IDS } from '../../lib/sites/types';
import german from '../../public/_locales/de/messages.json';

const at = (iso: string) => Date.parse(iso);
const now = new Date('2026-11-22T10:04:05.000Z');

/** Every field CSV and Markdown carry, and the awkward texts: quotes, formulas, fences, blank lines. */
const records: PromptRecord[] = [
  {
    id: 'p1',
    site: 'claude',
    text: '=SUM(A1:A2), "quoted", ```fenced```\n\nand a blank line above',
    url: 'https://claude.ai/chat/1',
    createdAt: at('2026-11-22T09:00:00Z'),
    updatedAt: at('2026-11-22T09:01:00Z'),
    sentAt: at('2026-11-22T09:00:30Z'),
    status: 'failed',
    failure: { kind: 'error', place: 'turn', text: 'Something went wrong', at: at('2026-11-22T09:01:00Z') },
    pinned: true,
    tags: ['work', 'Q4 plan'],
  },
  {
    id: 'p2',
    site: 'gemini',
    // An apostrophe before a formula sign is how a spreadsheet writes text: it must survive too.
    text: "'=1+1 is how a spreadsheet writes it, then -minus, @at",
    url: '',
    createdAt: at('2026-11-21T08:00:00Z'),
    updatedAt: at('2026-11-21T08:00:01Z'),
    status: 'draft',
  },
];

describe('importing a CSV export', () => {
  it('reads back what it wrote: text exactly, the failure\'s words, the pin and the tags', () => {
    const read = parseCsvExport(toCsv(records));
    expect(read).toEqual({ ok: true, prompts: records, errors: [], skipped: 0 });
  });

  it('parses RFC 4180: quotes, doubled quotes, commas and line breaks in cells, CRLF or LF', () => {
    expect(csvRows('a,"b ""c"", d"\r\n"multi\nline",x\n')).toEqual([['a', 'b "c", d'], ['multi\nline', 'x']]);
    expect(csvRows('a,"never closed')).toBeUndefined();
  });

  it('finds columns by name, so a spreadsheet that moved them still imports', () => {
    const csv = 'text,site,id,status,url,created_at,updated_at\r\n"Hello, world",chatgpt,x1,sent,,2026-01-01T00:00:00Z,2026-01-01T00:00:00Z\r\n\r\n';
    const read = parseCsvExport(csv);
    expect(read.ok && read.prompts.map(({ id, text }) => [id, text])).toEqual([['x1', 'Hello, world']]);
  });

  it('refuses a CSV that is not an export, and names each bad row as JSON\'s import does', () => {
    expect(parseCsvExport('id,text\r\na,b\r\n')).toEqual({ ok: false, error: 'This CSV file is not a Detour export: its first line has no "site" column.' });
    expect(parseCsvExport('id,site,status,created_at,updated_at,url,text\r\n"a,')).toEqual({
      ok: false,
      error: 'This CSV file ends inside a quoted cell: it was cut short.',
    });
    const [header, ...rows] = toCsv(records).split('\r\n');
    const broken = [header, rows[0]!.replace(',claude,', ',bard,'), rows[1]].join('\r\n');
    const read = parseCsvExport(broken);
    expect(read.ok && read.errors).toEqual([
      `Prompt 1 was skipped: "site" is "bard", not one of ${SITE_IDS.join(', ')}.`,
    ]);
    expect(read.ok && read.prompts.map((prompt) => prompt.id)).toEqual(['p2']);
  });
});

describe('importing a Markdown export', () => {
  it('reads back what it wrote, whatever the language it was written in', () => {
    expect(parseMarkdownExport(toMarkdown(records, now))).toEqual({ ok: true, prompts: records, errors: [], skipped: 0 });
    // The same file written by a German Detour: its headings differ, its comments do not.
    const messages = german as Record<string, { message: string }>;
    fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string[]) =>
      (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, digit: string) => substitutions?.[Number(digit) - 1] ?? '')) as never;
    const inGerman = toMarkdown(records, now);
    expect(inGerman).toContain('# Detour-Prompts');
    expect(inGerman).toContain('Exportiert am 2026-11-22 10:04 UTC · 2 Prompts');
    expect(inGerman).toContain('## Claude · 2026-11-22 09:00 UTC · fehlgeschlagen');
    expect(parseMarkdownExport(inGerman)).toEqual({ ok: true, prompts: records, errors: [], skipped: 0 });
  });

  it('reads an export from before the field comments by its headings, and the same one twice as one prompt', () => {
    const older = [
      '# Detour prompts',
      '',
      'Exported 2026-11-22 10:04 UTC · 1 prompt',
      '',
      '## ChatGPT · 2026-11-22 09:00 UTC · failed',
      '',
      '> Something went wrong',
      '',
      '<https://chatgpt.com/c/1>',
      '',
      '````text',
      'Explain ```fences```',
      '````',
      '',
    ].join('\n');
    const first = parseMarkdownExport(older);
    expect(first.ok && first.prompts).toEqual([
      {
        id: expect.stringMatching(/^md-[0-9a-f]+$/),
        site: 'chatgpt',
        status: 'failed',
        text: 'Explain ```fences```',
        url: 'https://chatgpt.com/c/1',
        createdAt: at('2026-11-22T09:00:00Z'),
        updatedAt: at('2026-11-22T09:00:00Z'),
        failure: { kind: 'error', place: 'turn', text: 'Something went wrong', at: at('2026-11-22T09:00:00Z') },
      },
    ]);
    const again = parseMarkdownExport(older);
    expect(again.ok && again.prompts[0]?.id).toBe(first.ok && first.prompts[0]?.id);
  });

  it('refuses a Markdown file with no prompt in it, and reports a section whose fields are wrong', () => {
    expect(parseMarkdownExport('# Notes\n\nNothing here.\n')).toEqual({
      ok: false,
      error: 'This Markdown file holds no Detour prompts: no section has a prompt in a fenced block.',
    });
    const broken = toMarkdown(records, now).replace('"site":"gemini"', '"site":"bard"');
    const read = parseMarkdownExport(broken);
    expect(read.ok && read.errors).toEqual([
      `Prompt 2 was skipped: "site" is "bard", not one of ${SITE_IDS.join(', ')}.`,
    ]);
  });
});

describe('importing any export', () => {
  it('tells JSON, CSV and Markdown apart by what the file holds', () => {
    for (const text of [toJson(records, now), toCsv(records), toMarkdown(records, now)]) {
      const read = parseImport(text);
      expect(read.ok && read.prompts.map((prompt) => prompt.id)).toEqual(['p1', 'p2']);
    }
    expect(parseImport('not an export at all')).toMatchObject({ ok: false, error: expect.stringMatching(/^This file is not valid JSON/) });
  });
});
