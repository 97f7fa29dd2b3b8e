import { blockText } from './dom';
import type { EditorKind } from '../sites/types';

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
