import { severity } from '../status/health';
import type { SiteSightings } from '../db/sightings';
import type { SiteId } from '../sites/types';
import type { CheckedStatus, Health } from '../status/types';

/**
 * "Is it me or is it them?": each chatbot's official status beside what Detour saw in the
 * person's own tabs. Pure: the background gathers both and the popup shows the result.
 */

/** Detour's own evidence counts for this long ("failures seen in the last hour"). */
export const OWN_EVIDENCE_MS = 60 * 60 * 1000;

export type OfficialStatus =
  | { readonly kind: 'checked'; readonly status: CheckedStatus }
  /** The vendor publishes no status a browser can read. */
  | { readonly kind: 'none' }
  /** The status document's host needs the person's permission first (see StatusSource.optional). */
  | { readonly kind: 'needs-permission' };

export interface ProviderView {
  readonly site: SiteId;
  readonly official: OfficialStatus;
  /** Failures Detour saw in this browser's tabs in the last hour. */
  readonly seen?: SiteSightings;
  /** When the person last got an answer there (RECENT_ANSWER_MS at most ago): they can use it. */
  readonly lastAnsweredAt?: number;
  /** The two together, for ranking: the worse of them. */
  readonly health: Health;
  /** The status page says all is well while Detour saw failures: official pages lag outages. */
  readonly disagree: boolean;
}

export function providerView(
  site: SiteId,
  official: OfficialStatus,
  seen: SiteSightings | undefined,
  lastAnsweredAt?: number,
): ProviderView {
  const stated = official.kind === 'checked' ? official.status.health : 'unknown';
  // Failures in the person's own tabs make a chatbot at least degraded, whatever its page says.
  const health: Health = seen && severity(stated) < severity('degraded') ? 'degraded' : stated;
  return {
    site,
    official,
    ...(seen && { seen }),
    ...(lastAnsweredAt !== undefined && { lastAnsweredAt }),
    health,
    disagree: seen !== undefined && stated === 'operational',
  };
}
