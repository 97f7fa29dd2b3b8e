import { AT_CAPACITY, mergePhrases, SERVICE_UNAVAILABLE, TOO_MANY_REQUESTS, VERIFY_HUMAN } from '../sites/common-texts';
import type { Phrases, SiteAdapter } from '../sites/types';
import { findPhrase, matchForm, truncate } from '../text';
import { readBlocks } from './blocks';
import { type Located, located } from './generic';

/**
 * Whole-page failures: the app is not there (no composer, no conversation) and what is there says
 * the service is down: an HTTP or CDN error page, a capacity or maintenance page, at any path of
 * the site. Read from the title, the main headings and the top of the page only: an error page
 * says what it is at once, and a page with the app never gets this far.
 */

/** Markers of Cloudflare's own error pages (5xx from the edge), which many chatbots sit behind. */
const CDN_ERROR_PAGE = '#cf-error-details, .cf-error-code, #cf-wrapper .cf-error-overview';
/** Markers of a "verify you are human" challenge page (Cloudflare's managed challenge, Turnstile). */
const CHALLENGE_PAGE = '#challenge-running, #challenge-stage, #challenge-form, #cf-challenge-running, #challenge-body-text, .cf-turnstile, iframe[src*="challenges.cloudflare.com"]';
/** The titles a Cloudflare challenge page carries, in the languages it is served in. */
const CHALLENGE_TITLES = ['just a moment', 'un momento', 'un instant', 'einen moment', 'um momento', 'un attimo', 'しばらくお待ちください', '请稍候', '請稍候', '잠시만 기다리십시오', 'минутку', 'vui lòng chờ'];

/** Only the top of a page is read. */
const MAX_PAGE_TEXT = 3000;
/**
 * An error page says little: a page with more text than this is content (a shared conversation,
 * a help article), and only its title or headings could call it an error page.
 */
const MAX_ERROR_PAGE_TEXT = 2000;
/** A status code in a short title or heading ("502", "Error 503", "HTTP ERROR 500", "chatgpt.com | 502: Bad gateway"). */
const STATUS_LINE = /(?:^|[^\d.,])(5\d\d)(?:[^\d.,%]|$)/;
const MAX_STATUS_LINE = 80;

const pagePhrases = new WeakMap<SiteAdapter, Phrases>();

function phrasesOf(site: SiteAdapter): Phrases {
  let phrases = pagePhrases.get(site);
  if (!phrases) {
    phrases = mergePhrases(SERVICE_UNAVAILABLE, AT_CAPACITY, TOO_MANY_REQUESTS, site.texts.page);
    pagePhrases.set(site, phrases);
  }
  return phrases;
}

/** What the page says at its top: its title, its main headings, then the start of its text (the whole of an error page's). */
function pageLines(doc: Document): { title: string; headings: string[]; text: string } {
  const headings = Array.from(doc.querySelectorAll('h1, h2'), (heading) => (heading.textContent ?? '').trim())
    .filter(Boolean)
    .slice(0, 4);
  const body = doc.body;
  // What the page quotes (code, a quoted message) is not what it says about itself. A bare <pre>
  // is how a browser shows a plain-text answer ("Rate exceeded."), so only code inside one is left.
  const blocks = body ? readBlocks(body, { direction: 'within', maxChars: MAX_PAGE_TEXT, shownOnly: true, skip: 'code, blockquote, q' }) : [];
  const text = blocks.map((block) => block.text).join('\n');
  return { title: doc.title.trim(), headings, text };
}

/** Whether the page is a "verify you are human" challenge (not a failure on its own: see lib/tabs/navigation.ts). */
export function isChallengePage(doc: Document): boolean {
  if (doc.querySelector(CHALLENGE_PAGE)) return true;
  const title = matchForm(doc.title);
  if (CHALLENGE_TITLES.some((start) => title.startsWith(matchForm(start)))) return true;
  const top = doc.body ? readBlocks(doc.body, { direction: 'within', maxChars: 600, shownOnly: true }).map((block) => block.text).join(' ') : '';
  return findPhrase(top, VERIFY_HUMAN) !== undefined;
}

/**
 * The whole page is a failure: the app is not there and the page says it is an error page. A page
 * with a composer or turns is a chat, whatever its messages say; a challenge page is a gate.
 */
export function pageFailure(doc: Document, site: SiteAdapter, composer: Element | undefined): Located | undefined {
  if (composer || doc.querySelector(site.selectors.turn) || isChallengePage(doc)) return undefined;
  const { title, headings, text } = pageLines(doc);
  if (text.length > MAX_ERROR_PAGE_TEXT) return undefined;
  const lines = [title, ...headings];
  const statusLine = lines.find((line) => line.length <= MAX_STATUS_LINE && STATUS_LINE.test(line));
  const phrase = findPhrase(`${lines.join('\n')}\n${text}`, phrasesOf(site));
  if (!phrase && !statusLine && !doc.querySelector(CDN_ERROR_PAGE)) return undefined;
  const label = pageLabel(lines, text, phrase, statusLine);
  const code = STATUS_LINE.exec(label)?.[1] ?? STATUS_LINE.exec(lines.join(' '))?.[1] ?? /\b(429)\b/.exec(text)?.[1];
  const words = code && !label.includes(code) ? `${code} ${label}` : label;
  return located('page', 'page', truncate(words, 300), doc.querySelector('h1') ?? doc.body ?? undefined);
}

/** The page's own words for what went wrong: the title or heading holding them, else the shortest line that does. */
function pageLabel(lines: readonly string[], text: string, phrase: string | undefined, statusLine: string | undefined): string {
  const [title = ''] = lines;
  if (!phrase) return statusLine ?? (title || 'Error page');
  const holding = [...lines, ...text.split('\n')].filter((line) => line && matchForm(line).includes(phrase));
  if (holding[0] === title) return title;
  return holding.sort((a, b) => a.length - b.length)[0] ?? (title || truncate(text, 120));
}
