import { storage } from 'wxt/utils/storage';
import type { Delivery, TabRecord } from '../model';
import type { Arrival } from './navigation';
import type { NetworkEvidence } from './network';

/**
 * What the background knows per tab, in session storage: it survives the background being
 * stopped and restarted (Manifest V3 does that often) and is gone when the browser closes.
 * One key per tab, so reports from several tabs never overwrite each other.
 */

type Key = `session:${string}`;

/**
 * What this background last wrote or read under each key: every report's badge reads a tab's
 * three records back, and a read of session storage is a round trip to the browser (tens of
 * milliseconds when it is busy). Only the background writes these keys, so its copy holds until
 * it is stopped; a new one starts empty and reads storage again.
 */
const known = new Map<Key, unknown>();
/** Counts writes, so that a read begun before one does not put back an older value. */
let writes = 0;

/** Drops this background's copies, as a stopped and restarted one starts (tests: a new background). */
export function forgetCopies(): void {
  known.clear();
}

async function read<T>(key: Key): Promise<T | undefined> {
  if (known.has(key)) return known.get(key) as T | undefined;
  const before = writes;
  const value = (await storage.getItem<T>(key)) ?? undefined;
  if (writes === before) known.set(key, value);
  return value;
}

function wrote(key: Key, value: unknown): void {
  known.set(key, value);
  writes++;
}

async function write<T>(key: Key, value: T): Promise<void> {
  wrote(key, value);
  await storage.setItem(key, value);
}

async function remove(...keys: Key[]): Promise<void> {
  for (const key of keys) wrote(key, undefined);
  await storage.removeItems(keys);
}

const tabKey = (tabId: number) => `session:tab-${tabId}` as const;
const networkKey = (tabId: number) => `session:network-${tabId}` as const;
const deliveryKey = (tabId: number) => `session:delivery-${tabId}` as const;
const sightedKey = (tabId: number) => `session:sighted-${tabId}` as const;
const gatesKey = (tabId: number) => `session:gates-${tabId}` as const;

export async function getTabRecord(tabId: number): Promise<TabRecord | undefined> {
  return read<TabRecord>(tabKey(tabId));
}

export async function putTabRecord(record: TabRecord): Promise<void> {
  await write(tabKey(record.tabId), record);
}

export async function getNetworkEvidence(tabId: number): Promise<NetworkEvidence | undefined> {
  return read<NetworkEvidence>(networkKey(tabId));
}

export async function putNetworkEvidence(tabId: number, evidence: NetworkEvidence): Promise<void> {
  await write(networkKey(tabId), evidence);
}

export async function clearNetworkEvidence(tabId: number): Promise<void> {
  await remove(networkKey(tabId));
}

/** The tab's recent arrivals at sign-in pages and challenges (see lib/tabs/navigation.ts). */
export async function getArrivals(tabId: number): Promise<Arrival[]> {
  return (await read<Arrival[]>(gatesKey(tabId))) ?? [];
}

export async function putArrivals(tabId: number, arrivals: readonly Arrival[]): Promise<void> {
  await write(gatesKey(tabId), arrivals);
}

/**
 * Marks the tab as in a failure episode: from the first sign of a failure (a failed request, or
 * the page's words) until the tab shows none. Returns whether this starts one: the request's
 * failure, the page's words for it, a toast going away while the request's failure still stands,
 * and a reload that shows the failure again are all one episode. Callers serialise per tab.
 */
export async function markSighted(tabId: number, failing: boolean): Promise<boolean> {
  if (!failing) {
    await remove(sightedKey(tabId));
    return false;
  }
  if ((await read<boolean>(sightedKey(tabId))) !== undefined) return false;
  await write(sightedKey(tabId), true);
  return true;
}

/** A delivery waits this long for its tab's content script; after that it is stale. */
export const DELIVERY_TTL_MS = 2 * 60 * 1000;

interface StoredDelivery extends Delivery {
  readonly expiresAt: number;
}

export async function putDelivery(tabId: number, delivery: Delivery, now: number): Promise<void> {
  await write<StoredDelivery>(deliveryKey(tabId), { ...delivery, expiresAt: now + DELIVERY_TTL_MS });
}

/** Claims run one after another, so two asks from one page cannot both take the prompt. */
let claims: Promise<unknown> = Promise.resolve();

/** Hands the tab's delivery over once: a reload of that tab does not send the prompt again. */
export function claimDelivery(tabId: number, now: number): Promise<Delivery | undefined> {
  const claim = claims.then(async () => {
    const stored = await read<StoredDelivery>(deliveryKey(tabId));
    if (!stored) return undefined;
    await remove(deliveryKey(tabId));
    const { expiresAt, ...delivery } = stored;
    return expiresAt >= now ? delivery : undefined;
  });
  claims = claim.catch(() => undefined);
  return claim;
}

/** The tab left the chatbot: what it reported no longer holds (a pending delivery still does). */
export async function clearTabRecord(tabId: number): Promise<void> {
  await remove(tabKey(tabId), networkKey(tabId));
}

export async function forgetTab(tabId: number): Promise<void> {
  const keys = [tabKey(tabId), networkKey(tabId), deliveryKey(tabId), sightedKey(tabId), gatesKey(tabId)];
  await remove(...keys);
  // The tab is closed: nothing will ask for it again (Firefox's background lives as long as the browser).
  for (const key of keys) known.delete(key);
}
