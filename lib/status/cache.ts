import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import type { SiteId } from '../sites/types';
import { fetchStatus, type FetchDeps } from './fetch';
import { STATUS_SOURCES, type StatusSource } from './sources';
import { HEALTHS, UNKNOWN_REASONS, type CheckedStatus, type ProviderStatus } from './types';

/*
 * Status answers are cached in storage.local, per status page, with a max age and
 * stale-while-revalidate (the idea of webext-storage-cache): a fresh answer is served without a
 * request; a stale one is served at once while a newer one is fetched; a very old one is not shown
 * as if current. Storage, not memory, because the popup is a new page every time it opens.
 */

/** An answer younger than this is served without asking again. */
export const MAX_AGE_MS = 5 * 60_000;
/** Past MAX_AGE, an answer is still shown (while a newer one is fetched) for this much longer. */
export const STALE_WINDOW_MS = 60 * 60_000;
/**
 * No status page is asked more often than this, whatever the caller wants (the popup forces a
 * check each time it opens): Detour's users must not add up to a load on the vendors' pages.
 */
export const MIN_INTERVAL_MS = 60_000;
/** A failed check is retried sooner than a good answer expires: the failure may be ours. */
export const UNKNOWN_MAX_AGE_MS = MIN_INTERVAL_MS;

/** Where cached answers are kept; tests may pass their own. */
export interface StatusStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/** browser.storage.local through WXT (the fake browser in tests). */
export const localStatusStorage: StatusStorage = {
  get: (key) => storage.getItem(`local:${key}`),
  set: (key, value) => storage.setItem(`local:${key}`, value),
};

export interface CheckDeps extends FetchDeps {
  /** The clock, in ms since the epoch. */
  readonly now?: () => number;
  readonly storage?: StatusStorage;
  /** Ask even if the cached answer is fresh (still at most once a minute per page). */
  readonly force?: boolean;
  /** Receives the newer answer when a background refresh lands. */
  readonly onUpdate?: (status: CheckedStatus) => void;
}

/** What is stored per status page. Versioned so a later shape can ignore this one. */
interface CacheEntry {
  readonly version: 1;
  /** When Detour last sent a request to this page (claimed before the request goes out). */
  readonly requestedAt: number;
  /** The last answer, and when it came. */
  readonly result?: { readonly status: ProviderStatus; readonly checkedAt: number };
}

export function cacheKey(source: StatusSource): string {
  return `status:${source.url}`;
}

/** Requests under way in this page or worker, so simultaneous callers share one. */
const inFlight = new Map<string, Promise<CheckedStatus>>();

/**
 * The official status of a chatbot, from the cache or its status page. `undefined` when the site
 * has no official status source (the UI says "no official status page").
 */
export async function checkStatus(site: SiteId, deps: CheckDeps = {}): Promise<CheckedStatus | undefined> {
  const source = STATUS_SOURCES[site];
  return source ? checkSource(source, deps) : undefined;
}

/** checkStatus for a given source (tests, and a source not yet in the table). */
export async function checkSource(source: StatusSource, deps: CheckDeps = {}): Promise<CheckedStatus> {
  const now = deps.now ?? Date.now;
  const store = deps.storage ?? localStatusStorage;
  const key = cacheKey(source);
  const entry = readEntry(await store.get(key));
  const time = now();
  const result = entry?.result;
  const age = result ? time - result.checkedAt : Infinity;
  const maxAge = result?.status.health === 'unknown' ? UNKNOWN_MAX_AGE_MS : MAX_AGE_MS;
  const mayRequest = entry === undefined || time - entry.requestedAt >= MIN_INTERVAL_MS || time < entry.requestedAt;

  const cached = (refreshing: boolean): CheckedStatus | undefined =>
    result && { ...result.status, checkedAt: result.checkedAt, page: source.page, refreshing };

  const running = inFlight.get(key);
  if (running) {
    // Someone here is already asking: serve what we have, or wait for theirs.
    if (result && age < MAX_AGE_MS + STALE_WINDOW_MS) {
      if (deps.onUpdate) void running.then(deps.onUpdate, ignore);
      return cached(true)!;
    }
    return running;
  }

  if (result && age < maxAge && !deps.force) return cached(false)!;
  if (!mayRequest) {
    // Asked less than a minute ago (here or in another part of the extension): serve the last
    // answer, however old, rather than ask again.
    return cached(false) ?? { ...pending(), checkedAt: time, page: source.page, refreshing: true };
  }

  const refresh = request(source, store, key, entry, deps);
  if (result && age < MAX_AGE_MS + STALE_WINDOW_MS) {
    if (deps.onUpdate) void refresh.then(deps.onUpdate, ignore);
    return cached(true)!;
  }
  return refresh;
}

function request(
  source: StatusSource,
  store: StatusStorage,
  key: string,
  entry: CacheEntry | undefined,
  deps: CheckDeps,
): Promise<CheckedStatus> {
  const now = deps.now ?? Date.now;
  const run = (async () => {
    const requestedAt = now();
    // Claim the request first, so a popup and the background asking together send one. A storage
    // failure must not cost the answer, so writes are best effort.
    await store.set(key, { ...entry, version: 1, requestedAt } satisfies CacheEntry).catch(ignore);
    const status = await fetchStatus(source, deps);
    const checkedAt = now();
    await store.set(key, { version: 1, requestedAt, result: { status, checkedAt } } satisfies CacheEntry).catch(ignore);
    return { ...status, checkedAt, page: source.page, refreshing: false };
  })();
  const settled = run.finally(() => inFlight.delete(key));
  inFlight.set(key, settled);
  return settled;
}

const ignore = () => undefined;

function pending(): ProviderStatus {
  return { health: 'unknown', reason: 'pending', summary: 'Checking the status page…' };
}

// --- Reading what storage holds: it may be from an older Detour, or hand-edited. -------------

const TimeSchema = v.pipe(v.number(), v.finite());
const HealthSchema = v.picklist(HEALTHS);
const ComponentSchema = v.object({ name: v.string(), health: HealthSchema });

/** Drops the keys a fallback left undefined, so a dropped field is absent as if never stored. */
const withoutUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;

/** An optional field that, when malformed, is left out rather than failing what holds it. */
const lenient = <TSchema extends v.GenericSchema>(schema: TSchema) => v.fallback(v.optional(schema), undefined);

const StatusSchema = v.pipe(
  v.object({
    health: HealthSchema,
    summary: v.string(),
    reason: lenient(v.picklist(UNKNOWN_REASONS)),
    scope: lenient(v.picklist(['components', 'page'])),
    // One malformed component costs only itself: the others still say how the chat is doing.
    components: lenient(
      v.pipe(
        v.array(v.unknown()),
        v.transform((parts) =>
          parts.flatMap((part) => {
            const read = v.safeParse(ComponentSchema, part);
            return read.success ? [read.output] : [];
          }),
        ),
      ),
    ),
  }),
  v.transform(withoutUndefined),
);

const EntrySchema = v.pipe(
  v.object({
    version: v.literal(1),
    requestedAt: TimeSchema,
    // An unreadable answer is dropped but the request time is kept, so the minute between
    // requests still holds.
    result: lenient(v.object({ status: StatusSchema, checkedAt: TimeSchema })),
  }),
  v.transform(withoutUndefined),
);

function readEntry(stored: unknown): CacheEntry | undefined {
  const read = v.safeParse(EntrySchema, stored);
  return read.success ? read.output : undefined;
}
