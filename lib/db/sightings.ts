import type { Failure, Sighting } from '../model';
import type { SiteId } from '../sites/types';
import type { DetourDb } from './schema';

/** Sightings are kept this long: enough for "the last hour" and for a recovery days later. */
export const SIGHTING_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

/** Records a failure seen in a tab, and forgets sightings older than the retention. */
export async function recordSighting(db: DetourDb, site: SiteId, failure: Failure, now: number): Promise<void> {
  await db.transaction('rw', db.sightings, async () => {
    await db.sightings.add({ site, kind: failure.kind, place: failure.place, text: failure.text, at: now });
    await db.sightings.where('at').below(now - SIGHTING_RETENTION_MS).delete();
  });
}

export interface SiteSightings {
  readonly count: number;
  readonly last: Sighting;
}

/** Failures seen per site since `since`, with the latest of each. */
export async function sightingsSince(db: DetourDb, since: number): Promise<Partial<Record<SiteId, SiteSightings>>> {
  const result: Partial<Record<SiteId, SiteSightings>> = {};
  await db.sightings
    .where('at')
    .aboveOrEqual(since)
    .each((sighting) => {
      const known = result[sighting.site];
      result[sighting.site] = { count: (known?.count ?? 0) + 1, last: known && known.last.at > sighting.at ? known.last : sighting };
    });
  return result;
}
