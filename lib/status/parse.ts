// Reads a fetched status answer: the checks every format shares, then the reader for its kind.
import { parseBetterStackIndex } from './formats/betterstack';
import { parseFlashdutyWidget } from './formats/flashduty';
import { parseGoogleIncidents } from './formats/google-workspace';
import { parseInstatusSummary } from './formats/instatus';
import { unknown } from './formats/shared';
import { parseStatuspageSummary } from './formats/statuspage';
import { parseXaiFeed } from './formats/xai-feed';
import type { StatusKind, StatusSource } from './sources';
import type { FetchedResponse, ProviderStatus } from './types';

/*
 * Pure readers of status documents. This file and the per-vendor readers in lib/status/formats/
 * take the fetched answer as a parameter and touch no browser API (no DOMParser either: the
 * background service worker has none), so tests hand them saved responses from
 * tests/fixtures/status/.
 *
 * The rule throughout: only a document that reads as the vendor's own format can report trouble.
 * Anything else (an error page, a redirect, a schema Detour does not know) is 'unknown'.
 */

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
    case 'betterstack':
      return parseBetterStackIndex(data, components);
  }
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
