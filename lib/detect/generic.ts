import type { Failure, FailureKind } from '../model';
import { comesAfter, isInOrAfter, isShown, isSpeck } from '../page/dom';
import { lastTurn, outsideHistory, rememberedBeside } from '../page/tail';
import type { SiteAdapter } from '../sites/types';
import { matchForm, truncate } from '../text';
import { isAuthored, isQuoted } from './authored';
import { readBlocks, textBlocks, type TextBlock } from './blocks';
import { readFailure, vocabularyOf } from './vocabulary';

/**
 * The site-independent layer every adapter gets: what any chat UI's failure looks like, whatever
 * its classes and test ids. It reads two places only, so a look at the page stays cheap:
 * - the ARIA notices (alerts, live regions, status roles, dialogs) that are not history;
 * - the blocks just before the composer: the last reply's end, or an error block between the
 *   thread and the composer, up to the first thing someone wrote.
 */

/** A failure and the element that shows it (the notice keeps clear of it). */
export interface Located {
  readonly failure: Failure;
  readonly element: Element | undefined;
}

/** Longest failure text kept: enough for a title and a notice, never a whole answer. */
const MAX_FAILURE_TEXT = 300;

export function located(kind: FailureKind, place: Failure['place'], text: string, element: Element | undefined): Located {
  return { failure: { kind, place, text: truncate(text.replace(/\s+/g, ' ').trim(), MAX_FAILURE_TEXT) }, element };
}

/** Landmarks that never hold the conversation. */
const CHROME = 'nav, aside, header, footer, [role="navigation"], [role="banner"], [role="complementary"], [role="contentinfo"]';
/** What one look may read before the composer. */
const TAIL_CHARS = 1500;
/** A failure block says what went wrong in a sentence or two. */
const MAX_BLOCK = 400;
/** ...and says it at once: its failure words come within its first few words. */
const NEAR_START = 48;
/** Shorter lines between the composer and a failure are labels (a model's name, "Edited"), not messages. */
const LABEL_CHARS = 20;

const LIVE = '[role="alert"], [role="alertdialog"], [role="status"], [aria-live="assertive"], [aria-live="polite"], [role="dialog"], dialog[open]';
const DIALOG = '[role="dialog"], [role="alertdialog"], dialog';
/** Notices read per look, the newest (last in the page) first. */
const MAX_LIVE = 40;
/** A notice or dialog longer than this is a page of its own, not a notice. */
const MAX_NOTICE = 1000;

/** Where the composer's own controls end: its form, or the editor itself. */
function composerRoot(composer: Element): Element {
  return composer.closest('form, fieldset') ?? composer;
}

interface Tail {
  readonly found?: Located;
  /** The blocks read: the stretch of page after the last thing someone wrote. */
  readonly reached: readonly Element[];
}

function scanTail(composer: Element, site: SiteAdapter): Tail {
  const vocabulary = vocabularyOf(site);
  const reached: Element[] = [];
  const read = (block: TextBlock) =>
    block.text.length <= MAX_BLOCK && !isAuthored(block.element, site) ? readFailure(block.text, vocabulary) : undefined;
  // From the editor itself: a form may hold an error line above it (chat.openai.com's, 2023).
  const blocks = textBlocks(composer, { direction: 'before', maxChars: TAIL_CHARS, skip: CHROME });
  for (let next = blocks.next(); !next.done; next = blocks.next()) {
    const block = next.value;
    // A message: whatever comes before it is history, and it speaks for its author.
    if (isAuthored(block.element, site)) break;
    reached.push(block.element);
    if (block.linked) continue;
    const reading = read(block);
    if (reading && reading.match.index <= NEAR_START && isShown(block.element)) {
      // The card it opens may say more above it ("18 hours before limit is gone" over "Wait or
      // upgrade"): the failure lines just before it, labels between them, belong to it.
      const card = [block];
      for (let more = blocks.next(); !more.done; more = blocks.next()) {
        const earlier = more.value;
        if (earlier.linked || (matchForm(earlier.text).length < LABEL_CHARS && !isAuthored(earlier.element, site))) continue;
        if (!read(earlier)) break;
        card.unshift(earlier);
      }
      const element = card.reduce((common, line) => commonAncestor(common, line.element), block.element);
      return { found: located(reading.kind, 'turn', card.map((line) => line.text).join(' '), element), reached };
    }
    if (matchForm(block.text).length >= LABEL_CHARS) break;
  }
  return { reached };
}

