import * as v from 'valibot';
import { cleanTags } from '../db/library';
import { plural, t } from '../i18n';
import { MAX_ID_CHARS, MAX_TAG_CHARS, type PromptRecord, PromptRecordSchema } from '../model';
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

// A prompt's schema messages are codes, `code` or `code:detail`; reason() puts them into a
// sentence in the person's language, with the prompt's number and the field.
const NOT_AN_OBJECT = 'notObject';
const NOT_TEXT = 'notText';
const NOT_A_DATE = 'notDate';

/**
 * v.object, except that a missing field is reported as its own schema reports `undefined`, so
 * each field's one message covers both a wrong value and none.
 */
function fields<E extends v.ObjectEntries>(entries: E, notAnObject: () => string = () => NOT_AN_OBJECT) {
  return v.object(entries, (issue) => {
    // Only a missing key's issue has a path when it is made; a wrong value's is added later.
    const key = issue.path?.[0]?.key;
    const entry = typeof key === 'string' ? entries[key] : undefined;
    return (entry && v.safeParse(entry, undefined).issues?.[0].message) || notAnObject();
  });
}

// --- One prompt ---------------------------------------------------------------------------------

const notBlank = v.check((value: string) => value.trim() !== '', 'empty');
const text = <S extends v.GenericSchema<unknown, string>>(schema: S) => v.message(schema, NOT_TEXT);
const oneOf = <O extends v.PicklistOptions>(schema: v.PicklistSchema<O, undefined>) =>
  v.message(schema, (issue) => `notOneOf:${JSON.stringify(issue.input) ?? 'undefined'}:${schema.options.join(', ')}`);

const record = PromptRecordSchema.entries;
const failure = record.failure.wrapped.entries;
const stall = record.stall.wrapped.entries;
const turn = record.context.wrapped.item.entries;
const tag = v.message(record.tags.wrapped.pipe[0].item, (issue) => (issue.type === 'max_length' ? `tooLong:${MAX_TAG_CHARS}` : issue.type === 'string' ? NOT_TEXT : 'empty'));

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
  v.message(record.createdAt, 'before1970'),
);

/**
 * A prompt as the export writes it, read into the record the model declares: each field is the
 * model's own, with times as ISO 8601 strings and a sentence for each way it can be wrong. The
 * export's type (lib/export/json.ts) is this schema's input, so export and import cannot drift.
 * `retryOfferedAt` is left out: it is about an offer made in one browser, not the person's prompt.
 */
export const ExportedPromptSchema = fields({
  id: v.pipe(
    v.message(record.id, (issue) => (issue.type === 'max_length' ? `tooLong:${MAX_ID_CHARS}` : issue.type === 'string' ? NOT_TEXT : 'empty')),
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
  context: v.optional(v.array(fields({ author: oneOf(turn.author), text: text(turn.text) }), 'notList')),
  pinned: v.optional(v.message(record.pinned.wrapped, 'notBoolean')),
  tags: v.optional(v.pipe(v.array(tag, 'notList'), v.transform((tags: string[]) => cleanTags(tags)))),
});

const SKIPPED = {
  notObject: 'importSkippedNotObject',
  notText: 'importSkippedNotText',
  notDate: 'importSkippedNotDate',
  empty: 'importSkippedEmpty',
  tooLong: 'importSkippedTooLong',
  notOneOf: 'importSkippedNotOneOf',
  before1970: 'importSkippedBefore1970',
  notList: 'importSkippedNotList',
  notBoolean: 'importSkippedNotBoolean',
} as const;

/** Why prompt `number` was skipped, from the first thing wrong with it: `"failure.kind" is "x", not one of …`. */
function reason(issue: v.BaseIssue<unknown>, number: number): string {
  const path = (issue.path ?? []).reduce(
    (path: string, { key }) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${String(key)}` : String(key)),
    '',
  );
  const [code = '', ...details] = issue.message.split(':');
  const key = SKIPPED[code as keyof typeof SKIPPED] ?? SKIPPED.notObject;
  // Only a prompt that is not an object at all has no field to name.
  if (!path) return t('importSkippedWhole', number);
  // A picklist's options are joined by ', ' and may not hold ':'; the input is JSON and may.
  const detail = code === 'notOneOf' ? [details.slice(0, -1).join(':'), details.at(-1) ?? ''] : details;
  return t(key, number, path, ...detail);
}

// --- The file -----------------------------------------------------------------------------------

// The file's messages are its words at once: they are made when a file is read, never at load.
const NOT_AN_EXPORT = () => t('importNotExport', JSON_FORMAT);
const NO_VERSION = () => t('importNoVersion');

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
        (issue) => t('importNewer', String(issue.input)),
      ),
    ),
    prompts: v.array(v.unknown(), () => t('importNoPrompts')),
  },
  NOT_AN_EXPORT,
);

/** A file too large to be an export, in the person's words (made when a file is read, never at load). */
export const tooLarge = () => t('importTooLarge', MAX_IMPORT_CHARS / 1024 / 1024);

export function parseJsonExport(input: string): ImportParse {
  if (input.length > MAX_IMPORT_CHARS) return { ok: false, error: tooLarge() };
  let json: unknown;
  try {
    json = JSON.parse(input.replace(/^\ufeff/, ''));
  } catch (error) {
    return { ok: false, error: t('importNotJson', (error as Error).message) };
  }
  const file = v.safeParse(FileSchema, json, { abortEarly: true });
  if (!file.success) return { ok: false, error: file.issues[0].message };
  return { ok: true, ...checkPrompts(file.output.prompts) };
}

/**
 * Reads prompts as an export writes them (from a JSON, CSV or Markdown file), one by one: each
 * that does not check out is named and skipped; of a prompt listed twice, the newest copy stays.
 */
export function checkPrompts(raw: readonly unknown[]): { prompts: PromptRecord[]; errors: string[]; skipped: number } {
  const byId = new Map<string, PromptRecord>();
  const problems: string[] = [];
  raw.forEach((candidate, index) => {
    const read = v.safeParse(ExportedPromptSchema, candidate, { abortEarly: true });
    if (!read.success) {
      problems.push(reason(read.issues[0], index + 1));
      return;
    }
    const prompt: PromptRecord = read.output;
    const twin = byId.get(prompt.id);
    if (!twin || prompt.updatedAt > twin.updatedAt) byId.set(prompt.id, prompt);
  });
  const errors = problems.slice(0, MAX_LISTED_ERRORS);
  const more = problems.length - MAX_LISTED_ERRORS;
  if (more > 0) errors.push(plural('importSkippedMore', more));
  return { prompts: Array.from(byId.values()), errors, skipped: problems.length };
}
