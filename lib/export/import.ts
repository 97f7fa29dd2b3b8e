import type { FailureKind, FailurePlace, PromptRecord, PromptStatus, StallReason } from '../model';
import { SITE_IDS, type SiteId } from '../sites/types';
import { JSON_FORMAT, JSON_VERSION } from './json';

/**
 * Reads a Detour JSON export back. A file that is not one is refused with a sentence saying
 * why; in a good file, each prompt that does not check out is named and skipped, the rest kept.
 */

export type ImportParse =
  | { readonly ok: true; readonly prompts: PromptRecord[]; readonly errors: string[] }
  | { readonly ok: false; readonly error: string };

/** Larger than any real library; a bigger file is almost surely not an export. */
export const MAX_IMPORT_CHARS = 256 * 1024 * 1024;
/** Problems listed one by one before the rest are counted. */
const MAX_LISTED_ERRORS = 20;

const STATUSES: readonly PromptStatus[] = ['draft', 'sent', 'answered', 'failed', 'stalled'];
const KINDS: readonly FailureKind[] = ['error', 'limit', 'page', 'network'];
const PLACES: readonly FailurePlace[] = ['turn', 'toast', 'dialog', 'page', 'network'];
const REASONS: readonly StallReason[] = ['no-reply', 'no-progress'];

class Invalid extends Error {}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(object: Json, key: string, { allowEmpty = false } = {}): string {
  const value = object[key];
  if (typeof value !== 'string') throw new Invalid(`"${key}" is missing or not text`);
  if (!allowEmpty && value.trim() === '') throw new Invalid(`"${key}" is empty`);
  return value;
}

function time(object: Json, key: string): number {
  const value = object[key];
  const parsed = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(parsed)) throw new Invalid(`"${key}" is not a date (ISO 8601, like 2026-01-31T12:00:00Z)`);
  return parsed;
}

function oneOf<T extends string>(object: Json, key: string, allowed: readonly T[]): T {
  const value = object[key];
  if (!allowed.includes(value as T)) {
    throw new Invalid(`"${key}" is ${JSON.stringify(value)}, not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function section(object: Json, key: string): Json | undefined {
  const value = object[key];
  if (value === undefined) return undefined;
  if (!isObject(value)) throw new Invalid(`"${key}" is not an object`);
  return value;
}

function readPrompt(raw: unknown): PromptRecord {
  if (!isObject(raw)) throw new Invalid('it is not an object');
  const id = text(raw, 'id');
  if (id.length > 200) throw new Invalid('"id" is longer than 200 characters');
  const failure = section(raw, 'failure');
  const stall = section(raw, 'stall');
  const context = raw.context;
  if (context !== undefined && !Array.isArray(context)) throw new Invalid('"context" is not a list');
  return {
    id,
    site: oneOf<SiteId>(raw, 'site', SITE_IDS),
    text: text(raw, 'text'),
    url: text(raw, 'url', { allowEmpty: true }),
    status: oneOf(raw, 'status', STATUSES),
    createdAt: time(raw, 'createdAt'),
    updatedAt: time(raw, 'updatedAt'),
    ...(raw.sentAt !== undefined && { sentAt: time(raw, 'sentAt') }),
    ...(failure && {
      failure: {
        kind: oneOf(failure, 'kind', KINDS),
        place: oneOf(failure, 'place', PLACES),
        text: text(failure, 'text', { allowEmpty: true }),
        at: time(failure, 'at'),
      },
    }),
    ...(stall && {
      stall: {
        reason: oneOf(stall, 'reason', REASONS),
        seconds: typeof stall.seconds === 'number' && stall.seconds >= 0 ? stall.seconds : 0,
        at: time(stall, 'at'),
      },
    }),
    ...(Array.isArray(context) && {
      context: context.map((turn) => {
        if (!isObject(turn)) throw new Invalid('a turn of "context" is not an object');
        return { author: oneOf(turn, 'author', ['user', 'assistant'] as const), text: text(turn, 'text', { allowEmpty: true }) };
      }),
    }),
  };
}

export function parseJsonExport(input: string): ImportParse {
  if (input.length > MAX_IMPORT_CHARS) {
    return { ok: false, error: `This file is too large to be a Detour export (over ${MAX_IMPORT_CHARS / 1024 / 1024} MB).` };
  }
  let file: unknown;
  try {
    file = JSON.parse(input.replace(/^\ufeff/, ''));
  } catch (error) {
    return { ok: false, error: `This file is not valid JSON (${(error as Error).message}).` };
  }
  if (!isObject(file) || file.format !== JSON_FORMAT) {
    return { ok: false, error: `This is not a Detour export: it has no "format": "${JSON_FORMAT}".` };
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'This Detour export has no valid "version".' };
  }
  if (version > JSON_VERSION) {
    return {
      ok: false,
      error: `This export was made by a newer Detour (format version ${version}); update Detour to import it.`,
    };
  }
  if (!Array.isArray(file.prompts)) return { ok: false, error: 'This Detour export has no "prompts" list.' };

  const byId = new Map<string, PromptRecord>();
  const problems: string[] = [];
  file.prompts.forEach((raw, index) => {
    try {
      const prompt = readPrompt(raw);
      const twin = byId.get(prompt.id);
      if (!twin || prompt.updatedAt > twin.updatedAt) byId.set(prompt.id, prompt);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      problems.push(`Prompt ${index + 1} was skipped: ${error.message}.`);
    }
  });
  const errors = problems.slice(0, MAX_LISTED_ERRORS);
  if (problems.length > MAX_LISTED_ERRORS) errors.push(`…and ${problems.length - MAX_LISTED_ERRORS} more skipped.`);
  return { ok: true, prompts: Array.from(byId.values()), errors };
}
