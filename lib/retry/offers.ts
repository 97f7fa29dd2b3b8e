import { storage } from 'wxt/utils/storage';
import type { DetourDb } from '../db/schema';
import type { PromptRecord } from '../model';
import { checkOfficialStatus, gatherProviders } from '../providers/board';
import { alternativesFor } from '../providers/rank';
import { loadSettings } from '../settings';
import { SITES } from '../sites';
import type { SiteId } from '../sites/types';
import type { CheckedStatus } from '../status/types';
import { notifyInstead, notifyRecovery } from './notification';
import { markResendOffered, overdueResends, resendWaiting } from './resend';

/** A failed prompt older than this is not worth a notification when its chatbot recovers. */
export const RETRY_OFFER_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The failed prompts of a chatbot that has just recovered, newest first, that Detour has not
 * offered to retry yet.
 */
export async function promptsToRetry(db: DetourDb, site: SiteId, now: number, except?: string): Promise<PromptRecord[]> {
  return db.prompts
    .where('[site+updatedAt]')
    .between([site, now - RETRY_OFFER_WINDOW_MS], [site, Infinity])
    .reverse()
    .filter((record) => record.status === 'failed' && record.retryOfferedAt === undefined && record.id !== except)
    .toArray();
}

/** Remembers the offer, so one recovery never notifies twice about the same prompts. */
export async function markRetryOffered(db: DetourDb, records: readonly PromptRecord[], now: number): Promise<void> {
  await db.prompts.bulkUpdate(records.map((record) => ({ key: record.id, changes: { retryOfferedAt: now } })));
}

/**
 * A chatbot works again (its status page, or a reply in a tab): offer, once, to retry the prompt
 * that failed there most recently. `except` is the prompt whose answer showed the recovery.
 */
export async function offerRetries(db: DetourDb, site: SiteId, now: number, except?: string): Promise<void> {
  const failed = await promptsToRetry(db, site, now, except);
  const [latest] = failed;
  if (!latest) return;
  await notifyRecovery(latest, failed.length);
  await markRetryOffered(db, failed, now);
}

/**
 * A chatbot works again (its status page, or a reply in a tab): sends the prompts the person asked
 * to send there again, then offers, once, to retry the others that failed there.
 */
export async function chatbotRecovered(db: DetourDb, site: SiteId, now: number, except?: string): Promise<void> {
  const resent = await resendWaiting(db, site, now);
  if (resent.length > 0) await markRetryOffered(db, resent, now);
  await offerRetries(db, site, now, except);
}

/**
 * Prompts that waited for their chatbot longer than the person allows: offers, once each, the best
 * alternative instead (ranked as everywhere else). The prompt keeps waiting unless they take it.
 */
export async function offerInsteadOfWaiting(db: DetourDb, now: number): Promise<void> {
  const settings = await loadSettings();
  const overdue = await overdueResends(now, settings.resendOfferMinutes * 60_000);
  if (overdue.length === 0) return;
  const providers = await gatherProviders(db, { waitMs: 2000 }, () => now);
  for (const entry of overdue) {
    const [best] = alternativesFor(entry.site, settings.preferredOrder, providers, now);
    if (best) await notifyInstead(entry, best.site);
  }
  await markResendOffered(overdue.map((entry) => entry.promptId), now);
}

const problemKey = (site: SiteId) => `local:official-problem-${site}` as const;

/**
 * Follows each chatbot's official status: a page that showed trouble and now says operational is a
 * recovery, and the prompts that failed there are offered for a retry. (An operational page alone
 * proves nothing: official pages lag real outages.)
 */
export async function noteOfficialStatus(db: DetourDb, site: SiteId, status: CheckedStatus, now: number): Promise<void> {
  if (status.health === 'degraded' || status.health === 'down') {
    await storage.setItem(problemKey(site), status.checkedAt);
  } else if (status.health === 'operational' && (await storage.getItem<number>(problemKey(site))) !== null) {
    await storage.removeItem(problemKey(site));
    await chatbotRecovered(db, site, now);
  }
}

/**
 * The status alarm's round: refreshes each official status and notes recoveries. Only this and a
 * reply in a tab ('prompt.outcome') may notify; the popup's reads of the same statuses must not.
 * A stale answer is served at once while a newer one is fetched: both are noted, the stale one
 * first, so trouble the popup saw between two rounds still makes the newer "operational" a
 * recovery. The round resolves before that newer answer lands.
 */
export async function checkForRecoveries(db: DetourDb, now: () => number = Date.now): Promise<void> {
  await offerInsteadOfWaiting(db, now()).catch(ignore);
  await Promise.all(
    SITES.map(async (site) => {
      let firstNoted = () => {};
      const first = new Promise<void>((resolve) => (firstNoted = resolve));
      const noteNewer = (newer: CheckedStatus) =>
        void first.then(() => noteOfficialStatus(db, site.id, newer, now())).catch(ignore);
      try {
        const status = await checkOfficialStatus(site, { now, onUpdate: noteNewer });
        if (status) await noteOfficialStatus(db, site.id, status, now());
      } finally {
        firstNoted();
      }
    }),
  );
}

const ignore = () => undefined;
