import { beforeEach, describe, expect, it } from 'vitest';
import { stillInComposer } from '../../lib/capture/in-composer';
import { chatgpt } from '../../lib/sites/chatgpt';
import { loadFixture } from '../fixtures';

describe('whether a prompt is still in the composer', () => {
  let doc: Document;
  const draft = { id: 'p1', text: 'Plan a picnic', createdAt: 0 };
  const fill = (html: string) => (doc.querySelector('#prompt-textarea')!.innerHTML = html);

  beforeEach(() => {
    doc = loadFixture('chatgpt', 'healthy-conversation.html');
  });

  it('is while it is the prompt being written and the composer shows text', () => {
    fill('<p>Plan a picnic</p>');
    expect(stillInComposer(doc, chatgpt, 'p1', draft)).toBe(true);
    // Edited further since the save: still the same prompt, in the composer.
    fill('<p>Plan a picnic for six</p>');
    expect(stillInComposer(doc, chatgpt, 'p1', draft)).toBe(true);
  });

  it('is not once the site has emptied the composer, even before the send is counted', () => {
    fill('<p><br class="ProseMirror-trailingBreak"></p>');
    expect(stillInComposer(doc, chatgpt, 'p1', draft)).toBe(false);
  });

  it('is not once another prompt is being written, or none', () => {
    fill('<p>Something else</p>');
    expect(stillInComposer(doc, chatgpt, 'p1', { ...draft, id: 'p2' })).toBe(false);
    expect(stillInComposer(doc, chatgpt, 'p1', undefined)).toBe(false);
  });

  it('is not on a page without a composer', () => {
    doc.querySelector('#prompt-textarea')!.remove();
    doc.querySelector('textarea[name="prompt-textarea"]')!.remove();
    expect(stillInComposer(doc, chatgpt, 'p1', draft)).toBe(false);
  });
});
