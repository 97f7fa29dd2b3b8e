import { blockText } from '../detect/dom';
import type { EditorKind } from '../sites/types';

/**
 * The text of a rich-text editor (ProseMirror, Quill, Lexical), one line per paragraph, as the
 * person typed it. `innerText` would add blank lines between paragraphs and needs layout.
 */
export function editorText(root: Element): string {
  return blockText(root);
}

/** What the composer holds now. */
export function readComposer(composer: Element, editor: EditorKind): string {
  if (editor === 'textarea' || composer.tagName === 'TEXTAREA') {
    return (composer as HTMLTextAreaElement).value;
  }
  return editorText(composer);
}

/** Whether a text is worth saving: empty and whitespace-only drafts are not. */
export function hasContent(text: string): boolean {
  return text.trim().length > 0;
}