/** The nearest element holding both. */
function commonAncestor(a: Element, b: Element): Element {
  let node: Element | null = a;
  while (node && !node.contains(b)) node = node.parentElement;
  return node ?? a;
}

/** Whether `element` comes before the composer in the page (in the thread, or above it). */
function precedes(element: Element, composer: Element): boolean {
  return comesAfter(element, composerRoot(composer));
}

/**
 * A notice above the composer that a message follows is history: before the last turn, or, without
 * turns to go by, before the last thing someone wrote (where the tail stopped reading).
 */
function isHistory(element: Element, composer: Element | undefined, last: Element | undefined, reached: readonly Element[]): boolean {
  if (!composer || !precedes(element, composer)) return false;
  if (last) return !isInOrAfter(element, last);
  return !reached.some((block) => element.contains(block) || block.contains(element));
}

function ariaFailure(doc: Document, site: SiteAdapter, composer: Element | undefined, reached: readonly Element[]): Located | undefined {
  const vocabulary = vocabularyOf(site);
  const { turn, messageBody } = site.selectors;
  const candidates = outsideHistory(doc, site, LIVE).slice(-MAX_LIVE).reverse();
  const last = candidates.length > 0 ? lastTurn(doc, site) : undefined;
  for (const element of candidates) {
    // A notice is judged by where it sits (in a message, code, a quote), not by its own layout:
    // toast libraries render notices as list items.
    if (!isShown(element) || isQuoted(element, site)) continue;
    // A region around the thread or the composer (a chat log, a modal chat) is the app, not a notice.
    if ((composer && element.contains(composer)) || element.querySelector(`${turn}, ${messageBody}`)) continue;
    if (isHistory(element, composer, last, reached)) continue;
    const blocks = readBlocks(element, { direction: 'within', maxChars: MAX_NOTICE + 1 });
    const text = blocks.filter((block) => !isQuoted(block.element, site)).map((block) => block.text).join(' ');
    if (!text || text.length > MAX_NOTICE) continue;
    const reading = readFailure(text, vocabulary);
    // Squeezed to a pixel by a stylesheet: a route announcer, a screen reader's copy.
    if (!reading || isSpeck(element)) continue;
    const place = element.matches(DIALOG) ? 'dialog' : composer && precedes(element, composer) ? 'turn' : 'toast';
    return located(reading.kind, place, text, element);
  }
  return undefined;
}

/** What one look may read after the composer, where toasts and banners are mounted. */
const OVERLAY_CHARS = 800;

/**
 * A notice drawn after the composer in the page (a toast portal at the end of <body>) that carries
 * no role: a short line, not someone's words, opening with the failure. Where the conversation
 * itself comes after the composer (a reversed layout), what follows it is the thread, not notices.
 */
function overlayFailure(composer: Element, site: SiteAdapter): Located | undefined {
  const root = composerRoot(composer);
  const last = lastTurn(composer.ownerDocument, site);
  if (last && comesAfter(root, last)) return undefined;
  const read = (): Located | undefined => {
    const vocabulary = vocabularyOf(site);
    for (const block of readBlocks(root, { direction: 'after', maxChars: OVERLAY_CHARS, skip: CHROME })) {
      if (block.linked || block.text.length > MAX_BLOCK || isAuthored(block.element, site)) continue;
      const reading = readFailure(block.text, vocabulary);
      if (reading && reading.match.index <= NEAR_START && isShown(block.element)) return located(reading.kind, 'toast', block.text, block.element);
    }
    return undefined;
  };
  // Beside a composer outside the last turn, all it reads comes after that turn: changes inside
  // the turn leave the answer standing.
  return last?.contains(root) ? read() : rememberedBeside(`overlay ${site.id}`, read);
}

/** A failure any chat UI would show this way, read without the adapter's structure. */
export function genericFailure(doc: Document, site: SiteAdapter, composer: Element | undefined): Located | undefined {
  const tail: Tail = composer ? scanTail(composer, site) : { reached: [] };
  return ariaFailure(doc, site, composer, tail.reached) ?? tail.found ?? (composer && overlayFailure(composer, site));
}
