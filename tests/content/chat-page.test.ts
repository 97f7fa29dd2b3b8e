import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { ChatPage, type ChatPageHandover } from '../../lib/chat/chat-page';
import { type DetourDb, openDb } from '../../lib/db/schema';
import { createHandlers } from '../../lib/messaging/handlers';
import { listPrompts } from '../../lib/db/prompts';
import { handleMessages } from '../../lib/messaging/serve';
import type { PromptRecord } from '../../lib/model';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { chatgpt } from '../../lib/sites/chatgpt';
import { ScriptContext } from '../../lib/page/script-context';
import { provideExtras } from '../../lib/chat/extras';
import { CHAT_EXTRAS } from '../../lib/chat/extras-parts';
import { readFixture } from '../fixtures';
import { Pace } from '../../lib/detect/pace';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readBadge, sendFrom, shadowOf } from '../setup';

/** The chat tab's id, as the background sees the content script's messages. */
const TAB = 5;
const CONVERSATION_URL = 'https://chatgpt.com/c/68f0a1b2-0000-8000-9000-000000000003';
const FAILURE_TEXT = 'Something went wrong while generating the response.';

/** Captured before any test fakes the clock: the database works in real time. */
const realSetTimeout = globalThis.setTimeout;
const pause = (ms: number) => new Promise<void>((resolve) => realSetTimeout(resolve, ms));

/**
 * The content script on a ChatGPT page in happy-dom, talking to a real background (handlers on a
 * fresh database) through the fake browser. The test plays ChatGPT: it types into the composer,
 * empties it on a send and adds the turns a reply would.
 */
