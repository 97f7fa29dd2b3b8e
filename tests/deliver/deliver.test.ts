import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deliver } from '../../lib/deliver/deliver';
import type { SiteAdapter } from '../../lib/sites/types';
import { chatgpt } from '../../lib/sites/chatgpt';

/**
 * Delivery into a React-style textarea page: the composer arrives late, the send button is
 * enabled only once the text is registered, and sending empties the composer. (Rich editors are
 * filled in real browsers: tests/e2e.)
 */
const site: SiteAdapter = {
  ...chatgpt,
  editor: 'textarea',
  selectors: { ...chatgpt.selectors, composer: 'textarea#input', sendButton: 'button#send', turn: '.turn', userTurn: '.turn.user', messageBody: '.body' },
};

function mountApp(delayMs: number) {
  setTimeout(() => {
    document.body.innerHTML = '<main></main><form><textarea id="input"></textarea><button id="send" type="button" disabled>Send</button></form>';
    const input = document.querySelector<HTMLTextAreaElement>('#input')!;
    const send = document.querySelector<HTMLButtonElement>('#send')!;
    // Like a controlled input: state follows input events only.
    let value = '';
    input.addEventListener('input', () => {
      value = input.value;
      send.disabled = value.trim() === '';
    });
    send.addEventListener('click', () => {
      document.querySelector('main')!.insertAdjacentHTML('beforeend', `<div class="turn user"><div class="body"></div></div>`);
      document.querySelector('main .body:last-child')!.textContent = value;
      input.value = '';
      value = '';
      send.disabled = true;
    });
  }, delayMs);
}

describe('deliver', () => {
  beforeEach(() => {
    document.body.innerHTML = '<p>Loading…</p>';
  });
  afterEach(() => vi.useRealTimers());

  it('waits for the composer, fills it, presses send and sees the prompt taken', async () => {
    mountApp(50);
    const text = 'Line one\nLine two: 日本語 🙂 '.repeat(2000);
    const result = await deliver(document, site, { text, target: 'chatgpt', send: true });
    expect(result).toEqual({ ok: true, method: 'value-setter', exact: true, sent: true });
    expect(document.querySelector('main .body')?.textContent).toBe(text);
  });

  it('only fills when asked to', async () => {
    mountApp(0);
    const result = await deliver(document, site, { text: 'Just fill', target: 'chatgpt', send: false });
    expect(result).toEqual({ ok: true, method: 'value-setter', exact: true, sent: false });
    expect(document.querySelector<HTMLTextAreaElement>('#input')?.value).toBe('Just fill');
    expect(document.querySelector('main .turn')).toBeNull();
  });

  it('gives up with a reason when the composer never appears', async () => {
    const result = await deliver(document, site, { text: 'x', target: 'chatgpt', send: true }, { composerMs: 100, sendButtonMs: 100, sentMs: 100 });
    expect(result).toEqual({ ok: false, reason: 'no-composer' });
  });
});
