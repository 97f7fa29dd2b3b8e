import { readComposer } from '../capture/composer';
import type { EditorKind } from '../sites/types';
import { sameText } from '../text';

/**
 * Puts text into a chatbot's composer so that the site's editor framework registers it, as if
 * the person had typed or pasted it. Each framework only listens to some events:
 * - React-controlled textareas: the native value setter, then an `input` event.
 * - ProseMirror, Quill, Lexical: a paste (they all read `clipboardData`), else the browser's own
 *   `insertText` editing command, which fires the `beforeinput`/`input` events they handle.
 */

function setTextareaValue(textarea: HTMLTextAreaElement, text: string): void {
  const view = textarea.ownerDocument.defaultView ?? globalThis;
  const setter = Object.getOwnPropertyDescriptor(view.HTMLTextAreaElement.prototype, 'value')?.set;
  textarea.focus();
  if (setter) setter.call(textarea, text);
  else textarea.value = text;
  textarea.dispatchEvent(new view.Event('input', { bubbles: true }));
}

function selectContents(editor: HTMLElement): void {
  const doc = editor.ownerDocument;
  editor.focus();
  const range = doc.createRange();
  range.selectNodeContents(editor);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

function paste(editor: HTMLElement, text: string): void {
  const view = editor.ownerDocument.defaultView ?? globalThis;
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  editor.dispatchEvent(new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

function insertText(editor: HTMLElement, text: string): void {
  editor.ownerDocument.execCommand('insertText', false, text);
}

/** Lets the editor catch up (selection changes and re-renders are asynchronous). */
const settle = (doc: Document) =>
  new Promise<void>((resolve) => (doc.defaultView ?? globalThis).setTimeout(resolve, 50));

export type FillMethod = 'value-setter' | 'paste' | 'insert-text';

/**
 * Fills the composer, trying each method the editor may accept until its text reads back right.
 * Returns the method that worked, or undefined when none did.
 */
export async function fillComposer(composer: Element, editor: EditorKind, text: string): Promise<FillMethod | undefined> {
  const doc = composer.ownerDocument;
  if (composer.tagName === 'TEXTAREA') {
    setTextareaValue(composer as HTMLTextAreaElement, text);
    await settle(doc);
    return sameText(readComposer(composer, editor), text) ? 'value-setter' : undefined;
  }
  const element = composer as HTMLElement;
  const methods: [FillMethod, (target: HTMLElement, value: string) => void][] = [
    ['paste', paste],
    ['insert-text', insertText],
  ];
  for (const [method, apply] of methods) {
    selectContents(element);
    await settle(doc);
    apply(element, text);
    await settle(doc);
    if (sameText(readComposer(composer, editor), text)) return method;
  }
  return undefined;
}
