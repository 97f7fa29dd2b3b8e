import type { StatusKind, StatusSource } from './sources';
import type { ComponentStatus, FetchedResponse, Health, ProviderStatus, UnknownReason } from './types';

/*
 * Pure readers of status documents. Everything here takes the fetched answer as a parameter and
 * touches no browser API (no DOMParser either: the background service worker has none), so tests
 * hand it saved responses from tests/fixtures/status/.
 *
 * The rule throughout: only a document that reads as the vendor's own format can report trouble.
 * Anything else (an error page, a redirect, a schema Detour does not know) is 'unknown'.
 */

/** Longest summary kept: the popup has one line for it. */
const SUMMARY_LIMIT = 160;

export function unknown(reason: UnknownReason, summary: string): ProviderStatus {
  return { health: 'unknown', reason, summary };
}

/** Reads a fetched answer as the source's kind of document. */
export function parseStatus(source: StatusSource, response: FetchedResponse): ProviderStatus {
  if (response.status < 200 || response.status > 299) {
    return unknown('http-status', `The status page answered HTTP ${response.status}.`);
  }
  if (response.url && !sameDocument(response.url, source.url)) {
    // A redirect lands on a login, a marketing page or another vendor's page: whatever it says,
    // it is not this page's status.
    return unknown('moved', `The status page now redirects to ${describeUrl(response.url)}.`);
  }
  const isFeed = source.kind === 'xai-feed';
  if (!(isFeed ? /xml|rss|atom/i : /json/i).test(response.contentType)) {
    const type = response.contentType.split(';')[0]?.trim() || 'no content type';
    return unknown('wrong-type', `The status page answered ${type}, not ${isFeed ? 'a feed' : 'JSON'}.`);
  }
  if (response.body.trim() === '') return unknown('empty', 'The status page answered with an empty body.');
  if (isFeed) return parseXaiFeed(response.body, source.components);

  let data: unknown;
  try {
    data = JSON.parse(response.body);
  } catch {
    return unknown('unreadable', 'The status page answered JSON that cannot be read (cut short?).');
  }
  return parseJson(source.kind, data, source.components);
}

/** Reads parsed JSON of a JSON kind. */
function parseJson(
  kind: Exclude<StatusKind, 'xai-feed'>,
  data: unknown,
  components: readonly string[],
): ProviderStatus {
  switch (kind) {
    case 'statuspage':
    case 'incident-io':
      return parseStatuspageSummary(data, components);
    case 'instatus':
      return parseInstatusSummary(data);
    case 'google-workspace':
      return parseGoogleIncidents(data, components);
    case 'flashduty':
      return parseFlashdutyWidget(data, components);
  }
}

// --- Statuspage and incident.io -------------------------------------------------------------

/**
 * Statuspage's summary.json (documented for one Statuspage page at
 * https://www.mongodb.com/docs/api/doc/cloud-status/operation/operation-getstatussummary; incident.io
 * answers the same shape): component `status` is operational | degraded_performance |
 * partial_outage | major_outage, plus under_maintenance (didevlab/service-checker's modules);
 * `status.indicator` is none | minor | major | critical, and incidents' impact adds maintenance.
 * The chat's components decide when the page names them; otherwise the page's indicator.
 */
