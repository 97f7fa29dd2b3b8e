import { describe, expect, it } from 'vitest';
import type { BrowserName } from './harness/browsers';
import { badge, prompts, setSettings, waitForBadge } from './harness/detour';
import { browserSuite } from './harness/suite';

/**
 * The failures outage reports name beyond an error on the page, and a page Detour cannot read,
 * in real browsers on the ChatGPT stand-in: a login loop, a challenge that never lets the tab in,
 * a blank screen, the capacity page at any path, and a redesign that makes every selector stale.
 */

const CHAT = 'https://chatgpt.com/';
/** A page of the site whose URL stays put, to find the tab by before it starts moving. */
const LANDING = `${CHAT}__stand-in/fixture/healthy-new-chat.html`;

describe.each(['chromium', 'firefox'] as const)('what else fails, in %s', (name: BrowserName) => {
  const suite = browserSuite(name);
  const { control, open } = suite;

  it('calls being sent back to the sign-in page again and again a login loop', async () => {
    const { tab, tabId } = await open(LANDING);
    await control.setScenario('chatgpt.com', 'login-loop');
    await tab.evaluate((url) => void (location.href = url), CHAT);
    expect(await waitForBadge(suite.session, tabId, '!', 15_000, 'sign-in')).toBe('Detour: ChatGPT failed: Sent back to the sign-in page 3 times within a minute');
  });

  it('calls a "verify you are human" challenge that keeps coming back a failure', async () => {
    await control.setScenario('chatgpt.com', 'challenge-loop');
    const { tabId } = await open(CHAT);
    expect(await waitForBadge(suite.session, tabId, '!', 15_000, 'human')).toBe('Detour: ChatGPT failed: Asked to verify you are human 3 times within a minute');
  });

  it('calls a page whose app never renders blank after the set time, and not before', async () => {
    await setSettings(suite.session, { blankSeconds: 5 });
    await control.setScenario('chatgpt.com', 'blank');
    const { tabId } = await open(CHAT);
    await expect.poll(async () => (await badge(suite.session, tabId)).title, { timeout: 10_000 }).toMatch(/^Detour: /);
    expect((await badge(suite.session, tabId)).text).toBe('');
    expect(await waitForBadge(suite.session, tabId, '!', 12_000)).toBe('Detour: ChatGPT failed: The page stayed blank: no message box 5 s after it loaded');
  });

  it('flags the capacity page at any path of the site', async () => {
    await control.setScenario('chatgpt.com', 'capacity');
    const { tabId } = await open(`${CHAT}c/68f0a1b2-0000-8000-9000-00000000cafe?model=gpt-5`);
    expect(await waitForBadge(suite.session, tabId, '!')).toBe('Detour: ChatGPT failed: ChatGPT is at capacity right now');
  });

  it('keeps the prompt typed in a composer no selector matches, and says it cannot read the page', async () => {
    await setSettings(suite.session, { blankSeconds: 5 });
    await control.setScenario('chatgpt.com', 'renamed');
    const { tab, tabId } = await open(CHAT);
    const editor = '[data-stand-in="editor"] [contenteditable="true"]';
    await tab.waitFor(editor);
    expect(await tab.evaluate(() => document.querySelector('#prompt-textarea, form[data-type]'), undefined)).toBeNull();
    const text = `Renamed composer ${name} ${Date.now()}`;
    await tab.click(editor);
    await tab.type(text);
    await expect.poll(async () => (await prompts(suite.session)).find((prompt) => prompt.text === text)?.status, { timeout: 5000 }).toBe('draft');
    await tab.press('Enter');
    await expect.poll(async () => (await prompts(suite.session)).find((prompt) => prompt.text === text)?.status, { timeout: 10_000 }).not.toBe('draft');

    expect(await waitForBadge(suite.session, tabId, '', 12_000, "can't read")).toBe("Detour can't read this ChatGPT page — the site may have changed");
    const popup = suite.adopt(await suite.session.openExtensionPage(`popup.html?tab=${tabId}`));
    await popup.waitFor('.status[data-state="blind"]');
    expect(await popup.evaluate(() => document.querySelector('.status-line')?.textContent, undefined)).toBe(
      "Detour can't read this page — the site may have changed",
    );
  });
});
