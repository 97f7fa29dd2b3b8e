import { siteById } from './sites';
import type { SiteId } from './sites/types';

/** The chatbots to offer instead of `current`, in the person's preferred order. */
export function rankAlternatives(current: SiteId | undefined, preferredOrder: readonly SiteId[]): SiteId[] {
  return preferredOrder.filter((id) => id !== current && siteById(id) !== undefined);
}
