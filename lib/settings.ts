import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { SITES } from './sites';
import { SITE_IDS, type SiteId } from './sites/types';

/** Bounds on the two waits, so a typo cannot make every reply a stall or none. */
export const WAIT_LIMITS = { min: 5, max: 600 } as const;
/** Prompts are kept at most this many days when a retention is set (0 keeps them forever). */
export const MAX_RETENTION_DAYS = 3650;

/** What a fresh install starts with, and what a stored value that makes no sense reads as. */
const DEFAULTS = {
  stallSeconds: 60,
  noReplySeconds: 30,
  sendMode: 'send' as const,
  includeContext: false,
  showNotice: true,
  preferredOrder: SITES.map((site) => site.id),
  /** Days a prompt is kept after its last change; 0 is forever. Pinned prompts always stay. */
  retentionDays: 0,
  pausedSites: [] as SiteId[],
};

/** A wait in whole seconds within WAIT_LIMITS. */
const seconds = (fallback: number) =>
  v.fallback(
    v.pipe(
      v.number(),
      v.finite(),
      v.transform((value) => Math.min(WAIT_LIMITS.max, Math.max(WAIT_LIMITS.min, Math.round(value)))),
    ),
    fallback,
  );

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
    /** Press send after filling the other chatbot's composer, or leave the prompt there. */
    sendMode: v.fallback(v.picklist(['send', 'fill']), DEFAULTS.sendMode),
    /** Send the earlier turns of a failed conversation along with the prompt. */
    includeContext: v.fallback(v.boolean(), DEFAULTS.includeContext),
    /** Show Detour's notice inside the chatbot's page when something fails. */
    showNotice: v.fallback(v.boolean(), DEFAULTS.showNotice),
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
 * because the content script reads settings, and valibot would cost it some 6 kB.
 * Settings follow the person to their other browsers (storage.sync); prompts never do.
 */
const settingsItem = storage.defineItem<Partial<Settings>>('sync:settings', { fallback: {} });
/** Where Detour 0.1 kept settings, on this device only. */
const localSettingsItem = storage.defineItem<Partial<Settings> | null>('local:settings', { fallback: null });
const completed = (stored: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...stored });

export async function loadSettings(): Promise<Settings> {
  return completed(await settingsItem.getValue());
}

/**
 * Brings stored settings up to this version's shape (run by the background on install and
 * update), and moves settings kept on this device only into the synced ones. What already
 * synced from another browser wins over this device's older copy. Writes only when something changed.
 */
export async function migrateSettings(): Promise<void> {
  const [synced, local] = await Promise.all([settingsItem.getValue(), localSettingsItem.getValue()]);
  const stored = Object.keys(synced).length === 0 && local ? local : synced;
  const normalized = normalizeSettings(stored);
  if (JSON.stringify(synced) !== JSON.stringify(normalized)) await settingsItem.setValue({ ...normalized });
  if (local) await localSettingsItem.removeValue();
}

export async function saveSettings(changes: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...changes });
  await settingsItem.setValue({ ...next });
  return next;
}

/** Calls back with the settings whenever they change (in any part of the extension, or another browser). */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(completed(value ?? {})));
}

/** The chatbots to offer as alternatives, most preferred first: a paused one cannot receive a prompt. */
export function alternativeOrder(settings: Pick<Settings, 'preferredOrder' | 'pausedSites'>): SiteId[] {
  return settings.preferredOrder.filter((id) => !settings.pausedSites.includes(id));
}

/** Whether Detour leaves this site alone. */
export function isPaused(settings: Pick<Settings, 'pausedSites'>, site: SiteId): boolean {
  return settings.pausedSites.includes(site);
}
