import { directoryEntry } from '../sites/directory';
import type { SiteId } from '../sites/types';
import { severity } from '../status/health';
import type { Health } from '../status/types';
import type { ProviderView } from './view';

/** An answer Detour saw on a chatbot within this long says the person can use it (signed in, or no account needed). */
export const RECENT_ANSWER_MS = 30 * 24 * 60 * 60 * 1000;

/** What Detour knows of each chatbot when it ranks them: all passed in, so ranking stays pure. */
export interface RankEvidence {
  /** Official status and Detour's own sightings, together (ProviderView.health). */
  readonly health?: Partial<Record<SiteId, Health>>;
  /** When Detour last saw the person get an answer there. */
  readonly lastAnsweredAt?: Partial<Record<SiteId, number>>;
  readonly now?: number;
}

/** Why an alternative stands where it does, in the order it is ranked by. */
export interface Alternative {
  readonly site: SiteId;
  readonly health: Health;
  /** Set when the person got an answer there within RECENT_ANSWER_MS. */
  readonly usedAt?: number;
  /** Sending there needs a sign-in that Detour has no sign of. */
  readonly needsAccount: boolean;
}

/**
 * The chatbots to offer instead of `current`, most likely to work for this person first: healthy
 * (or not known to be unwell) before degraded before down; within each, those where the person got
 * an answer recently, then those that need no account, then the rest; the person's preferred order
 * breaks every tie. Unknown and operational health stay together on purpose (lib/status/health.ts).
 */
export function rankAlternatives(current: SiteId | undefined, preferredOrder: readonly SiteId[], evidence: RankEvidence = {}): Alternative[] {
  const now = evidence.now ?? Date.now();
  return preferredOrder
    .flatMap((id, index) => {
      const site = id === current ? undefined : directoryEntry(id);
      if (!site) return [];
      const health = evidence.health?.[id] ?? 'unknown';
      const answered = evidence.lastAnsweredAt?.[id];
      const usedAt = answered !== undefined && now - answered <= RECENT_ANSWER_MS ? answered : undefined;
      const tier = usedAt !== undefined ? 0 : site.needsAccount ? 2 : 1;
      const alternative: Alternative = { site: id, health, ...(usedAt !== undefined && { usedAt }), needsAccount: site.needsAccount && usedAt === undefined };
      return [{ alternative, rank: [severity(health), tier, index] as const }];
    })
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2] - b.rank[2])
    .map(({ alternative }) => alternative);
}

/**
 * rankAlternatives from the background's provider views ('providers.list'), as the popup, the
 * options page and the 'alternatives.rank' answer all rank: one path, so they cannot disagree.
 * Before the views arrive (an empty list), the person's order stands, account needs aside.
 */
export function alternativesFor(
  current: SiteId | undefined,
  preferredOrder: readonly SiteId[],
  providers: readonly ProviderView[],
  now: number = Date.now(),
): Alternative[] {
  const health = Object.fromEntries(providers.map((view) => [view.site, view.health]));
  const lastAnsweredAt = Object.fromEntries(providers.flatMap((view) => (view.lastAnsweredAt === undefined ? [] : [[view.site, view.lastAnsweredAt]])));
  return rankAlternatives(current, preferredOrder, { health, lastAnsweredAt, now });
}
