import Dexie from 'dexie';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listPrompts, mergePrompts } from '../../lib/db/prompts';
import { type DetourDb, openDb } from '../../lib/db/schema';
import { toCsv } from '../../lib/export/csv';
import { toJson } from '../../lib/export/json';
import { toMarkdown } from '../../lib/export/markdown';
import { type PromptRecord, PromptRecordSchema } from '../../lib/model';
import { importFailedSentence, type ImportPlan, planImport } from '../../lib/ui/import-file';
import { generateLibrary, seededRandom } from './generate';

/**
 * 1,000 damaged exports, made the same way on every run (a seeded generator): each is refused
 * whole with a sentence saying why, imported whole, or (some prompts bad) offered as a choice
 * whose "import the good ones" writes exactly those. Whatever is written keeps the library
 * searchable and exportable.
 */

const DOCUMENTS = 1000;
const FILE_PROMPTS = generateLibrary(6, 40, 7);
/** Already in the library: two of the file's prompts (one older, one newer than the file's) and one more. */
const LIBRARY: PromptRecord[] = [
  { ...FILE_PROMPTS[0]!, updatedAt: FILE_PROMPTS[0]!.updatedAt - 1, text: 'older copy' },
  { ...FILE_PROMPTS[1]!, updatedAt: FILE_PROMPTS[1]!.updatedAt + 1, text: 'newer copy' },
  ...generateLibrary(1, 40, 8),
];
const BASE = toJson(FILE_PROMPTS, new Date('2026-02-01T00:00:00Z'));

const ODD_VALUES: unknown[] = [
  undefined, null, 0, -1, 1.5, 42, true, '', '   ', 'bard', 'yesterday', '1969-12-31T23:59:59Z', '2026-13-45',
  'x'.repeat(201), '\ud800', '🙂', [], {}, [1], { kind: 'error' },
];

type Json = Record<string, unknown>;

/** One damaged copy of BASE: one to three changes, to its structure or to its characters. */
function mutate(random: () => number): string {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  let text = BASE;
  for (let changes = 1 + Math.floor(random() * 3); changes > 0; changes--) {
    const file = (() => {
      try {
        return JSON.parse(text) as Json;
      } catch {
        return undefined;
      }
    })();
    const prompts = Array.isArray(file?.prompts) ? (file.prompts as Json[]) : undefined;
    const objects = (prompts ?? []).flatMap((prompt, index) => (typeof prompt === 'object' && prompt !== null && !Array.isArray(prompt) ? [index] : []));
    const at = Math.floor(random() * text.length);
    const structural = file && prompts && objects.length > 0 && random() < 0.75;
    if (!structural) {
      const edits = [
        () => text.slice(0, at),
        () => text.slice(0, at) + text.slice(at + 1),
        () => text.slice(0, at) + pick(['{', '}', '"', ',', '\\', ']', 'x', '\u0000', '\ud83d']) + text.slice(at),
        () => `\ufeff${text}`,
      ];
      text = pick(edits)();
      continue;
    }
    const index = pick(objects);
    const prompt = prompts[index]!;
    const fields = ['id', 'site', 'text', 'url', 'status', 'createdAt', 'updatedAt', 'sentAt', 'failure', 'stall', 'context'];
    const nested: Record<string, string[]> = { failure: ['kind', 'place', 'text', 'at'], stall: ['reason', 'seconds', 'at'] };
    const edits = [
      () => void (prompt[pick(fields)] = pick(ODD_VALUES)),
      () => {
        const field = pick(Object.keys(nested));
        prompt[field] = { ...(prompt[field] as Json | undefined), [pick(nested[field]!)]: pick(ODD_VALUES) };
      },
      () => void (prompt.context = [{ author: pick(['user', 'bot', 7]), text: pick(['hi', 7, undefined]) }]),
      () => void (prompts[index] = pick(ODD_VALUES) as Json),
      () => prompts.push({ ...prompt, text: 'a second copy', updatedAt: pick([prompt.updatedAt, '2027-01-01T00:00:00Z']) }),
      () => void (prompt[pick(['colour', 'retryOfferedAt', '__proto__'])] = pick(ODD_VALUES)),
      () => void (file[pick(['format', 'version', 'prompts'])] = pick([...ODD_VALUES, 'detour-prompts', 2, 1])),
      () => void delete file[pick(['format', 'version', 'prompts', 'exportedAt'])],
    ];
    pick(edits)();
    text = JSON.stringify(file, null, pick([undefined, 2]));
  }
  return text;
}

