import { describe, expect, it } from 'vitest';
import type { BrowserName } from './harness/browsers';
import { noticeText, prompts } from './harness/detour';
import { browserSuite } from './harness/suite';

/**
 * The stand-in plays a hostile chatbot page: its scripts look for Detour, try to stop it the way
 * WXT's content scripts stop an older copy of themselves (a DOM event and a postMessage), and try
 * to read what Detour puts in the page. None of it works: the page sees no start signal, cannot
 * stop Detour, and finds nothing of Detour's in its DOM but an empty <detour-notice> whose shadow
 * root is closed.
 */

const CHAT = 'https://chatgpt.com/';
const COMPOSER = '#prompt-textarea';

type Api = { runtime: { id: string } };

describe.each(['chromium', 'firefox'] as const)('a hostile page in %s', (name: BrowserName) => {
  const suite = browserSuite(name);

  it('sees no start signal, cannot stop Detour, and cannot read its notice', async () => {
    const extensionId = await suite.session.extension(
      () => (((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api).runtime.id,
      undefined,
    );
    // What WXT's content-script context dispatched on the page, and listened for.
    const signal = `${extensionId}:chat:wxt:content-script-started`;
    const { tab } = await suite.open(CHAT);
    await tab.waitFor(`${COMPOSER}[contenteditable="true"]`);

    // The page listens for any sign of Detour, then Detour starts again in it (an update).
    await tab.evaluate((type) => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      document.addEventListener(type, () => seen.push('start event'));
      window.addEventListener('message', (event) => seen.push(`message ${JSON.stringify(event.data)}`));
    }, signal);
    await suite.session.faults.reloadExtension('reload');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await tab.evaluate(() => (window as unknown as { seen: string[] }).seen, undefined)).toEqual([]);

    // The page forges the signal, as it would have to stop WXT's content script.
    await tab.evaluate((type) => {
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'chat', messageId: 'forged' } }));
      window.postMessage({ type, contentScriptName: 'chat', messageId: 'forged' }, '*');
    }, signal);
    const text = `Typed after the page tried to stop Detour (${name} ${Date.now()})`;
    await tab.click(COMPOSER);
    await tab.type(text);
    await expect.poll(async () => (await prompts(suite.session)).find((prompt) => prompt.text === text)?.status, { timeout: 5_000 }).toBe('draft');

    // A failure: Detour's notice shows, and the page can read nothing of it.
    await suite.control.setScenario('chatgpt.com', 'error-card');
    await tab.press('Enter');
    await expect.poll(() => noticeText(tab), { timeout: 15_000 }).toContain('ChatGPT failed');
    const seenByPage = await tab.evaluate(
      () =>
        Array.from(document.querySelectorAll('*'))
          .filter((element) => element.localName.startsWith('detour') || [...element.attributes].some((attribute) => /detour/i.test(attribute.name)))
          .map((element) => ({
            name: element.localName,
            attributes: element.attributes.length,
            text: element.textContent,
            shadowRoot: element.shadowRoot !== null,
          })),
      undefined,
    );
    expect(seenByPage).toEqual([{ name: 'detour-notice', attributes: 0, text: '', shadowRoot: false }]);
  });
});
