import { MAX_TAG_CHARS, MAX_TAGS, type PromptRecord } from '../model';
import type { DetourDb } from './schema';

/** What a person changes on a prompt in the library. */
export interface PromptEdit {
  readonly text?: string;
  readonly pinned?: boolean;
  readonly tags?: readonly string[];
}

/**
 * Tags as stored: trimmed, each once whatever its case (the first spelling wins), at most
 * MAX_TAGS, and without commas, which separate tags where a person types them and in a CSV cell.
 */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of tags.flatMap((tag) => tag.split(','))) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, MAX_TAG_CHARS).trim();
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    kept.push(tag);
  }
  return kept.slice(0, MAX_TAGS);
}

/**
 * Applies an edit and returns the prompt as stored, or undefined when it is no longer saved.
 * An edit is the person's newest word on the prompt: it moves `updatedAt`, so a later import
 * of an older copy does not undo it.
 */
export async function editPrompt(db: DetourDb, id: string, edit: PromptEdit, now: number): Promise<PromptRecord | undefined> {
  return db.transaction('rw', db.prompts, async () => {
    const known = await db.prompts.get(id);
    if (!known) return undefined;
    const text = edit.text !== undefined && edit.text.trim() !== '' ? edit.text : known.text;
    const tags = edit.tags === undefined ? known.tags : cleanTags(edit.tags);
    const pinned = edit.pinned ?? known.pinned;
    const { tags: _tags, pinned: _pinned, ...rest } = known;
    const next: PromptRecord = {
      ...rest,
      text,
      updatedAt: now,
      ...(pinned && { pinned: true }),
      ...(tags && tags.length > 0 && { tags }),
    };
    await db.prompts.put(next);
    return next;
  });
}

/** Deletes prompts and returns them as they were, so the page can offer to undo. */
export async function deletePrompts(db: DetourDb, ids: readonly string[]): Promise<PromptRecord[]> {
  return db.transaction('rw', db.prompts, async () => {
    const found = (await db.prompts.bulkGet([...ids])).filter((record): record is PromptRecord => record !== undefined);
    await db.prompts.bulkDelete(found.map((record) => record.id));
    return found;
  });
}

/**
 * Undo of a delete: puts the prompts back as they were, unless a prompt with the same id was
 * saved meanwhile (a draft still being typed), which is newer and stays.
 */
export async function restorePrompts(db: DetourDb, records: readonly PromptRecord[]): Promise<number> {
  return db.transaction('rw', db.prompts, async () => {
    const present = await db.prompts.bulkGet(records.map((record) => record.id));
    const missing = records.filter((_, index) => present[index] === undefined);
    await db.prompts.bulkAdd([...missing]);
    return missing.length;
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The retention setting at work: forgets prompts not touched in `days` days, except pinned ones.
 * 0 days keeps everything. Returns how many went.
 */
export async function pruneExpired(db: DetourDb, days: number, now: number): Promise<number> {
  if (days <= 0) return 0;
  return db.prompts
    .where('updatedAt')
    .below(now - days * DAY_MS)
    .filter((record) => record.pinned !== true)
    .delete();
}

/** Every tag in the library, with how many prompts carry it, most used first. */
export async function listTags(db: DetourDb): Promise<{ tag: string; count: number }[]> {
  const counts = new Map<string, number>();
  await db.prompts.orderBy('tags').eachKey((tag) => {
    counts.set(String(tag), (counts.get(String(tag)) ?? 0) + 1);
  });
  return Array.from(counts, ([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}
