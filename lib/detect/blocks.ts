import { isShown } from '../page/dom';

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
}

/** Hidden by its own attributes: cheap enough to ask of every element on the way. */
function hiddenHere(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = (element as Partial<HTMLElement>).style;
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

/**
 * The text blocks before `from` in document order (nearest first), or inside it. Hidden text,
 * controls and drawings are left out; a skipped container is jumped over without reading it, so
 * a long sidebar costs nothing.
 */
export function readBlocks(from: Element, options: ReadOptions): TextBlock[] {
  const reverse = options.direction === 'before';
  const skip = options.skip ? `${NEVER_TEXT}, ${CONTROLS}, ${options.skip}` : `${NEVER_TEXT}, ${CONTROLS}`;
  const blocks: { element: Element; parts: string[]; linked: boolean }[] = [];
  const shown = new Map<Element, boolean>();
  let read = 0;

  const emit = (text: Text) => {
    const parent = text.parentElement;
    if (!parent || !text.data.trim()) return;
    if (!(shown.get(parent) ?? shown.set(parent, isShown(parent)).get(parent))) return;
    const element = blockOf(parent);
    const linked = parent.closest('a') !== null;
    const last = blocks.at(-1);
    if (last?.element === element) {
      if (reverse) last.parts.unshift(text.data);
      else last.parts.push(text.data);
      last.linked &&= linked;
    } else {
      blocks.push({ element, parts: [text.data], linked });
    }
    read += text.data.length;
  };
  /** Reads a subtree in (reverse) document order; false once enough is read. */
  const visit = (node: Node): boolean => {
    if (node.nodeType === 3) emit(node as Text);
    else if (node.nodeType === 1 && !(node as Element).matches(skip) && !hiddenHere(node as Element)) {
      const children = node.childNodes;
      for (let i = reverse ? children.length - 1 : 0; reverse ? i >= 0 : i < children.length; i += reverse ? -1 : 1) {
        if (!visit(children[i]!)) return false;
      }
    }
    return read < options.maxChars;
  };

  if (options.direction === 'within') {
    for (const child of Array.from(from.childNodes)) if (!visit(child)) break;
  } else {
    // Everything before (or after) `from`: each ancestor's earlier (or later) siblings, nearest first.
    const top = from.ownerDocument.body ?? from.ownerDocument.documentElement;
    const next = (node: Node) => (reverse ? node.previousSibling : node.nextSibling);
    outer: for (let node: Node | null = from; node && node !== top; node = node.parentNode) {
      for (let sibling = next(node); sibling; sibling = next(sibling)) {
        if (!visit(sibling)) break outer;
      }
    }
  }
  return blocks.map(({ element, parts, linked }) => ({ element, text: parts.join('').replace(/\s+/g, ' ').trim(), linked }));
}
