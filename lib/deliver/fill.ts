import { readComposer } from '../page/composer';
import type { EditorKind } from '../sites/types';
import { sameText } from '../text';

/**
 * Puts text into a chatbot's composer so that the site's editor framework registers it, as if
 * the person had typed or pasted it. Each framework only listens to some events:
 * - React-controlled textareas: the native value setter, then an `input` event.
 * - ProseMirror, Quill, Lexical: a paste (they all read `clipboardData`), else the browser's own
 *   `insertText` editing command, which fires the `beforeinput`/`input` events they handle.
 */

/** The same lines, ignoring what editors do to spaces at line ends and to non-breaking spaces. */
export function sameLines(a: string, b: string): boolean {
  const lines = (text: string) =>
    text
      .replace(/\u00a0/g, ' ')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .replace(/\n+$/, '');
  return lines(a) === lines(b);
}

/**
 * The text as HTML paragraphs, one per line, blank lines kept and spaces preserved: ProseMirror's
 * plain-text paste merges runs of newlines into one paragraph break, its HTML paste does not.
 */
function asParagraphs(text: string): string {
  const escape = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split('\n')
    .map((line) => `<p style="white-space: pre-wrap">${escape(line)}</p>`)
    .join('');
}

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

/**
 * A paste event carrying the text (and, for ProseMirror, HTML). Firefox ignores the
 * `clipboardData` given to the constructor and takes its own `dataType` and `data` instead (one
 * type only: the HTML when there is some), so the event is checked and built that way when needed.
 */
function pasteEvent(view: Window & typeof globalThis, text: string, html?: string): ClipboardEvent {
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  if (html) data.setData('text/html', html);
  const event = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  if (event.clipboardData?.getData('text/plain') === text) return event;
  const gecko = { dataType: html ? 'text/html' : 'text/plain', data: html ?? text, bubbles: true, cancelable: true };
  return new view.ClipboardEvent('paste', gecko as ClipboardEventInit);
}

function paste(editor: HTMLElement, text: string, html?: string): void {
  const view = (editor.ownerDocument.defaultView ?? globalThis) as Window & typeof globalThis;
  editor.dispatchEvent(pasteEvent(view, text, html));
}

/** Types the text line by line: a newline inside insertText is dropped by some editors (Lexical). */
function insertText(editor: HTMLElement, text: string): void {
  const doc = editor.ownerDocument;
  text.split('\n').forEach((line, index) => {
    if (index > 0) doc.execCommand('insertParagraph');
    if (line) doc.execCommand('insertText', false, line);
  });
}

/** Lets the editor catch up (selection changes and re-renders are asynchronous). */
const settle = (doc: Document) =>
  new Promise<void>((resolve) => (doc.defaultView ?? globalThis).setTimeout(resolve, 50));

export type FillMethod = 'value-setter' | 'paste-html' | 'paste' | 'insert-text';

export interface Filled {
  readonly method: FillMethod;
  /** Every line arrived as sent; false when only the words did (an editor merged blank lines). */
  readonly exact: boolean;
}

/**
 * Fills the composer, trying each method the editor may accept until its text reads back line
 * for line; failing that, the first that got the words in. Undefined when none did.
 */
export async function fillComposer(composer: Element, editor: EditorKind, text: string): Promise<Filled | undefined> {
  const doc = composer.ownerDocument;
  if (composer.tagName === 'TEXTAREA') {
    setTextareaValue(composer as HTMLTextAreaElement, text);
    await settle(doc);
    const read = readComposer(composer, editor);
    return sameText(read, text) ? { method: 'value-setter', exact: sameLines(read, text) } : undefined;
  }
  const element = composer as HTMLElement;
  const methods: (readonly [FillMethod, (target: HTMLElement, value: string) => void])[] = [
    ['paste', (target, value) => paste(target, value)],
    ['insert-text', insertText],
  ];
  if (editor === 'prosemirror') methods.unshift(['paste-html', (target, value) => paste(target, value, asParagraphs(value))]);
  const attempt = async (apply: (target: HTMLElement, value: string) => void) => {
    selectContents(element);
    await settle(doc);
    apply(element, text);
    await settle(doc);
    return readComposer(composer, editor);
  };
  let close: { readonly filled: Filled; readonly apply: (target: HTMLElement, value: string) => void } | undefined;
  for (const [method, apply] of methods) {
    const read = await attempt(apply);
    if (sameLines(read, text)) return { method, exact: true };
    if (!close && sameText(read, text)) close = { filled: { method, exact: false }, apply };
  }
  // Put the closest fill back: a later method may have left something worse.
  if (close) await attempt(close.apply);
  return close?.filled;
}
