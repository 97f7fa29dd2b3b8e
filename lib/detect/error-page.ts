import type { SiteAdapter } from '../sites/types';
import { findPhrase, normalizeText, truncate } from '../text';
import type { Failure } from '../model';

/**
 * How HTTP error pages read, whoever serves them (the site's own server, its CDN, a proxy).
 * Site-specific whole-page texts ("at capacity") live in each adapter's `texts.page`.
 */
const HTTP_FAILURE_PHRASES = {
  en: [
    'bad gateway',
    'gateway timeout',
    'gateway time-out',
    'service unavailable',
    'service temporarily unavailable',
    'internal server error',
    'web server is down',
    'origin is unreachable',
    'a timeout occurred',
    'too many requests',
  ],
} as const;

/** Markers of Cloudflare's own error pages (5xx from the edge), which many chatbots sit behind. */
const CDN_ERROR_PAGE = '#cf-error-details, .cf-error-code, #cf-wrapper .cf-error-overview';

/** Only the top of a page is read: an error page says what it is at once. */
const MAX_PAGE_TEXT = 4000;

/**
 * The whole page is a failure: no conversation and no composer, and the page says it is an
 * error page. A page that has a composer or turns is a chat, whatever its messages say.
 */
export function pageFailure(doc: Document, site: SiteAdapter): Failure | undefined {
  const { selectors } = site;
  if (doc.querySelector(selectors.composer) || doc.querySelector(selectors.turn)) return undefined;
  const title = doc.title.trim();
  const body = (doc.body?.textContent ?? '').slice(0, MAX_PAGE_TEXT);
  const normalized = normalizeText(`${title} ${body}`);
  const phrase = findPhrase(normalized, HTTP_FAILURE_PHRASES) ?? findPhrase(normalized, site.texts.page);
  if (!phrase && !doc.querySelector(CDN_ERROR_PAGE)) return undefined;
  const code = /\b(5\d\d|429)\b/.exec(normalized)?.[1];
  const label = pageLabel(doc, title, phrase);
  const text = code && !label.includes(code) ? `${code} ${label}` : label;
  return { kind: 'page', place: 'page', text: truncate(text.replace(/\s+/g, ' '), 300) };
}

/** The page's own words for what went wrong: its title, or the shortest line holding the phrase. */
function pageLabel(doc: Document, title: string, phrase: string | undefined): string {
  if (!phrase || normalizeText(title).includes(phrase)) return title || 'Error page';
  // <pre>: how a browser shows a plain-text error response ("Rate exceeded.").
  const lines = Array.from(doc.querySelectorAll('h1, h2, h3, p, div, span, center, pre'), (element) =>
    (element.textContent ?? '').trim(),
  );
  const holding = lines.filter((line) => normalizeText(line).includes(phrase));
  return holding.sort((a, b) => a.length - b.length)[0] ?? (title || truncate(doc.body?.textContent?.trim() ?? '', 120));
}
