import type { SiteAdapter } from '../sites/types';
import { isShown, lastMatch } from './dom';

/**
 * The part of the page a look reads: everything but the conversation's older turns. A thread of
 * 1,000 turns is most of a chat page, and nothing Detour looks for lives in its history (a notice
 * in an old message is history; the composer, the stop control, toasts and dialogs sit outside
 * it), so leaving it out keeps one look's cost flat however long the conversation grows.
 */

/** The last turn each document showed at the previous look, per site (pages change one turn at a time). */
const lastSeen = new WeakMap<Document, WeakMap<SiteAdapter, Element>>();
/** How many turns the thread had when each last turn was found (counted once per new last turn). */
const counts = new WeakMap<Element, number>();

/**
 * What one look has found so far, by question: the page does not change while a look runs, so
 * each query is made once a look. Outside a look (`duringLook`) nothing is kept.
 */
let memo: LookAnswers | undefined;

/**
 * What a look found, by question. Everything it keeps (the last turn, the composer, the notices and
 * controls outside the thread's history) stands as long as nothing changed but the text inside
 * messages: a look after such changes alone may start from the answers of the one before. Those
 * about the page beside the last turn (keyed `BESIDE`) stand after changes inside that turn too.
 */
export type LookAnswers = Map<string, unknown>;

/** The key prefix of answers about the page beside the last turn: the thread's element, and what lies outside the thread. */
const BESIDE = 'beside ';

const lastKey = (site: SiteAdapter) => `last ${site.id}`;

/**
 * Runs one look at the page, answering each of its repeated questions about the page once:
 * afresh, or from `answers` a look made before, when the page changed only inside messages' text
 * since then (a reply streaming in), or those of `besideLastTurn`.
 */
export function duringLook<T>(look: () => T, answers: LookAnswers = new Map()): T {
  if (memo) return look();
  memo = answers;
  try {
    return look();
  } finally {
    memo = undefined;
  }
}

/** The last turn the look that gave `answers` found, if it found one. */
export function lastTurnFound(answers: LookAnswers, site: SiteAdapter): Element | undefined {
  return answers.get(lastKey(site)) as Element | undefined;
}

/**
 * The answers of a look that still stand after changes inside its last turn alone (a reply's
 * action row drawn, a card in it): those about the page beside that turn, as long as it is still
 * the last one. Nothing about the last turn itself, or about the thread's present, is kept.
 * Nothing was added outside the turn, so it is still the last one unless it stopped being a turn
 * or now holds one: only the turn itself is read again, not the page after it.
 */
export function besideLastTurn(answers: LookAnswers, doc: Document, site: SiteAdapter): LookAnswers {
  const last = lastTurnFound(answers, site);
  const { turn } = site.selectors;
  if (!last?.isConnected || last.ownerDocument !== doc || !last.matches(turn) || last.querySelector(turn)) return new Map();
  const kept: LookAnswers = new Map([[lastKey(site), last]]);
  for (const [key, answer] of answers) if (key.startsWith(BESIDE)) kept.set(key, answer);
  return kept;
}

/**
 * `find()`, asked once a look under `key`, for an answer about the page beside the last turn
 * alone (nothing inside that turn can change it): kept across looks after changes inside it.
 */
export function rememberedBeside<T>(key: string, find: () => T): T {
  return remembered(`${BESIDE}${key}`, find);
}

/** `find()`, asked once a look under `key`; outside a look, asked each time. */
export function remembered<T>(key: string, find: () => T): T {
  if (!memo) return find();
  if (memo.has(key)) return memo.get(key) as T;
  const found = find();
  memo.set(key, found);
  return found;
}

/**
 * The last element matching `selector` that is `known`, inside it or after it in document order,
 * read from the end of the page backwards: only what follows `known` (the composer, toasts) and
 * `known` itself are read.
 */
function lastFrom(known: Element, selector: string): Element | undefined {
  const levels: Element[] = [];
  for (let node: Element | null = known; node; node = node.parentElement) levels.push(node);
  for (let level = levels.length - 1; level >= 0; level--) {
    for (let sibling = levels[level]!.parentElement?.lastElementChild ?? null; sibling && sibling !== levels[level]; sibling = sibling.previousElementSibling) {
      const found = lastMatch(sibling, selector) ?? (sibling.matches(selector) ? sibling : undefined);
      if (found) return found;
    }
  }
  return lastMatch(known, selector) ?? known;
}

/**
 * The conversation's last turn. The previous look's last turn, still in the page and still a
 * turn, is where the search starts: the last one now is it or comes after it (nothing before it
 * can be last), so the thread before it is never read again.
 */
export function lastTurn(doc: Document, site: SiteAdapter): Element | undefined {
  return remembered(lastKey(site), () => findLastTurn(doc, site));
}

function findLastTurn(doc: Document, site: SiteAdapter): Element | undefined {
  const { turn } = site.selectors;
  let perSite = lastSeen.get(doc);
  if (!perSite) lastSeen.set(doc, (perSite = new WeakMap()));
  const known = perSite.get(site);
  const last = known && known.isConnected && known.matches(turn) ? lastFrom(known, turn) : lastMatch(doc, turn);
  if (last) perSite.set(site, last);
  else perSite.delete(site);
  return last;
}

/** How many turns the thread holds, counted when its last turn first appears. */
export function turnCount(doc: Document, site: SiteAdapter, last: Element): number {
  let count = counts.get(last);
  if (count === undefined) counts.set(last, (count = doc.querySelectorAll(site.selectors.turn).length));
  return count;
}

