import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureNames, fixtureState } from '../fixtures';
import type { BrowserName } from './harness/browsers';
import { badge, clickNoticeButton, noticeText, prompts, setSettings, waitForBadge } from './harness/detour';
import type { Tab } from './harness/session';
import { browserSuite, SCREENSHOTS } from './harness/suite';
import type { Scenario } from './stand-in/scenarios';

/** Whether Detour's notice covers any part of the chatbot's composer, or of its own error card. */
async function overlaps(tab: Tab, what: 'composer' | 'error'): Promise<boolean> {
  const card = await tab.inShadow('detour-notice', (root) => {
    const box = root.querySelector('.card')?.getBoundingClientRect();
    return box && { left: box.left, right: box.right, top: box.top, bottom: box.bottom };
  }, undefined);
  return tab.evaluate(({ selector, what, card }) => {
    const target = what === 'composer' ? document.querySelector(selector)?.closest('form') : document.querySelector('[class*="text-token-text-error"]');
    const box = target?.getBoundingClientRect();
    if (!card || !box) throw new Error(`notice or ${what} missing`);
    return card.left < box.right && box.left < card.right && card.top < box.bottom && box.top < card.bottom;
  }, { selector: COMPOSER, what, card });
}

/**
 * Detour's production build in real browsers, on the ChatGPT stand-in: capture, detection of each
 * failure, the badge, the notice, stalls, and the look-alikes that must stay quiet.
 */

const CHAT = 'https://chatgpt.com/';
const COMPOSER = '#prompt-textarea';

