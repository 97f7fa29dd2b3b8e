import { siteById } from '../sites';
import type { SiteId } from '../sites/types';
import { severity } from '../status/health';
import type { Health } from '../status/types';
import type { ProviderView } from './view';

/**
 * The chatbots to offer instead of `current`: healthy (or not known to be unwell) first, degraded
 * after, down last; the person's preferred order within each group. Unknown and operational stay
 * in the person's order on purpose: no tie-break here.
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

/**
 * rankAlternatives from the background's provider views ('providers.list'), as the popup, the
 * options page and the 'alternatives.rank' answer all rank: one path, so they cannot disagree.
 * Before the views arrive (an empty list), the person's order stands.
 */
export function alternativesFor(
  current: SiteId | undefined,
  preferredOrder: readonly SiteId[],
  providers: readonly ProviderView[],
): SiteId[] {
  return rankAlternatives(current, preferredOrder, Object.fromEntries(providers.map((view) => [view.site, view.health])));
}
