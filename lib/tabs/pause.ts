import { browser } from 'wxt/browser';
import type { DetourDb } from '../db/schema';
import { SITES } from '../sites';
import type { SiteId } from '../sites/types';
import { refreshTab } from './health';
import { clearTabRecord } from './records';

/**
 * Sites just paused: their open tabs lose what Detour said about them at once (the badge, the
 * state the popup shows), as their content scripts stop; nothing about them is kept.
 */
export async function releasePausedTabs(db: DetourDb, sites: readonly SiteId[], now: number): Promise<void> {
  const patterns = SITES.filter((site) => sites.includes(site.id)).flatMap((site) => site.hosts.map((host) => `https://${host}/*`));
  if (patterns.length === 0) return;
  const tabs = await browser.tabs.query({ url: patterns });
  await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined) return;
      await clearTabRecord(id);
      await refreshTab(db, id, now);
    }),
  );
}
