import { siteById } from '../sites';
import type { SiteId } from '../sites/types';
import type { Health } from '../status/types';

const SEVERITY: Record<Health, number> = { unknown: 0, operational: 0, degraded: 1, down: 2 };

/** How bad a health is, for comparing: unknown counts as no news, not bad news. */
export function severity(health: Health): number {
  return SEVERITY[health];
}

/**
 * The chatbots to offer instead of `current`: healthy (or not known to be unwell) first, degraded
 * after, down last; the person's preferred order within each group.
 */
export function rankAlternatives(
  current: SiteId | undefined,
  preferredOrder: readonly SiteId[],
  health: Partial<Record<SiteId, Health>> = {},
): SiteId[] {
  return preferredOrder
    .filter((id) => id !== current && siteById(id) !== undefined)
    .map((id, index) => ({ id, index, rank: severity(health[id] ?? 'unknown') }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ id }) => id);
}
