/** Small DOM readers shared by the detectors. Pure: they only read the nodes they are given. */

/** Elements whose text is never part of what a person sees in the page, by local name (cheaper than a selector on every element of a walk). */
const NEVER_TEXT = new Set(['script', 'style', 'noscript', 'template']);
/**
 * Utility classes that hide an element from sight but not from screen readers (Tailwind,
 * Bootstrap, Angular CDK).
 */
const SCREEN_READER_ONLY = /(?:^|\s)(?:sr-only|visually-hidden|screen-reader-only|cdk-visually-hidden)(?:\s|$)/;

/**
 * Whether a person can see the element. Attribute checks work in any DOM (fixtures in tests);
 * in a browser, layout has the last word.
 */
export function isShown(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return false;
    if (SCREEN_READER_ONLY.test(node.getAttribute('class') ?? '')) return false;
    if (hiddenByInlineStyle(node)) return false;
  }
  return typeof element.checkVisibility === 'function' && isLaidOut(element)
    ? element.checkVisibility({ visibilityProperty: true })
    : true;
}

/** Hidden by its own markup (attributes, a screen-reader-only class, inline style): cheap enough to ask of every element on a walk. */
export function isHiddenHere(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  if (SCREEN_READER_ONLY.test(element.getAttribute('class') ?? '')) return true;
  return hiddenByInlineStyle(element);
}

/**
 * Hidden by its inline style. Only an element with a style attribute has one (setting
 * `element.style` writes the attribute): the rest, most of a page, are answered without building
 * their style declaration.
 */
function hiddenByInlineStyle(element: Element): boolean {
  if (!element.hasAttribute('style')) return false;
  const style = (element as Partial<HTMLElement>).style;
  return !!style && (style.display === 'none' || style.visibility === 'hidden' || isClippedAway(style));
}

/**
 * The inline form of "visually hidden" (route announcers, hand-rolled sr-only): clipped to nothing,
 * or squeezed to a pixel.
 */
function isClippedAway(style: CSSStyleDeclaration): boolean {
  const clip = `${style.clip} ${style.clipPath}`.replace(/\s+/g, '');
  if (/rect\(0(px)?,?0(px)?,?0(px)?,?0(px)?\)|inset\(50%\)/.test(clip)) return true;
  const tiny = (size: string) => size === '1px' || size === '0px';
  return tiny(style.width) && tiny(style.height) && style.overflow === 'hidden';
}

/**
 * In a laid-out page, an element a pixel wide and high (a stylesheet's sr-only) shows nothing.
 * It costs a layout, so it is asked only of a notice about to be reported.
 */
export function isSpeck(element: Element): boolean {
  // A DOM without layout (a test's) gives every box 0 × 0: only a page with real boxes can tell.
  if (element.ownerDocument.documentElement.getBoundingClientRect().width === 0) return false;
  if (element.getClientRects().length === 0) return false;
  const box = element.getBoundingClientRect();
  return box.width <= 1 && box.height <= 1;
}

/** Documents seen laid out: asking costs a layout of the whole page, so each is asked until it is once. */
const laidOut = new WeakSet<Document>();

/** checkVisibility answers false for every node of a document without layout (a fixture). */
function isLaidOut(element: Element): boolean {
  const doc = element.ownerDocument;
  if (laidOut.has(doc)) return true;
  if (doc.documentElement.getClientRects().length === 0) return false;
  laidOut.add(doc);
  return true;
}

/** Elements that start a new line in rendered text. */
const BLOCKS = new Set(['P', 'DIV', 'LI', 'PRE', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'TR', 'TABLE']);

/**
 * Whether the text under `roots` (each counted whole) is longer than `limit` characters: read
 * only as far as the limit, not the whole text of a reply that may be pages long.
 */
export function textLongerThan(roots: readonly Element[], limit: number): boolean {
  let chars = 0;
  for (const root of roots) {
    // 4: NodeFilter.SHOW_TEXT.
    const walker = root.ownerDocument.createTreeWalker(root, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((chars += (node as Text).data.length) > limit) return true;
  }
  return false;
}

/**
 * Text as a person reads it, one line per paragraph, without layout: rich-text editors
 * (ProseMirror, Quill, Lexical) and message bodies alike. An editor's placeholder break in an
 * empty or trailing position is not a line. Subtrees matching `exclude`, and text only screen
 * readers get, are left out.
 */
export function blockText(root: Element, exclude?: string): string {
  const lines: string[] = [];
  let line = '';
  const endLine = () => {
    lines.push(line);
    line = '';
  };
  const walk = (parent: Node) => {
    // Sibling by sibling: the page does not change while it is read, and no list is copied per element.
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        line += (node as Text).data;
      } else if (node.nodeType === 1) {
        const element = node as Element;
        if (NEVER_TEXT.has(element.localName) || SCREEN_READER_ONLY.test(element.getAttribute('class') ?? '')) continue;
        if (exclude && element.matches(exclude)) continue;
        if (element.tagName === 'BR') {
          if (element.nextSibling !== null && !element.classList.contains('ProseMirror-trailingBreak')) endLine();
        } else if (BLOCKS.has(element.tagName) && !element.querySelector('p, div, li, pre, tr')) {
          if (line) endLine();
          walk(element);
          endLine();
        } else {
          walk(element);
        }
      }
    }
  };
  walk(root);
  if (line) endLine();
  return lines.join('\n').replace(/\u00a0/g, ' ');
}

/** Whether `element` sits inside `container` or anywhere after it in document order. */
export function isInOrAfter(element: Element, container: Element): boolean {
  return container.contains(element) || comesAfter(container, element);
}

/**
 * Whether `later` comes after `earlier` in document order, outside it. Found from their nearest
 * common ancestor, so it costs the depth of the two and the siblings between them, never an
 * ordering of the whole document.
 */
export function comesAfter(earlier: Node, later: Node): boolean {
  const chain = new Map<Node, Node>();
  for (let node: Node | null = earlier, child: Node = earlier; node; child = node, node = node.parentNode) chain.set(node, child);
  let branch: Node = later;
  for (let node: Node | null = later; node; branch = node, node = node.parentNode) {
    const fromEarlier = chain.get(node);
    if (fromEarlier === undefined) continue;
    // `node` is the common ancestor; one inside the other is neither before nor after.
    if (node === earlier || node === later) return false;
    for (let sibling = fromEarlier.nextSibling; sibling; sibling = sibling.nextSibling) if (sibling === branch) return true;
    return false;
  }
  return false;
}

/** The last element matching `selector` under `root`, or undefined. */
export function lastMatch(root: ParentNode, selector: string): Element | undefined {
  const all = root.querySelectorAll(selector);
  return all[all.length - 1] ?? undefined;
}

/**
 * The first element matching `selector` that a person can see. Sites keep hidden legacy
 * copies of controls (a fallback textarea, an old stop button) beside the live ones.
 */
export function firstShown(root: ParentNode, selector: string): Element | undefined {
  return Array.from(root.querySelectorAll(selector)).find(isShown);
}

/** Whether `element` is, or contains, or sits inside an element matching `selector`. */
export function hasRole(element: Element, selector: string): boolean {
  return element.matches(selector) || element.querySelector(selector) !== null || element.closest(selector) !== null;
}
