import { describe, expect, it } from 'vitest';
import { hasContent, readComposer } from '../../lib/page/composer';
import { blockText } from '../../lib/page/dom';

function element(html: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.firstElementChild!;
}

describe('reading the composer', () => {
  it('reads ProseMirror paragraphs as lines, without its placeholder breaks', () => {
    const editor = element(
      '<div class="ProseMirror"><p>First line</p><p><br class="ProseMirror-trailingBreak"></p><p>Third line<br class="ProseMirror-trailingBreak"></p></div>',
    );
    expect(readComposer(editor, 'prosemirror')).toBe('First line\n\nThird line');
  });

  it('reads an empty ProseMirror editor as empty', () => {
    const editor = element('<div class="ProseMirror"><p data-placeholder="Ask anything" class="placeholder"><br class="ProseMirror-trailingBreak"></p></div>');
    expect(readComposer(editor, 'prosemirror')).toBe('');
    expect(hasContent(readComposer(editor, 'prosemirror'))).toBe(false);
  });

  it('reads Quill and Lexical markup', () => {
    expect(readComposer(element('<div class="ql-editor"><p>a</p><p><br></p><p>b</p></div>'), 'quill')).toBe('a\n\nb');
    expect(
      readComposer(element('<div data-lexical-editor="true"><p dir="ltr"><span data-lexical-text="true">x</span><br><span data-lexical-text="true">y</span></p></div>'), 'lexical'),
    ).toBe('x\ny');
  });

  it('keeps code, odd spacing and non-Latin text as typed', () => {
    const editor = element('<div><p>const a&nbsp;=&nbsp;1;</p><p>日本語 — Ελληνικά 🙂</p></div>');
    expect(readComposer(editor, 'prosemirror')).toBe('const a = 1;\n日本語 — Ελληνικά 🙂');
  });

  it('reads a textarea by its value', () => {
    const textarea = document.createElement('textarea');
    textarea.value = 'line 1\nline 2';
    expect(readComposer(textarea, 'textarea')).toBe('line 1\nline 2');
  });

  it('treats whitespace-only text as empty', () => {
    expect(hasContent('  \n\t ')).toBe(false);
    expect(hasContent(' a ')).toBe(true);
  });
});

describe('reading a message', () => {
  it('leaves out what only screen readers get and what the site marks to ignore', () => {
    const query = element(
      '<div class="query-text"><span class="cdk-visually-hidden">You said</span><p>Plan a picnic</p><span class="sr-only">Edited</span><div class="badge">x</div></div>',
    );
    expect(blockText(query, '.badge')).toBe('Plan a picnic');
  });

  it('keeps lists and code blocks on their own lines', () => {
    const body = element('<div class="markdown"><p>Steps:</p><ol><li>One</li><li>Two</li></ol><pre><code>a = 1\nb = 2</code></pre></div>');
    expect(blockText(body)).toBe('Steps:\nOne\nTwo\na = 1\nb = 2');
  });
});
