import type { DetourDb } from '../db/schema';
import type { PromptRecord } from '../model';
import type { SiteId } from '../sites/types';

/** A failed prompt older than this is not worth a notification when its chatbot recovers. */
export const RECOVERY_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The failed prompts of a chatbot that has just recovered, newest first, that Detour has not
 * offered to retry yet.
 */
export async function promptsToRetry(db: DetourDb, site: SiteId, now: number, except?: string): Promise<PromptRecord[]> {
  return db.prompts
    .where('[site+updatedAt]')
    .between([site, now - RECOVERY_WINDOW_MS], [site, Infinity])
    .reverse()
    .filter((record) => record.status === 'failed' && record.retryOfferedAt === undefined && record.id !== except)
    .toArray();
}

/** Remembers the offer, so one recovery never notifies twice about the same prompts. */
export async function markRetryOffered(db: DetourDb, records: readonly PromptRecord[], now: number): Promise<void> {
  await db.prompts.bulkUpdate(records.map((record) => ({ key: record.id, changes: { retryOfferedAt: now } })));
}
