import type { SiteAdapter } from '../sites/types';
import { findPhrase } from '../text';
import { blockText, isInOrAfter, isShown, textLongerThan } from '../page/dom';
import { inPresent, lastTurn, outsideHistory, remembered, threadOf } from '../page/tail';
import { composerElement } from '../page/composer';
import { lastAuthor } from '../page/conversation';
import { isAuthored } from './authored';
import { readBlocks } from './blocks';
import { pageFailure } from './error-page';
import { genericFailure, type Located, located } from './generic';
import { readFailure } from './vocabulary';
import type { Failure } from '../model';

/** An assistant turn with no message body and more text than this is not an error card. */
const MAX_BARE_ERROR_TURN = 500;
/** A reply longer than this is an answer, whatever sentence it contains. */
const MAX_CANNED_REPLY = 200;
/** Room for what a canned reply's markup holds beside its words (hidden labels, code it ignores). */
const CANNED_SLACK = 5;
const CODE = 'pre, code';

/**
 * The failure the chat shows right now, if any, in layers: the whole page; then the adapter's
 * structure (an error in or after the last turn, a toast or dialog); then what any chat UI's
 * failure looks like (lib/detect/generic.ts), so a redesign that breaks the adapter's selectors
 * does not blind Detour. Pure: reads `doc` and nothing else.
 */
export function detectFailure(doc: Document, site: SiteAdapter, composer = composerElement(doc, site)): Failure | undefined {
  return locateFailure(doc, site, composer)?.failure;
}

/** The failure and the element showing it (the in-page notice keeps clear of it). */
export function locateFailure(doc: Document, site: SiteAdapter, composer = composerElement(doc, site)): Located | undefined {
  return (
    pageFailure(doc, site, composer) ??
    lastTurnFailure(doc, site) ??
    noticeFailure(doc, site, composer) ??
    // It never reads a failure in what messages say: a look after changes to their text alone
    // finds what the look before found.
    remembered(`generic ${site.id}`, () => genericFailure(doc, site, composer))
  );
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

function kindOf(text: string, site: SiteAdapter): 'limit' | 'error' {
  return findPhrase(text, site.texts.limit) ? 'limit' : 'error';
}

/**
 * An error in the last turn, or rendered after it. Anything followed by a newer turn is history,
 * not a failure. Words inside a message body or code are what someone wrote, never the UI's,
 * but for a site's canned failure reply.
 */
function lastTurnFailure(doc: Document, site: SiteAdapter): Located | undefined {
  const last = lastTurn(doc, site);
  if (!last) return undefined;
  // A look after changes to messages' text alone finds the same cards (a card added is no text)
  // and the same words outside the reply's body: neither is looked for again down a reply
  // streaming in. A card's own words are read each look: they may be written in after it.
  const cards = remembered(`cards ${site.id}`, () => inPresent(threadOf(doc, site, last), last, site.selectors.turnError));
  const card = cardFailure(cards, last, site);
  if (card) return card;
  const words = remembered(`turn words ${site.id}`, () => turnWordsFailure(doc, site, last));
  return words === 'reply' ? cannedReplyFailure(last, site) : words;
}

/**
 * Structure first: an error card the UI draws in the last turn, or after it in the thread. Words
 * in a message can be anything, but no message body renders these classes and roles. Only the
 * thread's present is read: a card before the last turn is history either way.
 */
function cardFailure(cards: readonly Element[], last: Element, site: SiteAdapter): Located | undefined {
  const unread = unreadSelector(site);
  for (let index = cards.length - 1; index >= 0; index--) {
    const card = cards[index]!;
    if (!isInOrAfter(card, last)) break;
    if (card.closest(unread) || !isShown(card)) continue;
    const text = uiText(card, unread);
    if (text) return located(kindOf(text, site), 'turn', text, card);
  }
  return undefined;
}

/**
 * Text second, only in the chatbot's own turn, outside what the message says: the failure in the
 * last turn's words, or `'reply'` when all there is to read is the reply itself.
 */
function turnWordsFailure(doc: Document, site: SiteAdapter, last: Element): Located | undefined | 'reply' {
  const { selectors } = site;
  if (lastAuthor(doc, site) !== 'assistant') return undefined;
  if (last.querySelector(selectors.messageBody) === null) return bareTurnFailure(last, site);
  const outside = uiText(last, `${selectors.messageBody}, ${unreadSelector(site)}`);
  if (findPhrase(outside, site.texts.error) ?? findPhrase(outside, site.texts.limit)) {
    return located(kindOf(outside, site), 'turn', outside, last);
  }
  return 'reply';
}

/**
 * A reply with no message body: an error card, or an answer whose body the adapter no longer
 * recognises. Only a line that is not prose, code or a quote, and that opens with the failure,
 * counts.
 */
function bareTurnFailure(turn: Element, site: SiteAdapter): Located | undefined {
  const blocks = readBlocks(turn, { direction: 'within', maxChars: MAX_BARE_ERROR_TURN + 1, skip: unreadSelector(site) });
  if (blocks.reduce((chars, block) => chars + block.text.length, 0) > MAX_BARE_ERROR_TURN) return undefined;
  for (const block of blocks) {
    if (isAuthored(block.element, site)) continue;
    const reading = readFailure(block.text, { error: site.texts.error, limit: site.texts.limit });
    if (reading && isShown(block.element)) return located(reading.kind, 'turn', block.text, block.element);
  }
  return undefined;
}

/** A reply that is nothing but one of the site's canned failure sentences. */
function cannedReplyFailure(reply: Element, site: SiteAdapter): Located | undefined {
  const canned = site.texts.cannedReply;
  if (!canned) return undefined;
  // A body added to the reply beside the others is a change to the turn, not to messages' text: a
  // look after text alone finds the same ones.
  const bodies = remembered(`reply bodies ${site.id}`, () => Array.from(reply.querySelectorAll(site.selectors.messageBody)));
  // A reply streaming in is looked at every second: one this long is an answer, read no further.
  if (textLongerThan(bodies, MAX_CANNED_REPLY * CANNED_SLACK)) return undefined;
  const text = bodies.map((body) => blockText(body, site.selectors.ignore))
    .join(' ')
    .trim();
  if (text.length > MAX_CANNED_REPLY || !findPhrase(text, canned)) return undefined;
  return located('error', 'turn', text, reply);
}

/** Toasts, banners and dialogs: structure alone is not enough, their words must say failure. */
function noticeFailure(doc: Document, site: SiteAdapter, composer: Element | undefined): Located | undefined {
  const { selectors } = site;
  const places: [string, Failure['place']][] = [
    [selectors.dialog, 'dialog'],
    [selectors.toast, 'toast'],
  ];
  const last = lastTurn(doc, site);
  for (const [selector, place] of places) {
    for (const notice of outsideHistory(doc, site, selector)) {
      // A notice inside a message is that message's business: the last-turn check reads it, and
      // one in an older message is history. One around the conversation or the composer (a
      // toast provider wrapping the app, a chat in a modal) is the app: its words are the chat's.
      if (notice.closest(selectors.turn) || (selectors.ignore && notice.closest(selectors.ignore))) continue;
      if ((last && notice.contains(last)) || (composer && notice.contains(composer))) continue;
      const text = uiText(notice, unreadSelector(site));
      const kind = findPhrase(text, site.texts.limit) ? 'limit' : findPhrase(text, site.texts.error) ? 'error' : undefined;
      // Whether it is shown costs a style recalculation after any change: asked only of one that
      // says failure (a toast container sits empty in the page all along).
      if (kind && isShown(notice)) return located(kind, place, text, notice);
    }
  }
  return undefined;
}