export function parseStatuspageSummary(data: unknown, names: readonly string[]): ProviderStatus {
  if (!isRecord(data)) return wrongShape('Statuspage');
  const components = Array.isArray(data.components) ? data.components.flatMap(readNamedStatus) : undefined;
  const indicator = isRecord(data.status) ? text(data.status.indicator) : undefined;
  if (!components && indicator === undefined) return wrongShape('Statuspage');

  const incidents = records(data.incidents).filter(isUnresolved);
  const relevant = matchByName(components ?? [], names);
  if (relevant.length > 0) {
    const parts = relevant.map((part) => ({ name: part.name, health: componentHealth(part.status) }));
    const health = worstOf(parts.map((part) => part.health));
    const affected = relevant.filter((part) => componentHealth(part.status) !== 'operational');
    // Only an incident that names one of the chat's components explains it; incident.io's
    // incidents name none, and a page-wide incident may be about the API.
    const incident = incidents.find((item) => matchByName(namedStatuses(item.components), names).length > 0);
    const summary =
      affected.length === 0
        ? `${relevant.map((part) => part.name).join(', ')}: operational`
        : joinSummary(text(incident?.name), affected.map((part) => `${part.name}: ${words(part.status)}`).join(', '));
    return health === 'unknown'
      ? {
          ...unknown('wrong-shape', clip(`Unrecognised component status: ${summary}`)),
          scope: 'components',
          components: parts,
        }
      : { health, summary: clip(summary), scope: 'components', components: parts };
  }

  const health = indicator === undefined ? 'unknown' : indicatorHealth(indicator);
  if (health === 'unknown') return wrongShape('Statuspage', `indicator ${JSON.stringify(indicator ?? null)}`);
  const description = isRecord(data.status) ? text(data.status.description) : undefined;
  const summary =
    health === 'operational'
      ? (description ?? 'All systems operational')
      : joinSummary(text(incidents[0]?.name), description ?? words(indicator ?? ''));
  return { health, summary: clip(summary), scope: 'page' };
}

function componentHealth(status: string): Health {
  switch (status) {
    case 'operational':
      return 'operational';
    case 'degraded_performance':
    case 'partial_outage':
    case 'under_maintenance':
      return 'degraded';
    case 'major_outage':
    case 'full_outage': // incident.io's own word for it
      return 'down';
    default:
      return 'unknown';
  }
}

function indicatorHealth(indicator: string): Health {
  switch (indicator) {
    case 'none':
      return 'operational';
    case 'minor':
    case 'major':
    case 'maintenance':
      return 'degraded';
    case 'critical':
      return 'down';
    default:
      return 'unknown';
  }
}

function isUnresolved(incident: Record<string, unknown>): boolean {
  const status = text(incident.status);
  return status !== 'resolved' && status !== 'postmortem' && status !== 'completed';
}

// --- Instatus ---------------------------------------------------------------------------------

/**
 * Instatus's public summary.json (https://instatus.com/help/api/public-data): `page.status` is
 * UP | HASISSUES | UNDERMAINTENANCE; `activeIncidents[].impact` uses the component vocabulary
 * (DEGRADEDPERFORMANCE, PARTIALOUTAGE, MINOROUTAGE, MAJOROUTAGE). It names no components, so the
 * page as a whole decides.
 */
export function parseInstatusSummary(data: unknown): ProviderStatus {
  if (!isRecord(data) || !isRecord(data.page)) return wrongShape('Instatus');
  const pageStatus = text(data.page.status)?.toUpperCase();
  if (pageStatus === undefined) return wrongShape('Instatus');
  const incidents = (Array.isArray(data.activeIncidents) ? data.activeIncidents : [])
    .filter(isRecord)
    .filter((incident) => text(incident.status)?.toUpperCase() !== 'RESOLVED');
  const maintenances = (Array.isArray(data.activeMaintenances) ? data.activeMaintenances : [])
    .filter(isRecord)
    .filter((maintenance) => text(maintenance.status)?.toUpperCase() === 'INPROGRESS');
  const titles = [...incidents, ...maintenances].flatMap((item) => text(item.name) ?? []);

  if (pageStatus === 'UP') {
    // "UP" with an incident listed happens while the vendor is still writing it up: trust the list.
    if (incidents.length === 0) return { health: 'operational', summary: 'All systems operational', scope: 'page' };
  } else if (pageStatus.includes('MAINTENANCE')) {
    return { health: 'degraded', summary: clip(joinSummary(titles[0], 'Under maintenance')), scope: 'page' };
  } else if (pageStatus !== 'HASISSUES' && !/OUTAGE|DEGRADED/.test(pageStatus)) {
    return wrongShape('Instatus', `page status ${pageStatus}`);
  }
  const impacts = incidents.map((incident) => instatusHealth(text(incident.impact)));
  // The page says something is wrong even when no incident says how badly.
  const health = pageStatus === 'ALLMAJOROUTAGE' ? 'down' : worstOf(['degraded', ...impacts]);
  return { health, summary: clip(titles.join('; ') || 'Some systems have issues'), scope: 'page' };
}

