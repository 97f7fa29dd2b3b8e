import type * as v from 'valibot';
import type { PromptRecord } from '../model';
import { type ExportWriter, writeWhole } from './files';
import type { ExportedPromptSchema } from './import';

/**
 * Detour's JSON export, the lossless format: it carries its name and version so a later Detour
 * can import (and migrate) it. Times are ISO 8601 strings in UTC. Documented in the README.
 */
export const JSON_FORMAT = 'detour-prompts';
export const JSON_VERSION = 1;

/**
 * A prompt as the file has it, times as ISO 8601 strings: the input of the schema the import
 * reads it with, so what is written is what can be read back.
 */
export type ExportedPrompt = Readonly<v.InferInput<typeof ExportedPromptSchema>>;

/** Fails to compile when the record gains (or loses) a field the export does not carry. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<keyof PromptRecord, keyof ExportedPrompt | 'retryOfferedAt'>;

export interface JsonExport {
  readonly format: typeof JSON_FORMAT;
  readonly version: typeof JSON_VERSION;
  readonly exportedAt: string;
  readonly prompts: readonly ExportedPrompt[];
}

const iso = (time: number) => new Date(time).toISOString();

export function toExported(record: PromptRecord): ExportedPrompt {
  return {
    id: record.id,
    site: record.site,
    text: record.text,
    url: record.url,
    status: record.status,
    createdAt: iso(record.createdAt),
    updatedAt: iso(record.updatedAt),
    ...(record.sentAt !== undefined && { sentAt: iso(record.sentAt) }),
    ...(record.failure && { failure: { ...record.failure, at: iso(record.failure.at) } }),
    ...(record.stall && { stall: { ...record.stall, at: iso(record.stall.at) } }),
    ...(record.context && { context: record.context.map(({ author, text }) => ({ author, text })) }),
  };
}

const INDENT = '    ';

/**
 * The export as JSON.stringify(file, null, 2) writes it, in pieces: the envelope around the
 * prompts, each prompt indented to its place in the list.
 */
export const jsonWriter: ExportWriter = {
  mime: 'application/json',
  head: (_count, now) => {
    const envelope: Omit<JsonExport, 'prompts'> = { format: JSON_FORMAT, version: JSON_VERSION, exportedAt: now.toISOString() };
    // `{ … "exportedAt": "…"` without its closing `\n}`, then the list opens.
    return `${JSON.stringify(envelope, null, 2).slice(0, -2)},\n  "prompts": [`;
  },
  prompt: (record, index) => `${index === 0 ? '' : ','}\n${INDENT}${JSON.stringify(toExported(record), null, 2).replace(/\n/g, `\n${INDENT}`)}`,
  tail: (count) => `${count === 0 ? '' : '\n  '}]\n}\n`,
};

export function toJson(records: readonly PromptRecord[], now: Date): string {
  return writeWhole(jsonWriter, records, now);
}
