import { EDITABLE } from '../page/composer';
import type { SiteAdapter } from '../sites/types';

/**
 * What a person wrote (or the chatbot wrote for them) rather than what the UI says: detection
 * never reads a failure there, whatever words it holds. Structure first (the adapter's message
 * bodies and user turns), then what every renderer of messages shares: code, quotes, tables,
 * lists, and paragraphs set as prose.
 */

/** Quoted or verbatim content, in any renderer. */
const QUOTING = 'pre, code, kbd, samp, blockquote, q, table';
/**
 * Children that make a container prose (rendered Markdown), when it has two or more of them: a
 * list of two items is a list someone wrote. (A toast library's list of notices is not read this
 * way: notices are judged by where they sit, see isQuoted.)
 */
const PROSE = new Set(['P', 'UL', 'OL', 'LI', 'DL', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'BLOCKQUOTE', 'TABLE', 'HR']);
/** How far up a paragraph's prose container is looked for. */
const PROSE_LEVELS = 3;

const authoredSelectors = new WeakMap<SiteAdapter, string>();

function authoredSelector(site: SiteAdapter): string {
  let selector = authoredSelectors.get(site);
  if (!selector) {
    const { messageBody, ignore } = site.selectors;
    selector = [QUOTING, EDITABLE, messageBody, ignore].filter(Boolean).join(', ');
    authoredSelectors.set(site, selector);
  }
  return selector;
}

/** Whether the element sits in a rendered answer: a container with several paragraphs, lists or headings. */
function inProse(element: Element): boolean {
  let node: Element | null = element;
  for (let level = 0; node && level < PROSE_LEVELS; level++, node = node.parentElement) {
    let prose = 0;
    for (const child of Array.from(node.children)) if (PROSE.has(child.tagName) && ++prose >= 2) return true;
  }
  return false;
}

/** Whether `element` is part of what a person (or the chatbot, for them) wrote. */
export function isAuthored(element: Element, site: SiteAdapter): boolean {
  return isQuoted(element, site) || element.closest(LIST_ITEM) !== null || inProse(element);
}

/**
 * An item of a list someone wrote. Not part of isQuoted: toast libraries render their notices as
 * list items too, and a notice is judged by where it sits.
 */
const LIST_ITEM = 'li, dd';

/** Whether `element` is in a message body, code, a quote, a table or a list: the part of isAuthored that needs no context. */
export function isQuoted(element: Element, site: SiteAdapter): boolean {
  if (element.closest(authoredSelector(site))) return true;
  // A user's turn is theirs, except around its text where the adapter can tell it apart: a failed
  // send shows its error and Retry there.
  const turn = element.closest(site.selectors.userTurn);
  return turn !== null && turn.querySelector(site.selectors.messageBody) === null && !offersRetry(element);
}

/** "Retry" as chat UIs label the control beside a failed reply or send, in Detour's languages. */
const RETRY = /^(retry|try again|regenerate|reintentar|volver a intentar|réessayer|erneut versuchen|wiederholen|tentar novamente|repetir|riprova|再試行|もう一度|重试|重新生成|重試|다시 시도|повторить|thử lại)/;

/** Whether the element, or the card it sits in, offers a Retry: the mark of an error card anywhere. */
export function offersRetry(element: Element): boolean {
  let card: Element | null = element;
  for (let level = 0; card && level < 3; level++, card = card.parentElement) {
    const controls = Array.from(card.querySelectorAll('button, [role="button"]'));
    if (controls.some((control) => RETRY.test((control.getAttribute('aria-label') ?? control.textContent ?? '').trim().toLowerCase()))) return true;
  }
  return false;
}