/**
 * The element holding the conversation: the nearest ancestor of the last turn that also holds the
 * first. Error cards after the last turn are looked for only there. Found once a look: finding the
 * first turn runs the adapter's turn selector down the page (costly where it uses `:has()`). So
 * `last` must be the look's `lastTurn`: another element would get the answer found for it.
 */
export function threadOf(doc: Document, site: SiteAdapter, last: Element): Element {
  return remembered(`${BESIDE}thread ${site.id}`, () => {
    const first = doc.querySelector(site.selectors.turn);
    let thread: Element = last.parentElement ?? last;
    while (first && !thread.contains(first) && thread.parentElement) thread = thread.parentElement;
    return thread;
  });
}

/** The child of `thread` that holds `last`: it and what follows are the thread's present, the rest its history. */
function presentOf(thread: Element, last: Element): Element {
  let child: Element = last;
  while (child.parentElement && child.parentElement !== thread) child = child.parentElement;
  return child;
}

/** Elements matching `selector` in `root` and its subtree, in document order. */
function within(root: Element, selector: string, into: Element[]): void {
  if (root.matches(selector)) into.push(root);
  for (const element of Array.from(root.querySelectorAll(selector))) into.push(element);
}

/** The elements matching `selector` in the thread from the child holding its last turn on, in document order. */
export function inPresent(thread: Element, last: Element, selector: string): Element[] {
  const found: Element[] = [];
  for (let child: Element | null = presentOf(thread, last); child; child = child.nextElementSibling) within(child, selector, found);
  return found;
}

/**
 * Every element matching `selector` in the page but the thread's history, in document order: what
 * `doc.querySelectorAll(selector)` gives, less what sits before the last turn inside the thread.
 */
export function outsideHistory(doc: Document, site: SiteAdapter, selector: string): Element[] {
  return remembered(`outside ${site.id} ${selector}`, () => findOutsideHistory(doc, site, selector));
}

function findOutsideHistory(doc: Document, site: SiteAdapter, selector: string): Element[] {
  const parts = partsOutsideHistory(doc, site, selector);
  return parts ? [...parts.before, ...parts.present, ...parts.after] : Array.from(doc.querySelectorAll(selector));
}

/** What `outsideHistory` gives, in its three parts: before the thread's present, in it, and after the thread. */
function partsOutsideHistory(doc: Document, site: SiteAdapter, selector: string): { before: Element[]; present: Element[]; after: Element[] } | undefined {
  const last = lastTurn(doc, site);
  const root = doc.documentElement;
  if (!last || !root) return undefined;
  const thread = threadOf(doc, site, last);
  const beside = rememberedBeside(`${site.id} ${selector}`, () => besideThread(root, thread, selector, site));
  return { ...beside, present: inPresent(thread, last, selector) };
}

/**
 * The first element `outsideHistory` gives that a person can see. Whether an element beside the
 * last turn is shown is kept with what was found there: asking costs a style recalculation.
 */
export function firstShownOutsideHistory(doc: Document, site: SiteAdapter, selector: string): Element | undefined {
  const parts = partsOutsideHistory(doc, site, selector);
  if (!parts) return outsideHistory(doc, site, selector).find(isShown);
  return (
    rememberedBeside(`shown before ${site.id} ${selector}`, () => parts.before.find(isShown)) ??
    parts.present.find(isShown) ??
    rememberedBeside(`shown after ${site.id} ${selector}`, () => parts.after.find(isShown))
  );
}

/** The page beside a thread, in document order; the part after the thread starts at `afterFrom`. */
interface Beside {
  readonly parts: readonly { readonly element: Element; readonly whole: boolean }[];
  readonly afterFrom: number;
}

/**
 * The page beside `thread`: its ancestors (and it), each matched alone, and the subtrees beside
 * them, each read whole. Walked once a look, not once per question: every selector asked beside
 * the thread then runs on these alone.
 */
function besideOf(root: Element, thread: Element): Beside {
  const parts: { element: Element; whole: boolean }[] = [];
  let afterFrom = -1;
  // Down the thread's ancestors: beside each, whole subtrees.
  const visit = (element: Element) => {
    if (element === thread) {
      parts.push({ element, whole: false });
      afterFrom = parts.length;
    } else if (element.contains(thread)) {
      parts.push({ element, whole: false });
      for (let child = element.firstElementChild; child; child = child.nextElementSibling) visit(child);
    } else {
      parts.push({ element, whole: true });
    }
  };
  visit(root);
  return { parts, afterFrom: afterFrom < 0 ? parts.length : afterFrom };
}

/** The elements matching `selector` outside `thread`'s subtree, before and after it in document order (its ancestors and the thread itself count as before). */
function besideThread(root: Element, thread: Element, selector: string, site: SiteAdapter): { before: Element[]; after: Element[] } {
  const { parts, afterFrom } = rememberedBeside(`parts ${site.id}`, () => besideOf(root, thread));
  const before: Element[] = [];
  const after: Element[] = [];
  parts.forEach(({ element, whole }, index) => {
    const found = index < afterFrom ? before : after;
    // A leaf holds nothing to query.
    if (whole && element.firstElementChild) within(element, selector, found);
    else if (element.matches(selector)) found.push(element);
  });
  return { before, after };
}
