import { storage } from 'wxt/utils/storage';
import type { Delivery, TabRecord } from '../model';
import type { NetworkEvidence } from './network';

/**
 * What the background knows per tab, in session storage: it survives the background being
 * stopped and restarted (Manifest V3 does that often) and is gone when the browser closes.
 * One key per tab, so reports from several tabs never overwrite each other.
 */

const tabKey = (tabId: number) => `session:tab-${tabId}` as const;
const networkKey = (tabId: number) => `session:network-${tabId}` as const;
const deliveryKey = (tabId: number) => `session:delivery-${tabId}` as const;
const sightedKey = (tabId: number) => `session:sighted-${tabId}` as const;

export async function getTabRecord(tabId: number): Promise<TabRecord | undefined> {
  return (await storage.getItem<TabRecord>(tabKey(tabId))) ?? undefined;
}

export async function putTabRecord(record: TabRecord): Promise<void> {
  await storage.setItem(tabKey(record.tabId), record);
}

export async function getNetworkEvidence(tabId: number): Promise<NetworkEvidence | undefined> {
  return (await storage.getItem<NetworkEvidence>(networkKey(tabId))) ?? undefined;
}

export async function putNetworkEvidence(tabId: number, evidence: NetworkEvidence): Promise<void> {
  await storage.setItem(networkKey(tabId), evidence);
}

export async function clearNetworkEvidence(tabId: number): Promise<void> {
  await storage.removeItem(networkKey(tabId));
}

/**
 * Marks the tab as in a failure episode: from the first sign of a failure (a failed request, or
 * the page's words) until the tab shows none. Returns whether this starts one: the request's
 * failure, the page's words for it, a toast going away while the request's failure still stands,
 * and a reload that shows the failure again are all one episode. Callers serialise per tab.
 */
export async function markSighted(tabId: number, failing: boolean): Promise<boolean> {
  if (!failing) {
    await storage.removeItem(sightedKey(tabId));
    return false;
  }
  if ((await storage.getItem(sightedKey(tabId))) !== null) return false;
  await storage.setItem(sightedKey(tabId), true);
  return true;
}

/** A delivery waits this long for its tab's content script; after that it is stale. */
export const DELIVERY_TTL_MS = 2 * 60 * 1000;

interface StoredDelivery extends Delivery {
  readonly expiresAt: number;
}

export async function putDelivery(tabId: number, delivery: Delivery, now: number): Promise<void> {
  await storage.setItem<StoredDelivery>(deliveryKey(tabId), { ...delivery, expiresAt: now + DELIVERY_TTL_MS });
}

/** Claims run one after another, so two asks from one page cannot both take the prompt. */
let claims: Promise<unknown> = Promise.resolve();

/** Hands the tab's delivery over once: a reload of that tab does not send the prompt again. */
export function claimDelivery(tabId: number, now: number): Promise<Delivery | undefined> {
  const claim = claims.then(async () => {
    const stored = await storage.getItem<StoredDelivery>(deliveryKey(tabId));
    if (!stored) return undefined;
    await storage.removeItem(deliveryKey(tabId));
    const { expiresAt, ...delivery } = stored;
    return expiresAt >= now ? delivery : undefined;
  });
  claims = claim.catch(() => undefined);
  return claim;
}

/** The tab left the chatbot: what it reported no longer holds (a pending delivery still does). */
export async function clearTabRecord(tabId: number): Promise<void> {
  await storage.removeItems([tabKey(tabId), networkKey(tabId)]);
}

export async function forgetTab(tabId: number): Promise<void> {
  await storage.removeItems([tabKey(tabId), networkKey(tabId), deliveryKey(tabId), sightedKey(tabId)]);
}
