import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { SITE_IDS, type SiteId } from './sites/types';

/** Bounds on the waits, so a typo cannot make every reply a stall, or every page blank, or none. */
export const WAIT_LIMITS = { min: 5, max: 600 } as const;
/** Prompts are kept at most this many days when a retention is set (0 keeps them forever). */
export const MAX_RETENTION_DAYS = 3650;
/** Bounds on the wait before offering another chatbot for a prompt kept to send again: 5 minutes to a day. */
export const RESEND_OFFER_LIMITS = { min: 5, max: 1440 } as const;

/** What a fresh install starts with, and what a stored value that makes no sense reads as. */
const DEFAULTS = {
  stallSeconds: 60,
  noReplySeconds: 30,
  blankSeconds: 20,
  sendMode: 'send' as const,
  includeContext: false,
  showNotice: true,
  resendOfferMinutes: 30,
  preferredOrder: [...SITE_IDS],
  /** Days a prompt is kept after its last change; 0 is forever. Pinned prompts always stay. */
  retentionDays: 0,
  pausedSites: [] as SiteId[],
};

/** A whole number within `limits`. */
const bounded = (limits: { readonly min: number; readonly max: number }, fallback: number) =>
  v.fallback(
    v.pipe(
      v.number(),
      v.finite(),
      v.transform((value) => Math.min(limits.max, Math.max(limits.min, Math.round(value)))),
    ),
    fallback,
  );
/** A wait in whole seconds within WAIT_LIMITS. */
const seconds = (fallback: number) => bounded(WAIT_LIMITS, fallback);

/** Known site ids, each once: what a stored list of sites reads as. */
const siteList = () =>
  v.pipe(
    v.array(v.unknown()),
    // Not the model's SiteIdSchema: importing any value from lib/model.ts brings its schemas into the content script.
    v.transform((ids) =>
      ids.filter((id, index): id is SiteId => (SITE_IDS as readonly unknown[]).includes(id) && ids.indexOf(id) === index),
    ),
  );

/**
 * What a person can change on the options page, as stored. Settings may be from an older Detour,
 * partial or hand-edited: each field falls back to its default on its own, so one bad value never
 * costs the others, and sites Detour gained since are appended to the preferred order.
 */
const SettingsSchema = v.pipe(
  // Nothing stored, or something that is not settings at all, reads as no choice made yet.
  v.fallback(v.looseObject({}), {}),
  v.object({
    /** Seconds a reply may stand still, while the site says it is generating, before it is a stall. */
    stallSeconds: seconds(DEFAULTS.stallSeconds),
    /** Seconds after a send within which a reply must start. */
    noReplySeconds: seconds(DEFAULTS.noReplySeconds),
    /**
     * Seconds a chat page may show no composer before it counts as blank (nothing drawn) or as
     * unreadable to Detour (the site changed).
     */
    blankSeconds: seconds(DEFAULTS.blankSeconds),
    /** Press send after filling the other chatbot's composer, or leave the prompt there. */
    sendMode: v.fallback(v.picklist(['send', 'fill']), DEFAULTS.sendMode),
    /** Send the earlier turns of a failed conversation along with the prompt. */
    includeContext: v.fallback(v.boolean(), DEFAULTS.includeContext),
    /** Show Detour's notice inside the chatbot's page when something fails. */
    showNotice: v.fallback(v.boolean(), DEFAULTS.showNotice),
    /** Minutes a prompt kept to send again waits for its chatbot before Detour offers another one. */
    resendOfferMinutes: bounded(RESEND_OFFER_LIMITS, DEFAULTS.resendOfferMinutes),
    /** The alternatives, most preferred first; ids Detour does not know, and repeats, are dropped. */
    preferredOrder: v.fallback(siteList(), []),
    /** Days a prompt is kept; 0 is forever. */
    retentionDays: v.fallback(
      v.pipe(v.number(), v.finite(), v.transform((days) => Math.min(MAX_RETENTION_DAYS, Math.max(0, Math.round(days))))),
      DEFAULTS.retentionDays,
    ),
    /** Sites Detour leaves alone: nothing saved, watched or sent there. */
    pausedSites: v.fallback(siteList(), DEFAULTS.pausedSites),
  }),
  v.transform(({ preferredOrder, ...settings }) => {
    const order: readonly SiteId[] = [...preferredOrder, ...DEFAULTS.preferredOrder.filter((id) => !preferredOrder.includes(id))];
    return { ...settings, preferredOrder: order };
  }),
);

export type Settings = Readonly<v.InferOutput<typeof SettingsSchema>>;

export const DEFAULT_SETTINGS: Settings = DEFAULTS;

/** Settings as stored, checked and completed field by field (see SettingsSchema). */
export function normalizeSettings(stored: unknown): Settings {
  return v.parse(SettingsSchema, stored);
}

/**
 * Every write stores settings normalised (saveSettings, and migrateSettings on install and
 * update), so reading them only fills in what was never written. Readers stay free of the schema
 * and of any storage library because the content script reads settings: valibot would cost it
 * some 6 kB, WXT's storage wrapper some 9 kB, and one `storage.onChanged` listener does.
 * Settings follow the person to their other browsers (storage.sync); prompts never do.
 */
const KEY = 'settings';

const completed = (stored: unknown): Settings => ({
  ...DEFAULT_SETTINGS,
  ...(typeof stored === 'object' && stored !== null ? (stored as Partial<Settings>) : {}),
});

async function readStored(): Promise<unknown> {
  return (await browser.storage.sync.get(KEY))[KEY];
}

export async function loadSettings(): Promise<Settings> {
  return completed(await readStored());
}

/**
 * Brings stored settings up to this version's shape (run by the background on install and
 * update), and moves settings Detour 0.1 kept on this device only (storage.local) into the synced
 * ones. What already synced from another browser wins over this device's older copy. Writes only
 * when something changed.
 */
export async function migrateSettings(): Promise<void> {
  const [synced, local] = await Promise.all([readStored(), browser.storage.local.get(KEY).then((items) => items[KEY])]);
  const nothingSynced = synced === undefined || (typeof synced === 'object' && synced !== null && Object.keys(synced).length === 0);
  const stored = nothingSynced && local !== undefined ? local : (synced ?? {});
  const normalized = normalizeSettings(stored);
  if (JSON.stringify(synced) !== JSON.stringify(normalized)) await browser.storage.sync.set({ [KEY]: { ...normalized } });
  if (local !== undefined) await browser.storage.local.remove(KEY);
}

export async function saveSettings(changes: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...changes });
  await browser.storage.sync.set({ [KEY]: { ...next } });
  return next;
}

/** Calls back with the settings whenever they change (in any part of the extension, or another browser). */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && KEY in changes) callback(completed(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The chatbots to offer as alternatives, most preferred first: a paused one cannot receive a prompt. */
export function alternativeOrder(settings: Pick<Settings, 'preferredOrder' | 'pausedSites'>): SiteId[] {
  return settings.preferredOrder.filter((id) => !settings.pausedSites.includes(id));
}

/** Whether Detour leaves this site alone. */
export function isPaused(settings: Pick<Settings, 'pausedSites'>, site: SiteId): boolean {
  return settings.pausedSites.includes(site);
}
