import * as v from 'valibot';
import { MAX_ID_CHARS, type PromptRecord, PromptRecordSchema } from '../model';
import { JSON_FORMAT, JSON_VERSION } from './json';

/**
 * Reads a Detour JSON export back. A file that is not one is refused with a sentence saying
 * why; in a good file, each prompt that does not check out is named and skipped, the rest kept.
 */

export type ImportParse =
  | { readonly ok: true; readonly prompts: PromptRecord[]; readonly errors: string[]; readonly skipped: number }
  | { readonly ok: false; readonly error: string };

/** Larger than any real library; a bigger file is almost surely not an export. */
export const MAX_IMPORT_CHARS = 256 * 1024 * 1024;
/** Problems listed one by one before the rest are counted. */
const MAX_LISTED_ERRORS = 20;

// A prompt's messages finish a sentence that starts with the field: "text" is empty.
const NOT_AN_OBJECT = 'is not an object';
const NOT_TEXT = 'is missing or not text';
const NOT_A_DATE = 'is not a date (ISO 8601, like 2026-01-31T12:00:00Z)';

/**
 * v.object, except that a missing field is reported as its own schema reports `undefined`, so
 * each field's one message covers both a wrong value and none.
 */
function fields<E extends v.ObjectEntries>(entries: E, notAnObject = NOT_AN_OBJECT) {
  return v.object(entries, (issue) => {
    // Only a missing key's issue has a path when it is made; a wrong value's is added later.
    const key = issue.path?.[0]?.key;
    const entry = typeof key === 'string' ? entries[key] : undefined;
    return entry ? (v.safeParse(entry, undefined).issues?.[0].message ?? notAnObject) : notAnObject;
  });
}

// --- One prompt ---------------------------------------------------------------------------------

const notBlank = v.check((value: string) => value.trim() !== '', 'is empty');
const text = <S extends v.GenericSchema<unknown, string>>(schema: S) => v.message(schema, NOT_TEXT);
const oneOf = <O extends v.PicklistOptions>(schema: v.PicklistSchema<O, undefined>) =>
  v.message(schema, (issue) => `is ${JSON.stringify(issue.input)}, not one of ${schema.options.join(', ')}`);

const record = PromptRecordSchema.entries;
const failure = record.failure.wrapped.entries;
const stall = record.stall.wrapped.entries;
const turn = record.context.wrapped.item.entries;

/**
 * A time as the file writes it, an ISO 8601 string, read into the model's milliseconds. Any
 * string Date.parse takes is read (a date alone, no zone, an RFC 2822 date): a file edited by
 * hand has always been taken so, and v.isoTimestamp would refuse some of those.
 */
const time = v.pipe(
  v.string(NOT_A_DATE),
  v.check((iso) => !Number.isNaN(Date.parse(iso)), NOT_A_DATE),
  v.transform(Date.parse),
  // The model's time, which every time field shares.
  v.message(record.createdAt, 'is before 1970'),
);

/**
 * A prompt as the export writes it, read into the record the model declares: each field is the
 * model's own, with times as ISO 8601 strings and a sentence for each way it can be wrong. The
 * export's type (lib/export/json.ts) is this schema's input, so export and import cannot drift.
 * `retryOfferedAt` is left out: it is about an offer made in one browser, not the person's prompt.
 */
export const ExportedPromptSchema = fields({
  id: v.pipe(
    v.message(record.id, (issue) =>
      issue.type === 'max_length' ? `is longer than ${MAX_ID_CHARS} characters` : issue.type === 'string' ? NOT_TEXT : 'is empty',
    ),
    notBlank,
  ),
  site: oneOf(record.site),
  text: v.pipe(text(record.text), notBlank),
  url: text(record.url),
  status: oneOf(record.status),
  createdAt: time,
  updatedAt: time,
  sentAt: v.optional(time),
  failure: v.optional(fields({ kind: oneOf(failure.kind), place: oneOf(failure.place), text: text(failure.text), at: time })),
  stall: v.optional(
    // A stall's length only informs; one that makes no sense is read as unknown rather than costing the prompt.
    fields({ reason: oneOf(stall.reason), seconds: v.fallback(stall.seconds, 0), at: time }),
  ),
  context: v.optional(v.array(fields({ author: oneOf(turn.author), text: text(turn.text) }), 'is not a list')),
});

/** Why a prompt was skipped, from the first thing wrong with it: `"failure.kind" is "x", not one of …`. */
function reason(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).reduce(
    (path: string, { key }) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${String(key)}` : String(key)),
    '',
  );
  return path ? `"${path}" ${issue.message}` : `it ${issue.message}`;
}

// --- The file -----------------------------------------------------------------------------------

const NOT_AN_EXPORT = `This is not a Detour export: it has no "format": "${JSON_FORMAT}".`;
const NO_VERSION = 'This Detour export has no valid "version".';

/** What makes a file an export this Detour can read; its prompts are read one by one after. */
const FileSchema = fields(
  {
    format: v.literal(JSON_FORMAT, NOT_AN_EXPORT),
    version: v.pipe(
      v.number(NO_VERSION),
      v.integer(NO_VERSION),
      v.minValue(1, NO_VERSION),
      v.maxValue(
        JSON_VERSION,
        (issue) => `This export was made by a newer Detour (format version ${issue.input}); update Detour to import it.`,
      ),
    ),
    prompts: v.array(v.unknown(), 'This Detour export has no "prompts" list.'),
  },
  NOT_AN_EXPORT,
);

export const TOO_LARGE = `This file is too large to be a Detour export (over ${MAX_IMPORT_CHARS / 1024 / 1024} MB).`;

export function parseJsonExport(input: string): ImportParse {
  if (input.length > MAX_IMPORT_CHARS) return { ok: false, error: TOO_LARGE };
  let json: unknown;
  try {
    json = JSON.parse(input.replace(/^\ufeff/, ''));
  } catch (error) {
    return { ok: false, error: `This file is not valid JSON (${(error as Error).message}).` };
  }
  const file = v.safeParse(FileSchema, json, { abortEarly: true });
  if (!file.success) return { ok: false, error: file.issues[0].message };

  const byId = new Map<string, PromptRecord>();
  const problems: string[] = [];
  file.output.prompts.forEach((raw, index) => {
    const read = v.safeParse(ExportedPromptSchema, raw, { abortEarly: true });
    if (!read.success) {
      problems.push(`Prompt ${index + 1} was skipped: ${reason(read.issues[0])}.`);
      return;
    }
    const prompt: PromptRecord = read.output;
    const twin = byId.get(prompt.id);
    if (!twin || prompt.updatedAt > twin.updatedAt) byId.set(prompt.id, prompt);
  });
  const errors = problems.slice(0, MAX_LISTED_ERRORS);
  if (problems.length > MAX_LISTED_ERRORS) errors.push(`…and ${problems.length - MAX_LISTED_ERRORS} more skipped.`);
  return { ok: true, prompts: Array.from(byId.values()), errors, skipped: problems.length };
}
