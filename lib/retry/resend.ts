import { storage } from 'wxt/utils/storage';
import { getPrompt } from '../db/prompts';
import type { DetourDb } from '../db/schema';
import { openWithDelivery } from '../deliver/open';
import { Serial } from '../messaging/serial';
import type { PromptRecord } from '../model';
import { siteById, siteForUrl } from '../sites';
import type { SiteId } from '../sites/types';

/**
 * "Send here again when it is working": prompts the person asked Detour to send once more where
 * they failed, kept in storage.local so they survive a browser restart. Detour re-sends a prompt
 * only when the person chose it and its chatbot shows it works again (lib/retry/offers.ts); after
 * the time the person set, it offers the best alternative instead, once.
 */
export interface PendingResend {
  readonly promptId: string;
  readonly site: SiteId;
  /** Where the prompt failed: its conversation, opened again to send it there. */
  readonly url: string;
  /** The prompt's first words, for the popup's list. */
  readonly preview: string;
  readonly createdAt: number;
  /** When the best alternative was offered instead (once). */
  readonly offeredAt?: number;
}

const KEY = 'local:pending-resends' as const;
const PREVIEW_CHARS = 120;

/** One read-modify-write at a time: a schedule and a recovery arriving together both land. */
const writes = new Serial();

async function read(): Promise<Record<string, PendingResend>> {
  return (await storage.getItem<Record<string, PendingResend>>(KEY)) ?? {};
}

function update<T>(change: (pending: Record<string, PendingResend>) => T): Promise<T> {
  return writes.run(async () => {
    const pending = await read();
    const result = change(pending);
    await storage.setItem(KEY, pending);
    return result;
  });
}

/** The prompts waiting for their chatbot, oldest first. */
export async function listResends(): Promise<PendingResend[]> {
  return Object.values(await read()).sort((a, b) => a.createdAt - b.createdAt);
}

/** Keeps `record` to send again where it failed; scheduling it twice keeps the first. */
export function scheduleResend(record: PromptRecord, now: number): Promise<PendingResend> {
  const entry: PendingResend = {
    promptId: record.id,
    site: record.site,
    url: record.url,
    preview: record.text.slice(0, PREVIEW_CHARS),
    createdAt: now,
  };
  return update((pending) => (pending[record.id] ??= entry));
}

export function cancelResend(promptId: string): Promise<void> {
  return update((pending) => void delete pending[promptId]);
}

/** Where to send it again: its own conversation when Detour knows one on that chatbot, else a new chat. */
export function resendUrl(entry: Pick<PendingResend, 'site' | 'url'>): string | undefined {
  const site = siteById(entry.site);
  if (!site) return undefined;
  return siteForUrl(entry.url)?.id === site.id ? entry.url : site.newChatUrl;
}

/**
 * `site` works again: sends each prompt waiting for it, in the conversation where it failed, and
 * forgets it. Returns the prompts sent (so no other offer is made for them).
 */
export async function resendWaiting(db: DetourDb, site: SiteId, now: number): Promise<PromptRecord[]> {
  const due = await update((pending) => {
    const waiting = Object.values(pending).filter((entry) => entry.site === site);
    for (const entry of waiting) delete pending[entry.promptId];
    return waiting;
  });
  const sent: PromptRecord[] = [];
  for (const entry of due) {
    const record = await getPrompt(db, entry.promptId);
    const url = resendUrl(entry);
    if (!record || !url) continue;
    await openWithDelivery(url, { text: record.text, target: site, send: true }, now);
    sent.push(record);
  }
  return sent;
}

/** The prompts that waited longer than `afterMs` without an offer of the best alternative. */
export async function overdueResends(now: number, afterMs: number): Promise<PendingResend[]> {
  return (await listResends()).filter((entry) => entry.offeredAt === undefined && now - entry.createdAt >= afterMs);
}

export function markResendOffered(promptIds: readonly string[], now: number): Promise<void> {
  return update((pending) => {
    for (const id of promptIds) {
      const entry = pending[id];
      if (entry) pending[id] = { ...entry, offeredAt: now };
    }
  });
}
