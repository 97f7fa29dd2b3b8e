import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { ChatExtras } from '../../lib/chat/extras';
import { CHAT_EXTRAS } from '../../lib/chat/extras-parts';
import { LazyNotice } from '../../lib/chat/lazy-notice';
import { runScript } from '../../lib/tabs/scripts';

const CONTENT = { tone: 'failure', title: 'ChatGPT failed', body: 'Something went wrong', actions: [], closeLabel: 'Close' } as const;

/** The notice's host on the page (its card is in a closed shadow root). */
const shownHosts = () => [...document.body.children].filter((element) => element.tagName !== 'SCRIPT').length;

describe('the notice loaded when first needed', () => {
  it('loads nothing to hide a notice never shown', () => {
    const load = vi.fn(() => Promise.resolve(CHAT_EXTRAS));
    const notice = new LazyNotice(load, (extras) => new extras.PageNotice(document));
    notice.hide();
    notice.ifAsked(() => undefined);
    expect(load).not.toHaveBeenCalled();
  });

  it('keeps the order asked while the extras load: shown, then hidden, stays hidden', async () => {
    let arrive: (extras: ChatExtras) => void = () => undefined;
    // One load for all (as loadExtras keeps it), that takes its time.
    const arrival = new Promise<ChatExtras>((resolve) => (arrive = resolve));
    const notice = new LazyNotice(() => arrival, (extras) => new extras.PageNotice(document));
    const tones: unknown[] = [];
    notice.with((page) => page.show(CONTENT));
    notice.with((page) => tones.push(page.tone));
    notice.hide();
    notice.with((page) => tones.push(page.tone));
    expect(tones).toEqual([]);
    arrive(CHAT_EXTRAS);
    await vi.waitFor(() => expect(tones).toHaveLength(2));
    expect(tones).toEqual(['failure', undefined]);
    expect(shownHosts()).toBe(0);
  });

  it('drops a step whose extras cannot be loaded, and tries again at the next', async () => {
    const load = vi.fn<() => Promise<ChatExtras>>().mockRejectedValueOnce(new Error('no background')).mockResolvedValue(CHAT_EXTRAS);
    const notice = new LazyNotice(load, (extras) => new extras.PageNotice(document));
    const ran: string[] = [];
    notice.with(() => ran.push('first'));
    notice.with((page) => {
      page.show(CONTENT);
      ran.push(String(page.tone));
    });
    await vi.waitFor(() => expect(ran).toEqual(['failure']));
    expect(load).toHaveBeenCalledTimes(2);
    notice.hide();
  });
});

describe("running Detour's script in a tab", () => {
  it('uses scripting where the browser has it (Chrome)', async () => {
    const executeScript = vi.fn(async () => []);
    const scripting = Object.assign(browser, { scripting: { executeScript } });
    await runScript(7, '/chat-extras.js');
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/chat-extras.js'] });
    Reflect.deleteProperty(scripting, 'scripting');
  });

  it("uses tabs.executeScript where it has not (Firefox's Manifest V2)", async () => {
    const executeScript = vi.fn(async () => []);
    const { scripting } = browser as { scripting?: unknown };
    Reflect.deleteProperty(browser, 'scripting');
    Object.assign(browser.tabs, { executeScript });
    await runScript(7, '/chat-extras.js');
    expect(executeScript).toHaveBeenCalledWith(7, { file: '/chat-extras.js' });
    if (scripting) Object.assign(browser, { scripting });
  });
});
