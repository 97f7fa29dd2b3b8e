import type { Failure, PromptRecord, PromptStatus, Stall, Turn } from '../model';
import type { SiteId } from '../sites/types';
import { normalizeText } from '../text';
import type { DetourDb } from './schema';

/** Queries on saved prompts. Each takes the database, so tests hand in a fresh one. */

export interface PromptInput {
  readonly id: string;
  readonly site: SiteId;
  readonly text: string;
  readonly url: string;
  readonly createdAt: number;
  /** The prompt has just been sent (rather than typed). */
  readonly sent: boolean;
}

/** Saves a draft or a sent prompt: one record per prompt id, updated in place. */
export async function savePrompt(db: DetourDb, input: PromptInput, now: number): Promise<void> {
  await db.transaction('rw', db.prompts, async () => {
    const existing = await db.prompts.get(input.id);
    // A late draft save never takes back a send or an outcome.
    const status: PromptStatus = input.sent ? 'sent' : (existing?.status ?? 'draft');
    await db.prompts.put({
      ...existing,
      id: input.id,
      site: input.site,
      text: input.text,
      url: input.url,
      createdAt: existing?.createdAt ?? input.createdAt,
      updatedAt: now,
      status,
      ...(input.sent ? { sentAt: now } : {}),
    });
  });
}

export type OutcomeInput =
  | { readonly outcome: 'answered' }
  | { readonly outcome: 'failed'; readonly failure: Failure; readonly context?: readonly Turn[] }
  | { readonly outcome: 'stalled'; readonly stall: Stall };

/** Records what became of a sent prompt, and the conversation URL it ended up in. */
export async function recordOutcome(
  db: DetourDb,
  id: string,
  result: OutcomeInput & { readonly url: string },
  now: number,
): Promise<boolean> {
  const changes: Partial<PromptRecord> = { status: result.outcome, url: result.url, updatedAt: now };
  if (result.outcome === 'failed') {
    Object.assign(changes, { failure: { ...result.failure, at: now } });
    if (result.context) Object.assign(changes, { context: result.context });
  }
  if (result.outcome === 'stalled') Object.assign(changes, { stall: { ...result.stall, at: now } });
  return (await db.prompts.update(id, changes)) === 1;
}

/** How far back a failure found on a page is matched to a prompt Detour already holds. */
export const RESCUE_MATCH_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export interface RescueInput {
  readonly id: string;
  readonly site: SiteId;
  readonly text: string;
  readonly url: string;
  readonly failure: Failure;
  readonly context?: readonly Turn[];
}

/**
 * A failure was found when a page loaded (a conversation whose last reply had failed): attach it
 * to the prompt Detour saved when it was typed, or keep the prompt as the page shows it.
 * Returns the record's id.
 */
export async function rescuePrompt(db: DetourDb, input: RescueInput, now: number): Promise<string> {
  return db.transaction('rw', db.prompts, async () => {
    const wanted = normalizeText(input.text);
    const known = await db.prompts
      .where('[site+updatedAt]')
      .between([input.site, now - RESCUE_MATCH_WINDOW_MS], [input.site, Infinity])
      .reverse()
      .filter((record) => normalizeText(record.text) === wanted)
      .first();
    const failure = { ...input.failure, at: now };
    if (known) {
      await db.prompts.update(known.id, {
        status: 'failed',
        failure,
        url: input.url,
        updatedAt: now,
        ...(input.context ? { context: input.context } : {}),
      });
      return known.id;
    }
    await db.prompts.add({
      id: input.id,
      site: input.site,
      text: input.text,
      url: input.url,
      createdAt: now,
      updatedAt: now,
      status: 'failed',
      failure,
      ...(input.context ? { context: input.context } : {}),
    });
    return input.id;
  });
}

/** When each chatbot last answered one of the person's prompts, since `since`: they can use it. */
export async function lastAnswers(db: DetourDb, sites: readonly SiteId[], since: number): Promise<Partial<Record<SiteId, number>>> {
  // Per site, newest first, through the [site+updatedAt] index: only the recent records are read.
  const latest = await Promise.all(
    sites.map((site) =>
      db.prompts
        .where('[site+updatedAt]')
        .between([site, since], [site, Infinity])
        .reverse()
        .filter((record) => record.status === 'answered')
        .first(),
    ),
  );
  return Object.fromEntries(latest.flatMap((record) => (record ? [[record.site, record.updatedAt]] : [])));
}

export interface ListQuery {
  /** Words to find in the prompt text, any case. */
  readonly search?: string;
  /** Only prompts with this tag. */
  readonly tag?: string;
  /** Pinned prompts before the others (the library); otherwise newest first throughout. */
  readonly pinnedFirst?: boolean;
  readonly limit?: number;
}

/**
 * Whether a prompt is one the query asks for: its tag, then every search word in its text (in
 * normalizeText's form, asked for only once the tag fits). One rule for the database's answer and
 * the search index's (lib/db/search-index.ts), which must give the same.
 */
export function queryMatcher(query: ListQuery): (tags: readonly string[] | undefined, normalized: () => string) => boolean {
  const words = normalizeText(query.search ?? '').split(' ').filter(Boolean);
  return (tags, normalized) => {
    if (query.tag !== undefined && !tags?.includes(query.tag)) return false;
    const text = normalized();
    return words.every((word) => text.includes(word));
  };
}

/** Saved prompts, newest first, optionally only those containing the search text or a tag. */
export async function listPrompts(db: DetourDb, query: ListQuery = {}): Promise<PromptRecord[]> {
  const wanted = queryMatcher(query);
  const matches = (record: PromptRecord) => wanted(record.tags, () => normalizeText(record.text));
  const newest = () => db.prompts.orderBy('updatedAt').reverse();
  const limited = (collection: ReturnType<typeof newest>, limit: number | undefined) =>
    limit === undefined ? collection.toArray() : collection.limit(limit).toArray();
  if (!query.pinnedFirst) return limited(newest().filter(matches), query.limit);
  // Pinned prompts are few: all of them first, then the rest up to the limit.
  const pinned = await limited(newest().filter((record) => record.pinned === true && matches(record)), query.limit);
  const room = query.limit === undefined ? undefined : Math.max(0, query.limit - pinned.length);
  const rest = room === 0 ? [] : await limited(newest().filter((record) => record.pinned !== true && matches(record)), room);
  return [...pinned, ...rest];
}

export async function getPrompt(db: DetourDb, id: string): Promise<PromptRecord | undefined> {
  return db.prompts.get(id);
}

export interface MergeResult {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
}

/** Imports records: new ids are added, a newer copy of a known id replaces the older one. */
export async function mergePrompts(db: DetourDb, records: readonly PromptRecord[]): Promise<MergeResult> {
  return db.transaction('rw', db.prompts, async () => {
    const existing = await db.prompts.bulkGet(records.map((record) => record.id));
    const changed: PromptRecord[] = [];
    let added = 0;
    let updated = 0;
    records.forEach((record, index) => {
      const known = existing[index];
      if (!known) added++;
      else if (record.updatedAt > known.updatedAt) updated++;
      else return;
      changed.push(record);
    });
    await db.prompts.bulkPut(changed);
    return { added, updated, unchanged: records.length - added - updated };
  });
}
