import { describe, expect, it } from 'vitest';
import { detectFailure } from '../../lib/detect/failure';
import { kimi } from '../../lib/sites/kimi';
import { loadFixture } from '../fixtures';

/**
 * The adapter's toast and dialog selectors are loose on purpose (Kimi's `[class*="toast"]`): a
 * redesign that gives such a class, or a dialog role, to a region around the whole chat (a toast
 * provider wrapping the app, a chat opened in a modal) must not make the conversation's words
 * read as a notice.
 */
describe('a toast or dialog selector matching a region around the chat', () => {
  function kimiPage(wrap: (body: string) => string): Document {
    const doc = loadFixture('kimi', 'healthy-conversation.html');
    // Words a person wrote, that would say failure if the UI showed them.
    doc.querySelector('.user-content__text')!.textContent = 'Something went wrong with my sourdough: it never rose. Why?';
    doc.body.innerHTML = wrap(doc.body.innerHTML);
    return doc;
  }

  it('is the app, not a notice: a wrapper with a toast class', () => {
    expect(detectFailure(kimiPage((body) => `<div class="toast-provider">${body}</div>`), kimi)).toBeUndefined();
  });

  it('is the app, not a notice: a chat inside a dialog', () => {
    expect(detectFailure(kimiPage((body) => `<div role="dialog">${body}</div>`), kimi)).toBeUndefined();
  });

  it('still leaves a real toast beside it read', () => {
    const doc = kimiPage((body) => `<div class="toast-provider">${body}<div class="kimi-toast" role="status"><span>Too many requests. Please try again later.</span></div></div>`);
    expect(detectFailure(doc, kimi)).toMatchObject({ kind: 'limit', place: 'toast' });
  });
});
