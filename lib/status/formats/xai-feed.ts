// Reads status.x.ai's RSS feed of incidents, without a DOM parser.
import type { Health, ProviderStatus } from '../types';
import { allAs, clip, sameName, unknown, wrongShape } from './shared';
import { compareHealth } from '../health';

/**
 * status.x.ai's RSS: each `<item>` is one incident on one surface, titled "[Grok (Web)] …", its
 * description carrying "Status: ACTIVE | RESOLVED" and "Severity: outage | degraded | …", with the
 * same words as `<category>`s. Read with regular expressions, as no DOM parser exists in a service
 * worker. An item whose status cannot be read is skipped; a feed where none can is 'unknown'.
 */
export function parseXaiFeed(xml: string, names: readonly string[]): ProviderStatus {
  if (!/<rss[\s>]/i.test(xml) || !/<channel[\s>]/i.test(xml)) {
    return unknown('unreadable', 'The status page answered something that is not an RSS feed.');
  }
  const items = [...xml.matchAll(/<item\b[^>]*>([\s\S]*?)<\/item>/gi)].map((match) => readFeedItem(match[1] ?? ''));
  const readable = items.filter((item) => item.open !== undefined);
  if (items.length > 0 && readable.length === 0) return wrongShape('xAI feed', 'no item has a status');

  // An item without a "[scope]" is about the whole service.
  const relevant = readable.filter(
    (item) => item.scope === undefined || names.some((name) => sameName(item.scope ?? '', name)),
  );
  const open = relevant.filter((item) => item.open);
  const label = names.join(', ') || 'all services';
  if (open.length === 0) {
    const summary = `No open incidents for ${label}`;
    return { health: 'operational', summary, scope: 'components', components: allAs(names, 'operational') };
  }
  const rated = open.map((item) => ({ item, health: feedSeverityHealth(item.severity) }));
  const worst = rated.reduce((a, b) => (compareHealth(b.health, a.health) > 0 ? b : a));
  return {
    health: worst.health,
    summary: clip(worst.item.title),
    scope: 'components',
    components: allAs(names, worst.health),
  };
}

interface FeedItem {
  readonly title: string;
  readonly scope: string | undefined;
  /** undefined: the item says nothing Detour can read about whether it is still open. */
  readonly open: boolean | undefined;
  readonly severity: string | undefined;
}

const CLOSED_STATES = ['resolved', 'completed', 'closed', 'postmortem'];
const OPEN_STATES = ['active', 'investigating', 'identified', 'monitoring', 'ongoing', 'in_progress'];

function readFeedItem(item: string): FeedItem {
  const rawTitle = xmlText(item.match(/<title\b[^>]*>([\s\S]*?)<\/title>/i)?.[1] ?? '');
  const scopeMatch = rawTitle.match(/^\s*\[([^\]]+)\]\s*(.*)$/);
  const description = xmlText(item.match(/<description\b[^>]*>([\s\S]*?)<\/description>/i)?.[1] ?? '');
  const categories = [...item.matchAll(/<category\b[^>]*>([\s\S]*?)<\/category>/gi)].map((match) =>
    xmlText(match[1] ?? '').toLowerCase(),
  );
  const isState = (word: string) => CLOSED_STATES.includes(word) || OPEN_STATES.includes(word);
  const state = description.match(/Status:\s*([A-Za-z_]+)/i)?.[1]?.toLowerCase() ?? categories.find(isState);
  const severity =
    description.match(/Severity:\s*([A-Za-z_]+)/i)?.[1]?.toLowerCase() ?? categories.find((word) => !isState(word));
  return {
    title: (scopeMatch?.[2] || rawTitle).trim(),
    scope: scopeMatch?.[1]?.trim(),
    open: state === undefined ? undefined : !CLOSED_STATES.includes(state),
    severity,
  };
}

function feedSeverityHealth(severity: string | undefined): Health {
  if (severity === undefined || /partial/.test(severity)) return 'degraded';
  return /outage|down|critical|unavailable/.test(severity) ? 'down' : 'degraded';
}

/** The text of an XML element's content: CDATA unwrapped, tags dropped, common entities decoded. */
function xmlText(content: string): string {
  const unwrapped = content.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
  return decodeEntities(decodeEntities(unwrapped).replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[lower] ?? '';
  });
}
