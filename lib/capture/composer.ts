import type { EditorKind } from '../sites/types';

/** Elements that start a new line in a rich-text editor's document. */
const BLOCKS = new Set(['P', 'DIV', 'LI', 'PRE', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL']);

/**
 * The text of a rich-text editor (ProseMirror, Quill, Lexical), one line per paragraph, as the
 * person typed it. `innerText` would add blank lines between paragraphs and needs layout.
 */
export function editorText(root: Element): string {
  const lines: string[] = [];
  let line = '';
  const endLine = () => {
    lines.push(line);
    line = '';
  };
  const walk = (parent: Node) => {
    for (const node of Array.from(parent.childNodes)) {
      if (node.nodeType === 3) {
        line += (node as Text).data;
      } else if (node.nodeType === 1) {
        const element = node as Element;
        if (element.tagName === 'BR') {
          // An editor's placeholder break in an empty or trailing position is not a line.
          if (element.nextSibling !== null && !element.classList.contains('ProseMirror-trailingBreak')) endLine();
        } else if (BLOCKS.has(element.tagName) && !element.querySelector('p, div, li')) {
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
