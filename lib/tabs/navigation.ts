import type { Failure, TabRecord } from '../model';
import { isSignInUrl, siteForUrl } from '../sites';
import type { SiteId } from '../sites/types';

/**
 * Gates a tab passes through on its way to the chat: the site's sign-in page and "verify you are
 * human" challenges. Once is normal; again and again within a minute is a failure the outage
 * reports name (a login loop, a challenge that never lets you in). The background sees the tab's
 * navigations (sign-in pages, by URL) and the content script's reports (challenge pages).
 */
export type Gate = 'sign-in' | 'challenge';

export interface Arrival {
  readonly gate: Gate;
  /** When the tab arrived there (the page's load time, for a challenge). */
  readonly at: number;
  /** Whose gate it is. */
  readonly site: SiteId;
}

/** How many arrivals at the same gate within how long make a loop. */
export const LOOP = { arrivals: 3, withinMs: 60_000 } as const;
/** Two arrivals this close are one navigation seen twice (a redirect's two updates). */
const SAME_ARRIVAL_MS = 1000;

/** The tab's navigation to `url`, if that is a chatbot's sign-in page. */
export function signInArrival(url: string | undefined, at: number): Arrival | undefined {
  const site = siteForUrl(url);
  return site && isSignInUrl(new URL(url!), site) ? { gate: 'sign-in', at, site: site.id } : undefined;
}

/** The arrivals still in the window, with `arrival` added unless it is one already counted. */
export function arrive(arrivals: readonly Arrival[], arrival: Arrival): Arrival[] {
  const recent = arrivals.filter((earlier) => arrival.at - earlier.at < LOOP.withinMs);
  const counted = recent.some((earlier) => earlier.gate === arrival.gate && Math.abs(earlier.at - arrival.at) < SAME_ARRIVAL_MS);
  return counted ? recent : [...recent, arrival];
}

/**
 * The loop the tab is in now, if any: enough arrivals at one gate within the window, and the tab
 * not since settled on a chat page it reads (the person got in).
 */
export function loopOf(
  arrivals: readonly Arrival[],
  page: Pick<TabRecord, 'page' | 'health' | 'at'> | undefined,
  now: number,
): { readonly gate: Gate; readonly count: number } | undefined {
  const latest = arrivals.at(-1);
  if (!latest) return undefined;
  const inside = page?.page?.kind === 'chat' && page.health.status !== 'blind' && page.at > latest.at;
  if (inside) return undefined;
  const count = arrivals.filter((arrival) => arrival.gate === latest.gate && now - arrival.at < LOOP.withinMs).length;
  return count >= LOOP.arrivals ? { gate: latest.gate, count } : undefined;
}

/** The loop as a failure, in the words `describe` gives it. */
export function loopFailure(loop: { readonly gate: Gate; readonly count: number }, describe: (gate: Gate, count: number) => string): Failure {
  return { kind: 'page', place: 'page', text: describe(loop.gate, loop.count) };
}