/** The library after importing `prompts` into LIBRARY, by the rule the import promises: newer wins. */
function expectedMerge(prompts: readonly PromptRecord[]): PromptRecord[] {
  const byId = new Map(LIBRARY.map((record) => [record.id, record]));
  for (const prompt of prompts) {
    const known = byId.get(prompt.id);
    if (!known || prompt.updatedAt > known.updatedAt) byId.set(prompt.id, prompt);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

const SENTENCE = /^\S[\s\S]*[.:]$/;
const SKIPPED = /^(Prompt \d+ was skipped: .+\.|…and \d+ more skipped\.)$/s;

describe('importing damaged exports', () => {
  let db: DetourDb;
  const name = `fuzz-${crypto.randomUUID()}`;
  beforeAll(() => void (db = openDb(name)));
  afterAll(async () => {
    db.close();
    await Dexie.delete(name);
  });

  const reset = async () => {
    await db.prompts.clear();
    await db.prompts.bulkPut(LIBRARY);
  };
  const library = () => db.prompts.orderBy('id').toArray();

  it(`imports whole, offers a choice, or refuses whole with a sentence: ${DOCUMENTS} seeded documents`, async () => {
    const random = seededRandom(20_261_122);
    const seen: Record<ImportPlan['kind'], number> = { refused: 0, import: 0, ask: 0 };
    const wrong: string[] = [];
    for (let n = 0; n < DOCUMENTS; n++) {
      const document = mutate(random);
      const plan = planImport(document);
      seen[plan.kind]++;
      await reset();
      const problem = (why: string) => wrong.push(`document ${n} (${plan.kind}): ${why}\n${document.slice(0, 300)}`);
      if (plan.kind === 'refused') {
        if (!SENTENCE.test(plan.sentence)) problem(`no sentence: ${plan.sentence}`);
        if (plan.problems.some((line) => !SKIPPED.test(line))) problem(`a problem not named: ${plan.problems.join(' | ')}`);
        continue;
      }
      if (plan.kind === 'ask' && (plan.skipped === 0 || plan.problems.length === 0 || !plan.problems.every((line) => SKIPPED.test(line)))) {
        problem(`a choice without the list of what is skipped: ${plan.problems.join(' | ')}`);
      }
      if (plan.kind === 'import') {
        // Imported whole: every entry of the file is among what is written.
        const entries = (JSON.parse(document.replace(/^\ufeff/, '')) as { prompts: unknown[] }).prompts;
        const written = new Set(plan.prompts.map((prompt) => prompt.id));
        if (!entries.every((entry) => written.has((entry as { id?: string } | null)?.id ?? ''))) problem('imported at once though an entry was skipped');
      }
      const invalid = plan.prompts.filter((prompt) => !v.is(PromptRecordSchema, prompt));
      if (invalid.length > 0) problem(`would write a record the model refuses: ${JSON.stringify(invalid[0])}`);
      // Reading the file writes nothing (it has no database to write); "import the good ones" writes exactly them.
      await mergePrompts(db, plan.prompts);
      const after = await library();
      if (JSON.stringify(after) !== JSON.stringify(expectedMerge(plan.prompts))) problem('wrote other than the good prompts');
      // What was written can be searched and exported, by every format.
      const all = await listPrompts(db, { search: 'a' });
      toCsv(all);
      toMarkdown(all, new Date(0));
    }
    expect(wrong).toEqual([]);
    // The seed reaches each outcome often enough to mean something (469 refused, 173 whole, 358 a choice).
    for (const kind of ['refused', 'import', 'ask'] as const) expect(seen[kind]).toBeGreaterThan(100);
  }, 60_000);
});

describe('a failure while the import writes', () => {
  let db: DetourDb;
  const name = `atomic-${crypto.randomUUID()}`;
  beforeAll(() => void (db = openDb(name)));
  afterAll(async () => {
    db.close();
    await Dexie.delete(name);
  });

  it('leaves nothing half-written, whichever record it strikes', async () => {
    const file = planImport(BASE);
    if (file.kind !== 'import') throw new Error('the base export does not import');
    // Records the import writes: those new to the library, or newer than its copy.
    const writes = file.prompts.filter((prompt) => !LIBRARY.some((known) => known.id === prompt.id && known.updatedAt >= prompt.updatedAt));
    expect(writes.length).toBeGreaterThan(2);
    for (let k = 1; k <= writes.length; k++) {
      await db.prompts.clear();
      await db.prompts.bulkPut(LIBRARY);
      const before = await db.prompts.orderBy('id').toArray();
      // The k-th record the database is asked to store finds the disk full.
      const put = IDBObjectStore.prototype.put;
      let puts = 0;
      const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
        if (++puts === k) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      });
      const error = await mergePrompts(db, file.prompts).then(() => undefined, (failure: unknown) => failure);
      spy.mockRestore();
      expect(importFailedSentence(error), `record ${k}`).toBe('The disk is full, so Detour imported nothing. Free some space and import the file again.');
      expect(await db.prompts.orderBy('id').toArray(), `record ${k}`).toEqual(before);
    }
  });
});
