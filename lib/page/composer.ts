import { blockText, isShown } from './dom';
import { firstShownOutsideHistory, outsideHistory, remembered } from './tail';
import type { EditorKind, SiteAdapter } from '../sites/types';

/**
 * What the composer holds now: a textarea's value, or a rich-text editor's (ProseMirror, Quill,
 * Lexical) text one line per paragraph, as the person typed it.
 */
export function readComposer(composer: Element, editor: EditorKind): string {
  if (editor === 'textarea' || composer.tagName === 'TEXTAREA') {
    return (composer as HTMLTextAreaElement).value;
  }
  return blockText(composer);
}

/** Whether a text is worth saving: empty and whitespace-only drafts are not. */
export function hasContent(text: string): boolean {
  return text.trim().length > 0;
}

/**
 * Whatever a person can type a prompt into, in any web app: a textarea, a contenteditable (every
 * rich-text editor), or an ARIA textbox. Single-line inputs are left out: search boxes, e-mail
 * and password fields are not where a prompt is written.
 */
export const EDITABLE = [
  'textarea:not([readonly]):not([disabled])',
  '[contenteditable="true"]',
  '[contenteditable=""]',
  '[contenteditable="plaintext-only"]',
  '[role="textbox"]:not(input)',
].join(', ');

/** Where an editor's own helpers (Quill's clipboard pad) or a site's overlays keep editables no one types in. */
const NOT_A_COMPOSER = 'nav, aside, header, [role="dialog"], [role="alertdialog"], dialog, [tabindex="-1"][contenteditable]';

/** The editable element `target` is in, if any (the outermost one: an editor's root, not a paragraph inside it). */
export function editableOf(target: EventTarget | null): Element | undefined {
  const element = target as Partial<Element> | null;
  if (typeof element?.closest !== 'function') return undefined;
  let editable = element.closest(EDITABLE) ?? undefined;
  for (let outer = editable?.parentElement?.closest(EDITABLE); outer; outer = outer.parentElement?.closest(EDITABLE)) {
    editable = outer;
  }
  return editable && !editable.closest(NOT_A_COMPOSER) ? editable : undefined;
}

/** The page's composer by shape alone: the last editable a person can see (chat composers sit at the bottom). */
export function findEditable(doc: Document, site: SiteAdapter): Element | undefined {
  const candidates = outsideHistory(doc, site, EDITABLE).filter(
    (element) => !element.closest(NOT_A_COMPOSER) && element.parentElement?.closest(EDITABLE) === null && isShown(element),
  );
  return candidates.at(-1);
}

/** The composer as the adapter knows it (`known`), and as Detour takes it: that one, or, when the selectors no longer match, the page's editable. */
export interface Composer {
  readonly known: Element | undefined;
  readonly found: Element | undefined;
}

/** The adapter's composer: the first a person can see (sites keep hidden legacy copies), never in the thread's history. */
export function shownComposer(doc: Document, site: SiteAdapter): Element | undefined {
  // Capture and detection both ask in one look; whether it is shown costs a style recalculation.
  return remembered(`composer ${site.id}`, () => firstShownOutsideHistory(doc, site, site.selectors.composer));
}

export function findComposer(doc: Document, site: SiteAdapter): Composer {
  const known = shownComposer(doc, site);
  return { known, found: known ?? findEditable(doc, site) };
}

/** The composer as the adapter knows it, or, when its selectors no longer match, as the page shows it. */
export function composerElement(doc: Document, site: SiteAdapter): Element | undefined {
  return findComposer(doc, site).found;
}
