import { describe, expect, it, vi } from 'vitest';
import { changeOf, type Streaming } from '../../lib/detect/change';
import { chatgpt } from '../../lib/sites/chatgpt';

/** The mutation records `change` makes, as the content script's observer sees them. */
function recordsOf(change: () => void): MutationRecord[] {
  const observer = new MutationObserver(() => undefined);
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

describe('what a batch of page changes changed', () => {
  const page = () => {
    document.body.innerHTML = '<div data-message-author-role="assistant"><div class="markdown"><p>The answer</p></div></div><div id="toasts"></div>';
    return document.querySelector('.markdown')!;
  };

  it('a reply streaming into its message is text', () => {
    const body = page();
    const records = recordsOf(() => {
      body.lastElementChild!.append(' goes on');
      body.insertAdjacentHTML('beforeend', '<p>and on, <code>with code</code></p>');
      (body.firstElementChild!.firstChild as Text).data += '.';
    });
    expect(records.length).toBeGreaterThan(0);
    expect(changeOf(records, chatgpt)).toBe('text');
  });

  it('anything outside a message, an attribute, or an error card inside one is the page', () => {
    const body = page();
    expect(changeOf(recordsOf(() => document.querySelector('#toasts')!.insertAdjacentHTML('beforeend', '<div role="alert">Network error</div>')), chatgpt)).toBe('page');
    expect(changeOf(recordsOf(() => body.classList.add('result-streaming')), chatgpt)).toBe('page');
    expect(changeOf(recordsOf(() => body.insertAdjacentHTML('beforeend', '<div class="text-token-text-error">Something went wrong</div>')), chatgpt)).toBe('page');
    const mixed = recordsOf(() => {
      body.lastElementChild!.append(' and');
      document.body.append('x');
    });
    expect(changeOf(mixed, chatgpt)).toBe('page');
  });

  it('a card drawn into a message right after its text, or wrapped, in the same batch, is the page', () => {
    const body = page();
    const paragraph = body.lastElementChild!;
    const afterText = recordsOf(() => {
      paragraph.append(' and then');
      paragraph.insertAdjacentHTML('beforeend', '<span class="text-token-text-error">Network error</span>');
    });
    expect(afterText.every((record) => record.target === paragraph)).toBe(true);
    expect(changeOf(afterText, chatgpt)).toBe('page');
    expect(changeOf(recordsOf(() => body.insertAdjacentHTML('beforeend', '<div><div role="alert">Error in message stream</div></div>')), chatgpt)).toBe('page');
  });

  it('anything inside the last turn the look before found, and nothing outside it, is that turn', () => {
    document.body.innerHTML = '<div id="thread"><div data-message-author-role="user"><div class="markdown"><p>Question</p></div></div>' +
      '<div data-message-author-role="assistant"><div class="markdown"><p>The answer</p></div><div class="actions"></div></div></div><div id="toasts"></div>';
    const [older, last] = Array.from(document.querySelectorAll('[data-message-author-role]'));
    const body = last!.querySelector('.markdown')!;
    const inTurn = [
      () => last!.querySelector('.actions')!.insertAdjacentHTML('beforeend', '<button>Copy</button>'),
      () => body.insertAdjacentHTML('beforeend', '<div class="text-token-text-error">Something went wrong</div>'),
      () => body.classList.add('result-streaming'),
      () => last!.setAttribute('data-message-id', 'x'),
    ];
    for (const change of inTurn) expect(changeOf(recordsOf(change), chatgpt, last)).toBe('turn');
    // Text alone stays text; the same changes outside the last turn are the page.
    expect(changeOf(recordsOf(() => body.firstElementChild!.append(' goes on')), chatgpt, last)).toBe('text');
    expect(changeOf(recordsOf(() => older!.querySelector('.markdown')!.classList.add('x')), chatgpt, last)).toBe('page');
    expect(changeOf(recordsOf(() => document.querySelector('#toasts')!.append('x')), chatgpt, last)).toBe('page');
    expect(changeOf(recordsOf(() => document.querySelector('#thread')!.append(document.createElement('div'))), chatgpt, last)).toBe('page');
    const mixed = recordsOf(() => {
      last!.querySelector('.actions')!.append('x');
      document.querySelector('#toasts')!.append('x');
    });
    expect(changeOf(mixed, chatgpt, last)).toBe('page');
    // Without a last turn found, what is not text is the page.
    expect(changeOf(recordsOf(() => last!.querySelector('.actions')!.append('y')), chatgpt)).toBe('page');
  });

  describe('while a reply streams into one paragraph', () => {
    it('places that paragraph in its message once, not once a batch', () => {
      const paragraph = page().lastElementChild!;
      const streaming: Streaming = {};
      const closest = vi.spyOn(Element.prototype, 'closest');
      try {
        for (let batch = 0; batch < 5; batch++) expect(changeOf(recordsOf(() => paragraph.append(` word${batch}`)), chatgpt, undefined, streaming)).toBe('text');
        expect(closest).toHaveBeenCalledTimes(1);
      } finally {
        closest.mockRestore();
      }
    });

    it('asks again once anything but text changed: the paragraph moved out of its message is the page', () => {
      const body = page();
      const paragraph = body.lastElementChild!;
      const streaming: Streaming = {};
      expect(changeOf(recordsOf(() => paragraph.append(' goes on')), chatgpt, undefined, streaming)).toBe('text');
      expect(changeOf(recordsOf(() => document.querySelector('#toasts')!.append(paragraph)), chatgpt, undefined, streaming)).toBe('page');
      expect(changeOf(recordsOf(() => paragraph.append(' and on')), chatgpt, undefined, streaming)).toBe('page');
    });

    it('asks again after a change to the last turn: its body no longer one', () => {
      const body = page();
      const last = body.parentElement!;
      const paragraph = body.lastElementChild!;
      const streaming: Streaming = {};
      expect(changeOf(recordsOf(() => paragraph.append(' goes on')), chatgpt, last, streaming)).toBe('text');
      expect(changeOf(recordsOf(() => body.classList.remove('markdown')), chatgpt, last, streaming)).toBe('turn');
      expect(changeOf(recordsOf(() => paragraph.append(' and on')), chatgpt, last, streaming)).toBe('turn');
    });
  });
});