describe('ChatPage on ChatGPT', () => {
  let db: DetourDb;
  let name: string;
  let stopBackground: () => void;
  let ctx: ScriptContext<ChatPageHandover>;
  let fetchSpy: MockInstance<typeof fetch>;
  /** While set, the background fails every save with it (a full disk, say). */
  let saveError: Error | undefined;
  /** The saves whose answer never comes back to the page (it went away first, say). */
  let unanswered: ((text: string) => boolean) | undefined;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: 1_000_000 });
    // The status pages are not reached from a test: ranking falls back to what Detour knows.
    fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('offline in tests'));
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(CONVERSATION_URL);
    name = `chat-page-${crypto.randomUUID()}`;
    db = openDb(name);
    saveError = undefined;
    unanswered = undefined;
    const handlers = createHandlers(db);
    stopBackground = handleMessages({
      ...handlers,
      'prompt.save': (input, sender) =>
        saveError ? Promise.reject(saveError) : unanswered?.(input.text) ? new Promise<void>(() => undefined) : handlers['prompt.save'](input, sender),
      // The notice's script, run in the tab as the background runs it there (this test's page is the tab).
      'chat.extras': () => provideExtras(CHAT_EXTRAS),
    });
    sendFrom({ tab: { id: TAB }, url: CONVERSATION_URL });
  });

  afterEach(async () => {
    ctx.notifyInvalidated();
    stopBackground();
    vi.useRealTimers();
    fetchSpy.mockRestore();
    db.close();
    await Dexie.delete(name);
    document.body.innerHTML = '';
  });

  function open(fixture: string, settings: Settings = DEFAULT_SETTINGS): void {
    document.documentElement.innerHTML = new DOMParser()
      .parseFromString(readFixture('chatgpt', fixture), 'text/html')
      .documentElement.innerHTML;
    ctx = new ScriptContext('chat');
    new ChatPage(ctx, document, chatgpt, settings).start();
  }

  /**
   * Starts a copy of the content script on the page as it is. `otherWorld`: the copy runs where
   * the earlier one's state cannot be seen (Firefox after an update; a new isolated world).
   */
  function startCopy(otherWorld = false): void {
    ctx = otherWorld ? new ScriptContext('chat', {}) : new ScriptContext('chat');
    new ChatPage(ctx, document, chatgpt, DEFAULT_SETTINGS).start();
  }

  const composer = () => document.querySelector<HTMLElement>('#prompt-textarea')!;
  const turns = () => document.querySelector('article')!.parentElement!;

  /** The person types: the text appears, ChatGPT shows its send button. */
  function type(text: string): void {
    composer().innerHTML = `<p>${text}</p>`;
    composer().dispatchEvent(new Event('input', { bubbles: true }));
    if (!document.querySelector('[data-testid="send-button"]')) {
      const button = document.createElement('button');
      button.dataset.testid = 'send-button';
      button.setAttribute('aria-label', 'Send prompt');
      button.innerHTML = '<svg width="20" height="20"><path d="M0 0"></path></svg>';
      document.querySelector('[data-testid="composer-speech-button-container"]')!.append(button);
    }
  }

  function press(init: KeyboardEventInit): void {
    composer().dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
  }

  function addTurn(author: 'user' | 'assistant', html: string): void {
    const article = document.createElement('article');
    article.innerHTML = `<div data-message-author-role="${author}">${html}</div>`;
    turns().append(article);
  }

  /** ChatGPT takes the prompt: the composer empties and the prompt becomes the user's last turn. */
  function takePrompt(text: string): void {
    composer().innerHTML = '<p><br class="ProseMirror-trailingBreak"></p>';
    document.querySelector('[data-testid="send-button"]')?.remove();
    addTurn('user', `<div class="whitespace-pre-wrap">${text}</div>`);
  }

  const list = () => listPrompts(db);
  const find = async (text: string): Promise<PromptRecord | undefined> => (await list()).find((record) => record.text === text);

  /** Lets the page's timers run `ms` further, and the database and messages catch up. */
  async function advance(ms: number): Promise<void> {
    await vi.advanceTimersByTimeAsync(ms);
    await pause(20);
  }

  /** Waits, in real time only (the page's clock stands still), for `check` to pass. */
  async function eventually(check: () => Promise<void> | void, withinMs = 2_000): Promise<void> {
    const until = performance.now() + withinMs;
    for (;;) {
      try {
        return await check();
      } catch (error) {
        if (performance.now() > until) throw error;
        await pause(10);
      }
    }
  }

  function noticeText(): string {
    return shadowOf(document.querySelector('detour-notice'))?.textContent ?? '';
  }

  it('saves a draft a moment after typing stops', async () => {
    open('healthy-conversation.html');
    type('Plan a picnic for six');
    await pause(50);
    expect(await list()).toEqual([]);
    await advance(300);
    await eventually(async () =>
      expect(await find('Plan a picnic for six')).toMatchObject({ status: 'draft', site: 'chatgpt', url: CONVERSATION_URL }),
    );
  });

  it('saves at once on Enter, and counts the prompt sent once the composer empties', async () => {
    open('healthy-conversation.html');
    type('Plan a picnic for six');
    press({ key: 'Enter' });
    // The clock has not moved: only the send, not the typing pause, can have saved it.
    await eventually(async () => expect(await find('Plan a picnic for six')).toMatchObject({ status: 'draft' }));
    takePrompt('Plan a picnic for six');
    await advance(200);
    await eventually(async () => expect(await find('Plan a picnic for six')).toMatchObject({ status: 'sent' }));
  });

  it('saves at once on a click on the send button (on its icon, too)', async () => {
    open('healthy-conversation.html');
    type('Plan a picnic for six');
    document.querySelector('[data-testid="send-button"] path')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await eventually(async () => expect(await find('Plan a picnic for six')).toBeDefined());
    takePrompt('Plan a picnic for six');
    await advance(200);
    await eventually(async () => expect(await find('Plan a picnic for six')).toMatchObject({ status: 'sent' }));
  });

  it('takes Shift+Enter, and Enter that ends an input-method word, for typing, not a send', async () => {
    open('healthy-conversation.html');
    type('Plan a picnic');
    press({ key: 'Enter', shiftKey: true });
    press({ key: 'Enter', isComposing: true });
    await pause(50);
    expect(await list()).toEqual([]);
    await advance(300);
    await eventually(async () => expect(await find('Plan a picnic')).toMatchObject({ status: 'draft' }));
  });

  it('says the text is still in the composer when a save fails while it is, and saves it on the retry', async () => {
    open('healthy-conversation.html');
    saveError = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    type('Plan a picnic for six');
    await advance(300);
    await eventually(() => expect(noticeText()).toContain('Your disk is full. Your text is still in the composer'));
    saveError = undefined;
    await advance(10_000);
    await eventually(async () => expect(await find('Plan a picnic for six')).toMatchObject({ status: 'draft' }));
  });

  it('does not claim the composer holds a prompt the site has already taken', async () => {
    open('healthy-conversation.html');
    type('Plan a picnic for six');
    saveError = new Error('disk trouble');
    press({ key: 'Enter' });
    takePrompt('Plan a picnic for six');
    await eventually(() => expect(noticeText()).toContain('disk trouble'));
    expect(noticeText()).toContain('Detour could not save your prompt');
    expect(noticeText()).not.toContain('still in the composer');
  });

  it('keeps a prompt sent while its save fails, says where it is, and writes it once the disk has room', async () => {
    open('healthy-conversation.html');
    saveError = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    type('Plan a picnic for six');
    press({ key: 'Enter' });
    takePrompt('Plan a picnic for six');
    await advance(200);
    await eventually(() => expect(noticeText()).toContain('Detour keeps your prompt in memory and saves it as soon as there is space'));
    expect(noticeText()).not.toContain('still in the composer');
    expect(await list()).toEqual([]);
    saveError = undefined;
    await advance(10_000);
    await eventually(async () => expect(await list()).toEqual([expect.objectContaining({ text: 'Plan a picnic for six', status: 'sent' })]));
    // The notice about the failure no longer holds.
    await eventually(() => expect(noticeText()).toBe(''));
  });

  it('writes the sent text, not a stale draft, when the person edits and sends within 300 ms of a failed save', async () => {
    open('healthy-conversation.html');
    saveError = new Error('Could not establish connection. Receiving end does not exist.');
    type('Plan a picnic');
    await advance(300);
    await eventually(() => expect(noticeText()).toContain('still in the composer'));
    type('Plan a picnic for six');
    press({ key: 'Enter' });
    takePrompt('Plan a picnic for six');
    await advance(200);
    await eventually(() => expect(noticeText()).toContain('Detour keeps your prompt in memory and will try again; keep this tab open'));
    saveError = undefined;
    await advance(10_000);
    await eventually(async () => expect(await list()).toEqual([expect.objectContaining({ text: 'Plan a picnic for six', status: 'sent' })]));
  });

  it('saves at least every second while the person types without a pause', async () => {
    open('healthy-conversation.html');
    const text = 'Plan a picnic for six people';
    for (let length = 1; length <= 12; length++) {
      type(text.slice(0, length));
      await advance(100);
    }
    // 1.2 s of typing, 100 ms between keys: no 300 ms pause, yet the first second is saved.
    await eventually(async () => expect((await list())[0]?.text.length ?? 0).toBeGreaterThanOrEqual(10));
  });

  it('sends the last keystrokes as the page goes away, while an earlier save is still unanswered', async () => {
    open('healthy-conversation.html');
    unanswered = (text) => text === 'Plan a picnic';
    type('Plan a picnic');
    await advance(300);
    // The tab closes right after that save went out, and a key after it.
    type('Plan a picnic for six');
    window.dispatchEvent(new Event('pagehide'));
    await eventually(async () => expect(await find('Plan a picnic for six')).toMatchObject({ status: 'draft' }));
  });

  it('cannot be stopped by the page, and gives the page no start signal to see', async () => {
    const seen: string[] = [];
    const signal = `${browser.runtime.id}:chat:wxt:content-script-started`;
    document.addEventListener(signal, () => seen.push('event'));
    window.addEventListener('message', (event) => seen.push(`message ${JSON.stringify(event.data)}`));
    open('healthy-conversation.html');
    await pause(20);
    expect(seen).toEqual([]);
    // A hostile page sends what WXT's content scripts take as "a newer copy started: stop".
    document.dispatchEvent(new CustomEvent(signal, { detail: { contentScriptName: 'chat', messageId: 'page' } }));
    window.postMessage({ type: signal, contentScriptName: 'chat', messageId: 'page' }, '*');
    await pause(20);
    type('Still saved after the page tried to stop Detour');
    await advance(300);
    await eventually(async () => expect(await find('Still saved after the page tried to stop Detour')).toMatchObject({ status: 'draft' }));
  });

  it('keeps one record when Detour is updated mid-typing and its new copy takes over in the same tab', async () => {
    open('healthy-conversation.html');
    type('Hello wor');
    await advance(300);
    await eventually(async () => expect(await list()).toHaveLength(1));
    startCopy();
    type('Hello world, and the rest');
    await advance(300);
    await eventually(async () => expect(await list()).toEqual([expect.objectContaining({ text: 'Hello world, and the rest' })]));
  });

  it('keeps one record when the new copy cannot see the old one (a new isolated world)', async () => {
    open('healthy-conversation.html');
    type('Hello wor');
    await advance(300);
    await eventually(async () => expect(await list()).toHaveLength(1));
    // The update cuts the old copy off and empties session storage; the person typed on
    // meanwhile; the new copy starts.
    ctx.notifyInvalidated();
    await fakeBrowser.storage.session.clear();
    type('Hello world, typed during the update');
    startCopy(true);
    await advance(300);
    await eventually(async () =>
      expect(await list()).toEqual([expect.objectContaining({ text: 'Hello world, typed during the update', status: 'draft' })]),
    );
  });

  it('starts a new record after an update when the composer holds another prompt', async () => {
    open('healthy-conversation.html');
    type('First idea');
    await advance(300);
    await eventually(async () => expect(await list()).toHaveLength(1));
    ctx.notifyInvalidated();
    type('Something else entirely');
    startCopy(true);
    await advance(300);
    await eventually(async () => expect((await list()).map((record) => record.text).sort()).toEqual(['First idea', 'Something else entirely']));
  });

  it('marks a sent prompt failed when an error card follows, sets the badge and offers the alternatives', async () => {
    open('healthy-conversation.html');
    expect((await readBadge(TAB)).text).toBe('');
    type('Plan a picnic for six');
    press({ key: 'Enter' });
    takePrompt('Plan a picnic for six');
    await advance(200);
    await eventually(async () => expect(await find('Plan a picnic for six')).toMatchObject({ status: 'sent' }));

    addTurn('assistant', `<div class="markdown"><p>Here is</p></div><div class="text-token-text-error">${FAILURE_TEXT}</div>`);
    await advance(200);
    await eventually(async () =>
      expect(await find('Plan a picnic for six')).toMatchObject({
        status: 'failed',
        failure: { kind: 'error', place: 'turn' },
        context: [
          { author: 'user', text: 'Give me three names for a bakery that also sells coffee.' },
          expect.objectContaining({ author: 'assistant' }),
          { author: 'user', text: 'Now write a two-line slogan for the second one.' },
          expect.objectContaining({ author: 'assistant' }),
        ],
      }),
    );
    await eventually(async () => expect((await readBadge(TAB)).text).toBe('!'));
    await eventually(() => {
      const text = noticeText();
      expect(text).toContain('ChatGPT failed');
      expect(text).toContain(FAILURE_TEXT);
      expect(text).toContain('Your prompt is saved in Detour.');
      expect(text).toContain('Send it to:');
      expect(text).toContain('Claude');
    });
  });

  it('does not call a prompt saved, nor offer to send it, before its save has landed', async () => {
    open('healthy-conversation.html');
    saveError = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    type('Plan a picnic for six');
    press({ key: 'Enter' });
    takePrompt('Plan a picnic for six');
    await advance(200);
    addTurn('assistant', `<div class="markdown"><p>Here is</p></div><div class="text-token-text-error">${FAILURE_TEXT}</div>`);
    await advance(200);
    await eventually(() => expect(noticeText()).toContain('ChatGPT failed'));
    expect(noticeText()).not.toContain('Your prompt is saved in Detour.');
    expect(noticeText()).not.toContain('Send it to:');
    saveError = undefined;
    await advance(10_000);
    await eventually(() => expect(noticeText()).toContain('Your prompt is saved in Detour.'));
    expect(noticeText()).toContain('Send it to:');
    await eventually(async () => expect(await find('Plan a picnic for six')).toMatchObject({ status: 'failed' }));
  });

  it('rescues the last user message of a page that loads failed', async () => {
    open('error-generating.html');
    await eventually(async () =>
      expect(await list()).toEqual([
        expect.objectContaining({
          text: 'Now write a two-line slogan for the second one.',
          status: 'failed',
          failure: expect.objectContaining({ place: 'turn' }),
        }),
      ]),
    );
    await eventually(async () => expect((await readBadge(TAB)).text).toBe('!'));
    await eventually(() => expect(noticeText()).toContain('Send it to:'));
  });

  it('shows no notice when the person turned it off, yet sets the badge and keeps the prompt', async () => {
    open('error-generating.html', { ...DEFAULT_SETTINGS, showNotice: false });
    await eventually(async () => expect((await readBadge(TAB)).text).toBe('!'));
    await eventually(async () => expect(await list()).toHaveLength(1));
    await advance(200);
    expect(document.querySelector('detour-notice')).toBeNull();
  });

  it('reads a toast that comes while a reply streams, though the looks at the streaming text kept what they knew of the rest', async () => {
    open('healthy-conversation.html');
    addTurn('assistant', '<div class="markdown"><p>The answer begins</p></div>');
    await advance(300);
    const paragraph = document.querySelector('article:last-child .markdown p')!;
    // Text alone, for three seconds: looked at once a second, each time from the last look's answers.
    for (let ms = 0; ms < 3000; ms += 100) {
      paragraph.append(' and goes on');
      await advance(100);
    }
    expect((await readBadge(TAB)).text).toBe('');
    const toast = document.createElement('div');
    toast.className = 'toast-root';
    toast.setAttribute('role', 'alert');
    toast.textContent = 'Network error. Please check your connection and try again.';
    // Mounted at the top of the page: only a fresh look at the notices finds it there.
    document.body.prepend(toast);
    await advance(200);
    await eventually(async () => expect((await readBadge(TAB)).text).toBe('!'));
  });

  it('reads an error card drawn empty in the reply, then written into, though looks at the streaming text keep what they knew', async () => {
    open('healthy-conversation.html');
    addTurn('assistant', '<div class="markdown"><p>The answer begins</p></div>');
    await advance(300);
    const body = document.querySelector('article:last-child .markdown')!;
    body.insertAdjacentHTML('beforeend', '<div class="text-token-text-error"></div>');
    await advance(300);
    for (let ms = 0; ms < 2000; ms += 100) {
      body.firstElementChild!.append(' and goes on');
      await advance(100);
    }
    expect((await readBadge(TAB)).text).toBe('');
    body.querySelector('.text-token-text-error')!.append(FAILURE_TEXT);
    await advance(1000);
    await eventually(async () => expect((await readBadge(TAB)).text).toBe('!'));
  });

  it('saves what fills the composer without an input event, inside a wrapper the message body selector takes in', async () => {
    open('healthy-conversation.html');
    // A redesign's wrapper: ChatGPT's bodies are .whitespace-pre-wrap too.
    const editor = composer();
    const wrapper = document.createElement('div');
    wrapper.className = 'whitespace-pre-wrap';
    editor.replaceWith(wrapper);
    wrapper.append(editor);
    await advance(300);
    // A suggestion chip, another extension, the site's own "edit prompt": no input event.
    editor.innerHTML = '<p>Filled in by a suggestion</p>';
    await advance(2000);
    await eventually(async () => expect(await find('Filled in by a suggestion')).toMatchObject({ status: 'draft' }));
  });

  const drawActionRows = async (last: Element) => {
    // Changes inside the last turn alone (its action row drawn): each looked at from what the look before found beside it.
    for (let n = 0; n < 5; n++) {
      last.insertAdjacentHTML('beforeend', '<div class="actions"><button aria-label="Copy">c</button></div>');
      await advance(300);
    }
    expect((await readBadge(TAB)).text).toBe('');
  };

  // An error card, and a live region with no card class, which only the site-independent layer's notices find.
  it.each([
    ['an error card', '<div class="text-token-text-error">Something went wrong while generating the response.</div>'],
    ['a live region', '<div role="status" aria-live="polite">Something went wrong. Please try again.</div>'],
  ])('reads %s drawn in the last turn after looks at that turn alone', async (_, html) => {
    open('healthy-conversation.html');
    addTurn('assistant', '<div class="markdown"><p>The answer</p></div>');
    await advance(300);
    const last = document.querySelector('article:last-child [data-message-author-role]')!;
    await drawActionRows(last);
    last.insertAdjacentHTML('beforeend', html);
    // Past the window a look may still have open, as the other tests here wait.
    await advance(200);
    await eventually(async () => expect((await readBadge(TAB)).text).toBe('!'));
  });

  it('tells changes inside the last turn the look before found from the rest of the page, and text from both', async () => {
    open('healthy-conversation.html');
    addTurn('assistant', '<div class="markdown"><p>The answer</p></div>');
    await advance(300);
    const changed = vi.spyOn(Pace.prototype, 'changed');
    try {
      const last = document.querySelector('article:last-child [data-message-author-role]')!;
      const told = async (change: () => void) => {
        changed.mockClear();
        change();
        await advance(300);
        return changed.mock.calls.map(([kind]) => kind);
      };
      expect(await told(() => last.insertAdjacentHTML('beforeend', '<div class="actions"></div>'))).toEqual(['turn']);
      expect(await told(() => last.querySelector('.markdown p')!.append(' goes on'))).toEqual(['text']);
      expect(await told(() => document.body.append(document.createElement('div')))).toEqual(['page']);
    } finally {
      changed.mockRestore();
    }
  });

  it('reads a toast mounted at the top of the page after looks at the last turn alone kept what they knew of the rest', async () => {
    open('healthy-conversation.html');
    addTurn('assistant', '<div class="markdown"><p>The answer</p></div>');
    await advance(300);
    await drawActionRows(document.querySelector('article:last-child [data-message-author-role]')!);
    const toast = document.createElement('div');
    toast.setAttribute('role', 'alert');
    toast.textContent = 'Network error. Please check your connection and try again.';
    document.body.prepend(toast);
    await advance(200);
    await eventually(async () => expect((await readBadge(TAB)).text).toBe('!'));
  });
});
