import { isHiddenHere, isShown } from '../page/dom';

/**
 * Reading a page as a person does, one block of text at a time, without knowing its classes: the
 * site-independent layer of detection reads the blocks nearest the composer this way, and only
 * as many as it needs.
 */

/** One run of text that renders as its own line or box (a paragraph, a card, a toast's line). */
export interface TextBlock {
  readonly element: Element;
  readonly text: string;
  /** All of it is link text: a call to action ("Upgrade"), a source, never a sentence of its own. */
  readonly linked: boolean;
}

/** Elements that start a block of their own. Custom elements (Angular, Lit) are blocks in practice. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'DD', 'DT', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'BLOCKQUOTE', 'TD', 'TH', 'SECTION',
  'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'NAV', 'FORM', 'FIELDSET', 'FIGURE', 'FIGCAPTION', 'TABLE',
  'UL', 'OL', 'DL', 'DETAILS', 'SUMMARY', 'DIALOG', 'BODY',
]);

function blockOf(element: Element): Element {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (BLOCK_TAGS.has(node.tagName) || node.tagName.includes('-')) return node;
  }
  return element;
}

/** Text that is more than whitespace. */
const WORDS = /\S/;

/** Never text a person sees. */
const NEVER_TEXT = 'script, style, noscript, template, svg';
/** Controls say what to do ("Retry", "Copy"), not what happened. */
export const CONTROLS = 'button, [role="button"], [role="menuitem"], [role="tab"], select, option';

export interface ReadOptions {
  /** Read the blocks before `from` (nearest first), inside it, or after it (both in page order). */
  readonly direction: 'before' | 'within' | 'after';
  /** Stop once this many characters are read. */
  readonly maxChars: number;
  /** Containers never read, whose text is jumped over whole (navigation, the composer's own controls). */
  readonly skip?: string;
  /**
   * Leave out blocks a stylesheet hides. It takes the browser's word, block by block, so readers
   * that only act on a few blocks ask isShown of those themselves.
   */
  readonly shownOnly?: boolean;
}

/**
 * The text blocks before `from` in document order (nearest first), inside it, or after it, one at a
 * time: a reader that has seen enough stops the walk, so what is not needed is never read. Text
 * hidden by its markup, controls and drawings are left out; a skipped container is jumped over
 * whole, so a long sidebar costs nothing.
 */
export function* textBlocks(from: Element, options: ReadOptions): Generator<TextBlock> {
  const reverse = options.direction === 'before';
  const skip = options.skip ? `${NEVER_TEXT}, ${CONTROLS}, ${options.skip}` : `${NEVER_TEXT}, ${CONTROLS}`;
  let current: { element: Element; parts: string[]; linked: boolean } | undefined;
  let read = 0;

  /** The block being gathered, once it is complete. */
  function* finish(): Generator<TextBlock> {
    if (current && (!options.shownOnly || isShown(current.element))) {
      yield { element: current.element, text: current.parts.join('').replace(/\s+/g, ' ').trim(), linked: current.linked };
    }
    current = undefined;
  }
  function* take(text: Text, linked: boolean): Generator<TextBlock> {
    const parent = text.parentElement;
    if (!parent) return;
    const element = blockOf(parent);
    if (current?.element !== element) {
      yield* finish();
      current = { element, parts: [], linked };
    }
    if (reverse) current.parts.unshift(text.data);
    else current.parts.push(text.data);
    current.linked &&= linked;
    read += text.data.length;
  }
  /**
   * A subtree in (reverse) document order, until enough is read; `linked` once inside a link. One
   * loop down a stack of the elements being read (each with the index of its next child), not a
   * generator per node: each block found would otherwise be handed up through one generator per
   * level of the page. Children are read one at a time from the near end, so a long reply or
   * thread costs only what is read of it.
   */
  function* visit(start: Node, startLinked: boolean): Generator<TextBlock> {
    const open: { readonly children: NodeListOf<ChildNode>; next: number; readonly linked: boolean }[] = [];
    let node: Node | undefined = start;
    let linked = startLinked;
    while (node) {
      // Most text nodes between elements are markup's whitespace: no generator is made for them.
      if (node.nodeType === 3) {
        if (WORDS.test((node as Text).data)) yield* take(node as Text, linked);
      } else if (node.nodeType === 1 && !(node as Element).matches(skip) && !isHiddenHere(node as Element)) {
        const children = node.childNodes;
        open.push({ children, next: reverse ? children.length - 1 : 0, linked: linked || (node as Element).tagName === 'A' });
      }
      node = undefined;
      // The next child of the innermost element still open, while more is wanted.
      while (!node && open.length > 0 && read < options.maxChars) {
        const top = open[open.length - 1]!;
        const child = top.children[top.next];
        if (child) {
          top.next += reverse ? -1 : 1;
          node = child;
          linked = top.linked;
        } else {
          open.pop();
        }
      }
    }
  }

  if (options.direction === 'within') {
    const linked = from.closest('a') !== null;
    for (const child of Array.from(from.childNodes)) {
      if (read >= options.maxChars) break;
      yield* visit(child, linked);
    }
  } else {
    // Everything before (or after) `from`: each ancestor's earlier (or later) siblings, nearest first.
    const top = from.ownerDocument.body ?? from.ownerDocument.documentElement;
    const next = (node: Node) => (reverse ? node.previousSibling : node.nextSibling);
    // A composer or a notice is never inside a link; if `from` were, so would be its neighbours.
    const linked = from.closest('a') !== null;
    for (let node: Node | null = from; node && node !== top && read < options.maxChars; node = node.parentNode) {
      for (let sibling = next(node); sibling && read < options.maxChars; sibling = next(sibling)) yield* visit(sibling, linked);
    }
  }
  yield* finish();
}

/** All the blocks `textBlocks` gives, at once. */
export function readBlocks(from: Element, options: ReadOptions): TextBlock[] {
  return Array.from(textBlocks(from, options));
}
