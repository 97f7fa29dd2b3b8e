import type { SiteAdapter } from '../sites/types';
import { findPhrase, normalizeText, truncate } from '../text';
import { blockText, hasRole, isInOrAfter, isShown, lastMatch } from '../page/dom';
import { pageFailure } from './error-page';
import type { Failure, FailureKind } from '../model';

/** Longest failure text kept: enough for a title and a notice, never a whole answer. */
const MAX_FAILURE_TEXT = 300;
/** An assistant turn with no message body and more text than this is not an error card. */
const MAX_BARE_ERROR_TURN = 500;
/** A reply longer than this is an answer, whatever sentence it contains. */
const MAX_CANNED_REPLY = 200;
const CODE = 'pre, code';

/**
 * The failure the chat shows right now, if any: the whole page, an error in (or after) the last
 * turn, or a toast or dialog. Pure: reads `doc` through the site's adapter and nothing else.
 */
export function detectFailure(doc: Document, site: SiteAdapter): Failure | undefined {
  return pageFailure(doc, site) ?? lastTurnFailure(doc, site) ?? noticeFailure(doc, site);
}

/**
 * The element that holds the conversation: the nearest ancestor of the last turn that also holds
 * the first. Error cards after the last turn are looked for only there, never in the composer or
 * the rest of the page.
 */
function threadOf(doc: Document, turnSelector: string, last: Element): Element {
  const first = doc.querySelector(turnSelector);
  let thread: Element = last.parentElement ?? last;
  while (first && !thread.contains(first) && thread.parentElement) thread = thread.parentElement;
  return thread;
}

/** What never speaks for the UI: code, whatever it prints, and the site's hidden regions. */
function unreadSelector(site: SiteAdapter): string {
  return site.selectors.ignore ? `${CODE}, ${site.selectors.ignore}` : CODE;
}

/** Controls say what to do ("Retry", "Try again"), not what went wrong. */
const CONTROLS = 'button, [role="button"]';

/** The words a notice or card shows: no controls, no code, nothing only screen readers get. */
function uiText(element: Element, unread: string): string {
  return blockText(element, `${unread}, ${CONTROLS}`);
}

function kindOf(normalized: string, site: SiteAdapter): FailureKind {
  return findPhrase(normalized, site.texts.limit) ? 'limit' : 'error';
}

function failure(kind: FailureKind, place: Failure['place'], text: string): Failure {
  return { kind, place, text: truncate(text.replace(/\s+/g, ' ').trim(), MAX_FAILURE_TEXT) };
}

/**
 * An error in the last turn, or rendered after it. Anything followed by a newer turn is history,
 * not a failure. Words inside a message body or code are what someone wrote, never the UI's.
 */
function lastTurnFailure(doc: Document, site: SiteAdapter): Failure | undefined {
  const { selectors } = site;
  const last = lastMatch(doc, selectors.turn);
  if (!last) return undefined;
  const unread = unreadSelector(site);
  const quoted = `${selectors.messageBody}, ${unread}`;

  // Structure first: an error card the UI draws in the last turn, or after it in the thread.
  // Words in a message can be anything, but no message body renders these classes and roles.
  const thread = threadOf(doc, selectors.turn, last);
  for (const card of Array.from(thread.querySelectorAll(selectors.turnError)).reverse()) {
    if (!isInOrAfter(card, last)) break;
    if (card.closest(unread) || !isShown(card)) continue;
    const text = uiText(card, unread);
    if (text) return failure(kindOf(normalizeText(text), site), 'turn', text);
  }

  // Text second, only in the chatbot's own turn, outside what the message says.
  if (!hasRole(last, selectors.assistantTurn) || hasRole(last, selectors.userTurn)) return undefined;
  const hasBody = last.querySelector(selectors.messageBody) !== null;
  const outside = uiText(last, hasBody ? quoted : unread);
  if (!hasBody && outside.length > MAX_BARE_ERROR_TURN) return undefined;
  const normalized = normalizeText(outside);
  const phrase = findPhrase(normalized, site.texts.error) ?? findPhrase(normalized, site.texts.limit);
  if (phrase) return failure(kindOf(normalized, site), 'turn', outside);
  return hasBody ? cannedReplyFailure(last, site) : undefined;
}

/** A reply that is nothing but one of the site's canned failure sentences. */
function cannedReplyFailure(reply: Element, site: SiteAdapter): Failure | undefined {
  const canned = site.texts.cannedReply;
  if (!canned) return undefined;
  const text = Array.from(reply.querySelectorAll(site.selectors.messageBody), (body) => blockText(body, site.selectors.ignore))
    .join(' ')
    .trim();
  if (text.length > MAX_CANNED_REPLY || !findPhrase(normalizeText(text), canned)) return undefined;
  return failure('error', 'turn', text);
}

/** Toasts, banners and dialogs: structure alone is not enough, their words must say failure. */
function noticeFailure(doc: Document, site: SiteAdapter): Failure | undefined {
  const { selectors } = site;
  const places: [string, Failure['place']][] = [
    [selectors.dialog, 'dialog'],
    [selectors.toast, 'toast'],
  ];
  for (const [selector, place] of places) {
    for (const notice of Array.from(doc.querySelectorAll(selector))) {
      // A notice inside a message is that message's business: the last-turn check reads it, and
      // one in an older message is history.
      if (notice.closest(selectors.turn) || (selectors.ignore && notice.closest(selectors.ignore)) || !isShown(notice)) continue;
      const text = uiText(notice, unreadSelector(site));
      const normalized = normalizeText(text);
      if (findPhrase(normalized, site.texts.limit)) return failure('limit', place, text);
      if (findPhrase(normalized, site.texts.error)) return failure('error', place, text);
    }
  }
  return undefined;
}
