import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listPrompts, mergePrompts } from '../../lib/db/prompts';
import { type DetourDb, openDb } from '../../lib/db/schema';
import { toCsv } from '../../lib/export/csv';
import type { ExportFormat } from '../../lib/export/files';
import { JSON_FORMAT, JSON_VERSION, toExported, toJson } from '../../lib/export/json';
import { exportLibrary, PART_CHARS } from '../../lib/export/library';
import { toMarkdown } from '../../lib/export/markdown';
import type { PromptRecord } from '../../lib/model';
import { planImport } from '../../lib/ui/import-file';
import { generateLibrary } from './generate';

/** The library exported a part at a time from the database, and imported back. */
describe('exporting the library', () => {
  const now = new Date('2026-11-22T10:04:05.000Z');
  let db: DetourDb;
  let name: string;

  beforeEach(() => {
    name = `library-${crypto.randomUUID()}`;
    db = openDb(name);
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(name);
  });

  const withoutOffer = ({ retryOfferedAt: _, ...record }: PromptRecord) => record;

  it('writes, part by part, the same file the whole library would make, for each format', async () => {
    for (const records of [[], generateLibrary(1, 50, 1), generateLibrary(30, 200, 2)]) {
      await db.prompts.clear();
      await db.prompts.bulkPut(records);
      const newestFirst = await listPrompts(db);
      const whole = { json: toJson(newestFirst, now), markdown: toMarkdown(newestFirst, now), csv: toCsv(newestFirst) };
      for (const format of ['json', 'markdown', 'csv'] as ExportFormat[]) {
        const file = await exportLibrary(db, format, now);
        expect(await file.blob.text()).toBe(whole[format]);
        expect(file.prompts).toBe(records.length);
      }
      // The JSON is what JSON.stringify writes of the whole file.
      const file = { format: JSON_FORMAT, version: JSON_VERSION, exportedAt: now.toISOString(), prompts: newestFirst.map(toExported) };
      expect(whole.json).toBe(`${JSON.stringify(file, null, 2)}\n`);
    }
  });

  it('holds no more than a part of the file as text at a time, and imports back identically', async () => {
    // 16 MiB here (a few seconds); 100 MiB goes through real browsers in tests/e2e/library.test.ts.
    const library = generateLibrary(2048, 8192, 3);
    await db.prompts.bulkPut(library);
    const parts: number[] = [];
    const file = await exportLibrary(db, 'json', now, (chars) => parts.push(chars));
    const largestPrompt = Math.max(...library.map((record) => JSON.stringify(toExported(record), null, 2).length)) + 64;
    expect(parts.length).toBeGreaterThan(3);
    for (const chars of parts) expect(chars).toBeLessThan(PART_CHARS + largestPrompt);

    const plan = planImport(await file.blob.text());
    expect(plan.kind).toBe('import');
    const other = openDb(`${name}-other`);
    try {
      await mergePrompts(other, plan.kind === 'import' ? plan.prompts : []);
      expect(await other.prompts.orderBy('id').toArray()).toEqual(library.map(withoutOffer).sort((a, b) => (a.id < b.id ? -1 : 1)));
    } finally {
      other.close();
      await Dexie.delete(`${name}-other`);
    }
  }, 60_000);

  it('is the library as it was when the export began, though a prompt is saved meanwhile', async () => {
    await db.prompts.bulkPut(generateLibrary(50, 100, 4));
    let saving: Promise<unknown> | undefined;
    // Once the export has counted the prompts, the person saves another (outside its transaction).
    const original = IDBObjectStore.prototype.count;
    const count = vi.spyOn(IDBObjectStore.prototype, 'count').mockImplementation(function (this: IDBObjectStore, ...args) {
      saving ??= Dexie.ignoreTransaction(() => db.prompts.put({ ...generateLibrary(1, 10, 5)[0]!, id: 'typed meanwhile', updatedAt: Date.now() }));
      return original.apply(this, args);
    });
    const file = await exportLibrary(db, 'markdown', now);
    count.mockRestore();
    await saving;
    expect(await db.prompts.count()).toBe(51);
    const markdown = await file.blob.text();
    expect(markdown).toContain('· 50 prompts');
    expect(markdown.match(/^## /gm)).toHaveLength(50);
  });
});

/** Every character JSON keeps, Markdown and CSV keep too, as UTF-8 text can. */
describe('the characters of a prompt in each format', () => {
  const controls = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join('') + '\u007f\u0085';
  const invisible = '\u00ad\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202a\u202e\u2066\u2069\ufeff';
  const others = 'e\u0301 \u{1f469}\u200d\u{1f4bb} 日本語 \u{20bb7} \ufffd \ufffe\uffff \u{10ffff} "quote" `tick` \\backslash';
  const lone = '\ud83d lone high, lone low \ude00, reversed \ude00\ud83d';
  const text = `${controls}${invisible}${others}${lone}`;
  const record: PromptRecord = {
    id: 'chars',
    site: 'claude',
    text,
    url: 'https://claude.ai/chat/1',
    createdAt: 0,
    updatedAt: 1,
    status: 'failed',
    failure: { kind: 'error', place: 'turn', text: `line one\nline two\r\n${invisible}${lone}`, at: 1 },
  };
  /** What a file of `text` reads back as, once written as UTF-8 (a Blob, as the export saves it). */
  const asSaved = (fileText: string) => new Blob([fileText]).text();
  const now = new Date(0);
  /** A lone surrogate has no UTF-8: the encoder writes U+FFFD for it. */
  const utf8 = (value: string) => value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

  it('JSON keeps every one, lone surrogates too (written as escapes)', async () => {
    const saved = await asSaved(toJson([record], now));
    expect(saved).toContain('\\ud83d lone high');
    const plan = planImport(saved);
    expect(plan.kind === 'import' && plan.prompts[0]).toEqual(record);
  });

  it('Markdown keeps every one, a lone surrogate as U+FFFD', async () => {
    const saved = await asSaved(toMarkdown([record], now));
    expect(saved).toContain(`\n${utf8(text)}\n`);
    expect(saved).toContain(`> line one\n> line two\r\n> ${utf8(invisible + lone)}\n`);
  });

  it('CSV keeps every one, a lone surrogate as U+FFFD', async () => {
    const saved = await asSaved(toCsv([record]));
    expect(saved).toContain(`"${utf8(text).replace(/"/g, '""')}"`);
    expect(saved).toContain(`"line one\nline two\r\n${utf8(invisible + lone)}"`);
  });
});