describe.each(['chromium', 'firefox'] as const)('ChatGPT in %s', (name: BrowserName) => {
  const suite = browserSuite(name);
  const { control, open } = suite;

  /** A new chat with `text` typed into the composer, as a person types it. */
  async function typeInNewChat(text: string): Promise<{ tab: Tab; tabId: number }> {
    const { tab, tabId } = await open(CHAT);
    await tab.waitFor(`${COMPOSER}[contenteditable="true"]`);
    await tab.click(COMPOSER);
    await tab.type(text);
    return { tab, tabId };
  }

  it('saves what is typed within a second, and keeps it when the tab is closed and reopened', async () => {
    const text = `Capture check ${name} ${Date.now()}: naïve café, 日本語, 🙂`;
    const { tab } = await typeInNewChat(text);
    const typedAt = Date.now();
    await expect.poll(async () => (await prompts(suite.session)).some((prompt) => prompt.text === text), { timeout: 1000, interval: 50 }).toBe(true);
    const savedWithinMs = Date.now() - typedAt;
    expect(savedWithinMs).toBeLessThanOrEqual(1000);
    await tab.close();

    await open(CHAT);
    const saved = (await prompts(suite.session)).find((prompt) => prompt.text === text);
    expect(saved).toMatchObject({ site: 'chatgpt', status: 'draft' });
  });

  it('marks a prompt sent, and a healthy streamed answer answered, with no badge or notice', async () => {
    const text = `Healthy ${name} ${Date.now()}`;
    const { tab, tabId } = await typeInNewChat(text);
    await tab.press('Enter');
    await expect.poll(async () => (await prompts(suite.session)).find((prompt) => prompt.text === text)?.status, { timeout: 10_000 }).toBe('answered');
    const record = (await prompts(suite.session)).find((prompt) => prompt.text === text)!;
    expect(record.url).toMatch(/^https:\/\/chatgpt\.com\/c\//);
    expect(await badge(suite.session, tabId)).toEqual({ text: '', title: 'Detour: no problem seen on ChatGPT' });
    expect(await noticeText(tab)).toBe('');
    await tab.close();
  });

  const failures: [Scenario, string][] = [
    ['error-card', 'Something went wrong while generating the response'],
    ['http-500', 'Something went wrong while generating the response'],
    ['network', 'Network error'],
    ['http-429', 'Too many requests in 1 hour'],
    ['limit-dialog', 'Free plan limit for GPT-5'],
  ];

  it.each(failures)('flags %s with the badge, its title and the in-page notice', async (scenario, words) => {
    await control.setScenario('chatgpt.com', scenario);
    const text = `Failure ${scenario} ${name} ${Date.now()}`;
    const { tab, tabId } = await typeInNewChat(text);
    await tab.press('Enter');
    const title = await waitForBadge(suite.session, tabId, '!', 10_000, words);
    expect(title).toContain('Detour: ChatGPT failed:');
    // The notice waits a moment for the alternatives ranked by health.
    await expect.poll(() => noticeText(tab)).toContain('ChatGPT failed');
    // It says the prompt is saved once the save has landed (a 429 can come before it does).
    await expect.poll(() => noticeText(tab)).toContain('Your prompt is saved in Detour.');
    await expect.poll(async () => (await prompts(suite.session)).find((prompt) => prompt.text === text)?.status).toBe('failed');
    if (scenario === 'error-card') {
      await tab.screenshot(join(SCREENSHOTS, `${name}-notice.png`));
      expect(await overlaps(tab, 'composer')).toBe(false);
      expect(await overlaps(tab, 'error')).toBe(false);
      // Escape closes it from the composer, where the person is.
      await tab.click(COMPOSER);
      await tab.press('Escape');
      await expect.poll(() => noticeText(tab)).toBe('');
    }
    await tab.close();
  });

  it("shows this tab's state and the failed prompt in the popup, and exports it", async () => {
    await control.setScenario('chatgpt.com', 'error-card');
    const text = `Popup ${name} ${Date.now()}\nsecond line, "quoted", =1+1`;
    const { tab, tabId } = await typeInNewChat(text.replace('\n', ''));
    await tab.press('Enter');
    await waitForBadge(suite.session, tabId, '!');
    const popup = await suite.session.openExtensionPage(`popup.html?tab=${tabId}`);
    suite.adopt(popup);
    await popup.waitFor('.status[data-state="failed"]');
    expect(await popup.evaluate(() => document.querySelector('.status')?.textContent, undefined)).toBe(
      'ChatGPT failed in this tab“Something went wrong while generating the response. If this issue persists please contact us through our help center at help.openai.com.”',
    );
    expect(await popup.evaluate(() => document.querySelector('#card-heading')?.textContent, undefined)).toBe('The prompt that failed');
    expect(await popup.evaluate(() => document.querySelector('.card-text')?.textContent, undefined)).toBe(text.replace('\n', ''));
    await popup.screenshot(join(SCREENSHOTS, `${name}-popup.png`));

    const file = await popup.download(() => popup.click('button[data-format="json"]'));
    expect(file.name).toMatch(/^detour-prompts-\d{4}-\d\d-\d\dT\d\d-\d\d\.json$/);
    const exported = JSON.parse(file.text) as { format: string; version: number; prompts: { text: string; status: string }[] };
    expect(exported).toMatchObject({ format: 'detour-prompts', version: 1 });
    expect(exported.prompts.find((prompt) => prompt.text === text.replace('\n', ''))).toMatchObject({ status: 'failed' });
    const markdown = await popup.download(() => popup.click('button[data-format="markdown"]'));
    expect(markdown.text).toContain(text.replace('\n', ''));
  });

  it('sends the failed prompt to another chatbot in one click, from the notice and from the popup', async () => {
    await control.setScenario('chatgpt.com', 'error-card');
    const text = `One click ${name} ${Date.now()}`;
    const { tab, tabId } = await typeInNewChat(text);
    await tab.press('Enter');
    await waitForBadge(suite.session, tabId, '!');
    await expect.poll(() => noticeText(tab)).toContain('Send it to:');
    await clickNoticeButton(tab, 'Claude');
    await expect.poll(() => control.received('claude.ai'), { timeout: 20_000 }).toEqual([text]);
    expect(await noticeText(tab)).toBe('');

    const popup = suite.adopt(await suite.session.openExtensionPage(`popup.html?tab=${tabId}`));
    // The popup shows the first two alternatives; the others are one press of "+N" away.
    await popup.waitFor('.targets .more');
    expect(await popup.evaluate(() => document.querySelector('.targets [data-target="gemini"]'), undefined)).toBeNull();
    await popup.click('.targets .more');
    await popup.click('.targets [data-target="gemini"]');
    await expect.poll(() => control.received('gemini.google.com'), { timeout: 20_000 }).toEqual([text]);
  });

  it('flags a failure present when a failed conversation is reloaded, and keeps its prompt', async () => {
    await control.setScenario('chatgpt.com', 'error-card');
    const text = `Reload ${name} ${Date.now()}`;
    const { tab, tabId } = await typeInNewChat(text);
    await tab.press('Enter');
    await waitForBadge(suite.session, tabId, '!');
    await control.setScenario('chatgpt.com', 'ok');
    await tab.reload();
    expect(await waitForBadge(suite.session, tabId, '!')).toContain('Something went wrong while generating the response');
    await expect.poll(() => noticeText(tab)).toContain('Send it to:');
    expect((await prompts(suite.session)).filter((prompt) => prompt.text === text)).toHaveLength(1);
    await tab.close();
  });

  it('flags the 502 page served on chatgpt.com', async () => {
    await control.setScenario('chatgpt.com', 'page-502');
    const { tabId } = await open(CHAT);
    expect(await waitForBadge(suite.session, tabId, '!')).toBe('Detour: ChatGPT failed: chatgpt.com | 502: Bad gateway');
  });

  it('calls a reply that stops moving a stall after the set time, and a reply that never starts too', async () => {
    await setSettings(suite.session, { stallSeconds: 5, noReplySeconds: 5 });
    for (const [scenario, title] of [
      ['stall', "Detour: ChatGPT's reply stopped moving (5 s without new text)"],
      ['no-reply', 'Detour: ChatGPT has not started a reply (5 s after sending)'],
    ] as const) {
      await control.setScenario('chatgpt.com', scenario);
      const text = `Stall ${scenario} ${name} ${Date.now()}`;
      const { tab, tabId } = await typeInNewChat(text);
      await tab.press('Enter');
      expect(await badge(suite.session, tabId)).toMatchObject({ text: '' });
      expect(await waitForBadge(suite.session, tabId, '…', 12_000)).toBe(title);
      await expect.poll(() => noticeText(tab)).toContain('ChatGPT seems stuck');
      await tab.close();
    }
  });

  it('stays quiet on every look-alike fixture and flags every failure fixture, at the real host', async () => {
    const results: string[] = [];
    for (const fixture of fixtureNames('chatgpt')) {
      const { tab, tabId } = await open(`${CHAT}__stand-in/fixture/${fixture}`);
      await expect.poll(async () => (await badge(suite.session, tabId)).title, { timeout: 10_000 }).toMatch(/^Detour: /);
      const state = fixtureState(fixture);
      const expected = state === 'error' || state === 'limit' || state === 'page' ? '!' : '';
      results.push(`${fixture}: ${(await badge(suite.session, tabId)).text === expected ? 'as expected' : 'WRONG'}`);
      await tab.close();
    }
    expect(results.filter((line) => line.endsWith('WRONG'))).toEqual([]);
  });
});
