import type { Health } from './types';

/*
 * Detour's one order of healths. 'unknown' means a status page that did not answer, moved or has
 * not been asked yet: no news, not bad news (a failed check is never an outage). So, for choosing
 * where to send a prompt, unknown ranks with operational: a chatbot whose page is unreadable is no
 * reason to prefer a degraded one. Where "known to be fine" must still beat "no news" (the worst
 * of several components: one unreadable part and the page cannot vouch for the whole),
 * compareHealth breaks that tie, within the same order.
 */
const SEVERITY: Record<Health, number> = { operational: 0, unknown: 0, degraded: 1, down: 2 };

/** How bad a health is, for ranking alternatives; unknown counts as operational (see above). */
export function severity(health: Health): number {
  return SEVERITY[health];
}

/** Best first, for readers that must not let "no news" pass for "fine" (see above). */
export function compareHealth(a: Health, b: Health): number {
  return severity(a) - severity(b) || Number(a === 'unknown') - Number(b === 'unknown');
}

/** The worst of several healths: down over degraded over unknown over operational. */
export function worstOf(healths: readonly Health[]): Health {
  return healths.reduce<Health>((worst, health) => (compareHealth(health, worst) > 0 ? health : worst), 'operational');
}