function instatusHealth(impact: string | undefined): Health {
  const value = impact?.toUpperCase() ?? '';
  if (value === 'MAJOROUTAGE') return 'down';
  return 'degraded';
}

// --- Google's status dashboard --------------------------------------------------------------

/**
 * The incidents.json of Google's status dashboards (the Workspace one at
 * www.google.com/appsstatus, the same format as status.cloud.google.com's): an array of incidents
 * with `begin`, `end` (absent or null while active), `status_impact` / `most_recent_update.status`
 * (SERVICE_INFORMATION | SERVICE_DISRUPTION | SERVICE_OUTAGE), `severity` (low | medium | high)
 * and `affected_products[]` / `currently_affected_products[]` of `{ title, id }`.
 */
export function parseGoogleIncidents(data: unknown, names: readonly string[]): ProviderStatus {
  if (!Array.isArray(data)) return wrongShape('Google status dashboard');
  const incidents = data.filter(isRecord);
  if (data.length > 0 && !incidents.some((incident) => 'begin' in incident || 'affected_products' in incident)) {
    return wrongShape('Google status dashboard');
  }
  const label = names.join(', ') || 'this product';
  const active = incidents.filter((incident) => !text(incident.end) && concernsProduct(incident, names));
  if (active.length === 0) {
    const summary = `No active ${label} incidents`;
    return { health: 'operational', summary, scope: 'components', components: allAs(names, 'operational') };
  }
  const rated = active.map((incident) => ({ incident, health: googleHealth(incident) }));
  const worst = rated.reduce((a, b) => (rank(b.health) > rank(a.health) ? b : a));
  const update = worst.incident.most_recent_update;
  const desc = text(worst.incident.external_desc) ?? text(isRecord(update) ? update.text : undefined);
  return {
    health: worst.health,
    summary: clip(firstLine(desc) ?? `An active ${label} incident`),
    scope: 'components',
    components: allAs(names, worst.health),
  };
}

function concernsProduct(incident: Record<string, unknown>, names: readonly string[]): boolean {
  const products = [incident.currently_affected_products, incident.affected_products]
    .flatMap((list) => (Array.isArray(list) ? list.filter(isRecord) : []))
    .flatMap((product) => [text(product.title), text(product.current_title)].flatMap((title) => title ?? []));
  const service = text(incident.service_name);
  return [...products, ...(service ? [service] : [])].some((title) => names.some((name) => sameName(title, name)));
}

function googleHealth(incident: Record<string, unknown>): Health {
  const update = isRecord(incident.most_recent_update) ? text(incident.most_recent_update.status) : undefined;
  const impact = update && update !== 'AVAILABLE' ? update : text(incident.status_impact);
  if (impact === 'SERVICE_OUTAGE') return 'down';
  if (impact === 'SERVICE_DISRUPTION' || impact === 'SERVICE_INFORMATION') return 'degraded';
  return text(incident.severity) === 'high' ? 'down' : 'degraded';
}

// --- FlashDuty ----------------------------------------------------------------------------------

/**
 * FlashDuty's public widget summary (https://docs.flashduty.com/zh/on-call/statuspage/widgets):
 * `overall.status` is operational | degraded | partial_outage | full_outage | maintenance;
 * `ongoing_incidents[]` carry `title`, `impact` and `affected_components[]` of `{ name, status }`.
 * A JSON `error` ("status_page_not_found", "widget_summary_unavailable") comes back with a 200.
 */
