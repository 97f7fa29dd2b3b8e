import { describe, expect, it } from 'vitest';
import { PROMPT_STATUSES, type PromptRecord } from '../../lib/model';
import { SITE_IDS } from '../../lib/sites/types';
import { toCsv } from '../../lib/export/csv';
import { exportFilename } from '../../lib/export/files';
import { parseJsonExport } from '../../lib/export/import';
import { JSON_FORMAT, JSON_VERSION, toJson } from '../../lib/export/json';
import { toMarkdown } from '../../lib/export/markdown';

const now = new Date('2026-11-22T10:04:05.000Z');

const records: PromptRecord[] = [
  {
    id: 'p2',
    site: 'chatgpt',
    text: 'Explain ```fences``` and "quotes", then =SUM(A1:A2)',
    url: 'https://chatgpt.com/c/1',
    createdAt: Date.parse('2026-11-22T09:00:00Z'),
    updatedAt: Date.parse('2026-11-22T09:01:00Z'),
    sentAt: Date.parse('2026-11-22T09:00:30Z'),
    status: 'failed',
    failure: { kind: 'error', place: 'turn', text: 'Something went wrong', at: Date.parse('2026-11-22T09:01:00Z') },
    context: [{ author: 'user', text: 'Earlier, with a comma, and\nnew line' }],
  },
  {
    id: 'p1',
    site: 'chatgpt',
    text: 'Line one\nLine two — 日本語 🙂 שלום',
    url: 'https://chatgpt.com/',
    createdAt: Date.parse('2026-11-21T08:00:00Z'),
    updatedAt: Date.parse('2026-11-21T08:00:01Z'),
    status: 'draft',
  },
];

describe('JSON export', () => {
  it('names its format and version, with times in ISO 8601', () => {
    const file = JSON.parse(toJson(records, now));
    expect(file).toMatchObject({ format: JSON_FORMAT, version: JSON_VERSION, exportedAt: '2026-11-22T10:04:05.000Z' });
    expect(file.prompts[0]).toMatchObject({ id: 'p2', createdAt: '2026-11-22T09:00:00.000Z', failure: { at: '2026-11-22T09:01:00.000Z' } });
  });

  it('imports back exactly what it exported', () => {
    const parsed = parseJsonExport(toJson(records, now));
    expect(parsed).toEqual({ ok: true, prompts: records, errors: [], skipped: 0 });
  });

  it('imports back every field a record can have, for every site and status', () => {
    const at = Date.parse('2026-11-22T09:00:00.250Z');
    const every: PromptRecord[] = SITE_IDS.flatMap((site) =>
      PROMPT_STATUSES.map((status) => ({
        id: `${site}-${status}`,
        site,
        text: `To ${site}`,
        url: '',
        createdAt: at,
        updatedAt: at + 1,
        sentAt: at + 2,
        status,
        failure: { kind: 'limit', place: 'dialog', text: '', at: at + 3 },
        stall: { reason: 'no-progress', seconds: 61.5, at: at + 4 },
        context: [
          { author: 'user', text: '' },
          { author: 'assistant', text: 'Sure' },
        ],
      })),
    );
    expect(parseJsonExport(toJson(every, now))).toEqual({ ok: true, prompts: every, errors: [], skipped: 0 });
  });

  it('leaves the retry offer out: it was made in one browser, to one tab', () => {
    const offered = { ...records[0]!, retryOfferedAt: Date.parse('2026-11-22T09:02:00Z') };
    expect(JSON.parse(toJson([offered], now)).prompts[0]).not.toHaveProperty('retryOfferedAt');
    expect(parseJsonExport(toJson([offered], now))).toEqual({ ok: true, prompts: [records[0]], errors: [], skipped: 0 });
  });
});

describe('Markdown export', () => {
  it('fences each prompt with a fence longer than any it contains', () => {
    const markdown = toMarkdown(records, now);
    expect(markdown).toContain('# Detour prompts');
    expect(markdown).toContain('Exported 2026-11-22 10:04 UTC · 2 prompts');
    expect(markdown).toContain('## ChatGPT · 2026-11-22 09:00 UTC · failed');
    expect(markdown).toContain('> Something went wrong');
    expect(markdown).toContain('````text\nExplain ```fences``` and "quotes", then =SUM(A1:A2)\n````');
    expect(markdown).toContain('```text\nLine one\nLine two — 日本語 🙂 שלום\n```');
  });
});

describe('CSV export', () => {
  it('quotes fields per RFC 4180, with a byte-order mark and CRLF', () => {
    const csv = toCsv(records);
    expect(csv.startsWith('\ufeffid,site,status,created_at,updated_at,sent_at,url,failure,text\r\n')).toBe(true);
    expect(csv).toContain('"Line one\nLine two — 日本語 🙂 שלום"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('keeps spreadsheets from running a cell as a formula', () => {
    const csv = toCsv([{ ...records[1]!, text: '=HYPERLINK("http://evil")' }]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});

describe('export file names', () => {
  it('sort by date and carry the right extension', () => {
    expect(exportFilename('json', now)).toBe('detour-prompts-2026-11-22T10-04.json');
    expect(exportFilename('markdown', now)).toBe('detour-prompts-2026-11-22T10-04.md');
    expect(exportFilename('csv', now)).toBe('detour-prompts-2026-11-22T10-04.csv');
  });
});
