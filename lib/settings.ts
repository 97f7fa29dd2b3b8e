import { storage } from 'wxt/utils/storage';
import { SITES } from './sites';
import { SITE_IDS, type SiteId } from './sites/types';

/** What a person can change on the options page. */
export interface Settings {
  /** Seconds a reply may stand still, while the site says it is generating, before it is a stall. */
  readonly stallSeconds: number;
  /** Seconds after a send within which a reply must start. */
  readonly noReplySeconds: number;
  /** Press send after filling the other chatbot's composer, or leave the prompt there. */
  readonly sendMode: 'send' | 'fill';
  /** Send the earlier turns of a failed conversation along with the prompt. */
  readonly includeContext: boolean;
  /** Show Detour's notice inside the chatbot's page when something fails. */
  readonly showNotice: boolean;
  /** The alternatives, most preferred first. */
  readonly preferredOrder: readonly SiteId[];
}

export const DEFAULT_SETTINGS: Settings = {
  stallSeconds: 60,
  noReplySeconds: 30,
  sendMode: 'send',
  includeContext: false,
  showNotice: true,
  preferredOrder: SITES.map((site) => site.id),
};

/** Bounds on the two waits, so a typo cannot make every reply a stall or none. */
export const WAIT_LIMITS = { min: 5, max: 600 } as const;

const clampSeconds = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value)
    ? Math.min(WAIT_LIMITS.max, Math.max(WAIT_LIMITS.min, Math.round(value)))
    : fallback;

/**
 * Settings as stored may be from an older Detour, partial or hand-edited: every field is checked
 * and defaulted, and sites Detour gained since are appended to the preferred order.
 */
export function normalizeSettings(stored: unknown): Settings {
  const raw = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Record<keyof Settings, unknown>>;
  const order = Array.isArray(raw.preferredOrder)
    ? raw.preferredOrder.filter((id, index, all): id is SiteId => SITE_IDS.includes(id) && all.indexOf(id) === index)
    : [];
  return {
    stallSeconds: clampSeconds(raw.stallSeconds, DEFAULT_SETTINGS.stallSeconds),
    noReplySeconds: clampSeconds(raw.noReplySeconds, DEFAULT_SETTINGS.noReplySeconds),
    sendMode: raw.sendMode === 'fill' ? 'fill' : 'send',
    includeContext: raw.includeContext === true,
    showNotice: raw.showNotice !== false,
    preferredOrder: [...order, ...DEFAULT_SETTINGS.preferredOrder.filter((id) => !order.includes(id))],
  };
}

const settingsItem = storage.defineItem<Record<string, unknown>>('local:settings', { fallback: {} });

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/**
 * Brings stored settings up to this version's shape (run by the background on install and
 * update). Writes only when something changed.
 */
export async function migrateSettings(): Promise<void> {
  const stored = await settingsItem.getValue();
  const normalized = normalizeSettings(stored);
  if (JSON.stringify(stored) !== JSON.stringify(normalized)) await settingsItem.setValue({ ...normalized });
}

export async function saveSettings(changes: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...changes });
  await settingsItem.setValue({ ...next });
  return next;
}

/** Calls back with the settings whenever they change (in any part of the extension). */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(normalizeSettings(value)));
}