export function parseFlashdutyWidget(data: unknown, names: readonly string[]): ProviderStatus {
  if (!isRecord(data)) return wrongShape('FlashDuty');
  const error = text(data.error);
  if (error) return unknown('wrong-shape', `The status page reports "${error}".`);
  const overall = isRecord(data.overall) ? text(data.overall.status) : undefined;
  if (overall === undefined || !isRecord(data.overall)) return wrongShape('FlashDuty');
  const incidents = records(data.ongoing_incidents);
  const maintenances = records(data.in_progress_maintenances);

  const parts = incidents
    .flatMap((incident) => namedStatuses(incident.affected_components))
    .filter((part) => names.some((name) => sameName(part.name, name)));
  if (parts.length > 0) {
    const components = parts.map((part) => ({ name: part.name, health: flashdutyHealth(part.status) }));
    const health = worstOf(components.map((part) => part.health));
    const title = incidents.map((incident) => text(incident.title)).find(Boolean);
    const summary = title ?? parts.map((part) => `${part.name}: ${words(part.status)}`).join(', ');
    if (health !== 'unknown') return { health, summary: clip(summary), scope: 'components', components };
  }

  const health = flashdutyHealth(overall);
  if (health === 'unknown') return wrongShape('FlashDuty', `overall status ${overall}`);
  const title = [...incidents, ...maintenances].map((item) => text(item.title)).find(Boolean);
  if (health === 'operational' && incidents.length === 0) {
    const summary = maintenances.length > 0 ? joinSummary(title, 'Maintenance in progress') : 'All systems operational';
    return { health, summary: clip(summary), scope: 'page' };
  }
  // An ongoing incident under an "operational" overall is still being classified: not fine.
  return { health: worstOf([health, 'degraded']), summary: clip(title ?? words(overall)), scope: 'page' };
}

function flashdutyHealth(status: string): Health {
  switch (status) {
    case 'operational':
      return 'operational';
    case 'degraded':
    case 'degraded_performance':
    case 'partial_outage':
    case 'maintenance':
    case 'under_maintenance':
      return 'degraded';
    case 'full_outage':
    case 'major_outage':
      return 'down';
    default:
      return 'unknown';
  }
}

// --- xAI's feed ---------------------------------------------------------------------------------

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
  const worst = rated.reduce((a, b) => (rank(b.health) > rank(a.health) ? b : a));
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

// --- Shared -------------------------------------------------------------------------------------

const RANK: Record<Health, number> = { operational: 0, unknown: 1, degraded: 2, down: 3 };
const rank = (health: Health) => RANK[health];

/** The worst health: down over degraded over unknown over operational. */
function worstOf(healths: readonly Health[]): Health {
  return healths.reduce<Health>((worst, health) => (rank(health) > rank(worst) ? health : worst), 'operational');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function namedStatuses(value: unknown): { name: string; status: string }[] {
  return Array.isArray(value) ? value.flatMap(readNamedStatus) : [];
}

function allAs(names: readonly string[], health: Health): ComponentStatus[] {
  return names.map((name) => ({ name, health }));
}

function readNamedStatus(value: unknown): { name: string; status: string }[] {
  if (!isRecord(value)) return [];
  const name = text(value.name);
  const status = text(value.status);
  return name && status ? [{ name, status }] : [];
}

const normalizeName = (name: string) => name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

function sameName(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}

function matchByName<T extends { name: string }>(parts: readonly T[], names: readonly string[]): T[] {
  return parts.filter((part) => names.some((name) => sameName(part.name, name)));
}

function wrongShape(format: string, detail?: string): ProviderStatus {
  const more = detail ? ` (${detail})` : '';
  return unknown('wrong-shape', `The status page no longer answers in the ${format} format${more}.`);
}

/** "degraded_performance" → "degraded performance". */
function words(status: string): string {
  return status.replace(/_/g, ' ').toLowerCase();
}

function joinSummary(title: string | undefined, detail: string): string {
  return title ? `${title} (${detail})` : detail;
}

function firstLine(value: string | undefined): string | undefined {
  // Google writes markdown ("**Summary**\n…"); keep its first real sentence.
  const line = value
    ?.split('\n')
    .map((part) => part.replace(/[*_#`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim())
    .find((part) => part !== '' && !/^(summary|description)$/i.test(part));
  return line || undefined;
}

function clip(summary: string): string {
  const flat = summary.replace(/\s+/g, ' ').trim();
  return flat.length > SUMMARY_LIMIT ? `${flat.slice(0, SUMMARY_LIMIT - 1).trimEnd()}…` : flat;
}

function sameDocument(answered: string, requested: string): boolean {
  try {
    const a = new URL(answered);
    const b = new URL(requested);
    const path = (url: URL) => url.pathname.replace(/\/+$/, '');
    return a.origin === b.origin && path(a) === path(b);
  } catch {
    return false;
  }
}

function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return 'another address';
  }
}
