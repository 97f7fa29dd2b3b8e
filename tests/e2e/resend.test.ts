import { describe, expect, it } from 'vitest';
import type { PromptRecord } from '../../lib/model';
import type { PendingResend } from '../../lib/retry/resend';
import type { BrowserName } from './harness/browsers';
import { ask, clickNoticeButton, noticeText, prompts, waitForBadge } from './harness/detour';
import type { Tab } from './harness/session';
import { browserSuite } from './harness/suite';

/**
 * "Send here again when ChatGPT is working", in real browsers on the stand-in: the person chooses
 * it after a failure, Detour keeps the prompt (the tab may close), and once ChatGPT answers again
 * in another tab, Detour sends the prompt in the conversation where it failed. Kept from the popup
 * instead, a prompt can be cancelled there, and then it is not sent.
 */

const CHAT = 'https://chatgpt.com/';
const COMPOSER = '#prompt-textarea';
const RESEND = 'Send here again when ChatGPT is working';

describe.each(['chromium', 'firefox'] as const)('sending again once the chatbot is back, in %s', (name: BrowserName) => {
  const suite = browserSuite(name);
  const { control, open } = suite;

  async function send(text: string): Promise<{ tab: Tab; tabId: number }> {
    const opened = await open(CHAT);
    await opened.tab.waitFor(`${COMPOSER}[contenteditable="true"]`);
    await opened.tab.click(COMPOSER);
    await opened.tab.type(text);
    await opened.tab.press('Enter');
    return opened;
  }

  const saved = async (text: string): Promise<PromptRecord | undefined> => (await prompts(suite.session)).find((prompt) => prompt.text === text);
  const waiting = () => ask<PendingResend[]>(suite.session, 'resend.list', {});

  /** ChatGPT works again: a prompt in another tab gets its answer. */
  async function answeredElsewhere(): Promise<void> {
    await control.setScenario('chatgpt.com', 'ok');
    const text = `Back? ${name} ${Date.now()}`;
    await send(text);
    await expect.poll(async () => (await saved(text))?.status, { timeout: 10_000 }).toBe('answered');
  }

  it('keeps a failed prompt when chosen, and sends it in its own conversation once ChatGPT answers again; not one cancelled in the popup', async () => {
    await control.setScenario('chatgpt.com', 'error-card');
    const text = `Send when back ${name} ${Date.now()}`;
    const failed = await send(text);
    await waitForBadge(suite.session, failed.tabId, '!');
    await expect.poll(() => noticeText(failed.tab)).toContain(RESEND);
    await clickNoticeButton(failed.tab, RESEND);
    await expect.poll(() => noticeText(failed.tab)).toContain('Detour will send it to ChatGPT again');
    const record = (await saved(text))!;
    expect(record.url).toMatch(/^https:\/\/chatgpt\.com\/c\//);
    expect(await waiting()).toMatchObject([{ promptId: record.id, site: 'chatgpt', url: record.url }]);

    // A second failed prompt, kept from the popup and cancelled there.
    const dropped = `Cancelled ${name} ${Date.now()}`;
    const other = await send(dropped);
    await waitForBadge(suite.session, other.tabId, '!');
    const popup = suite.adopt(await suite.session.openExtensionPage(`popup.html?tab=${other.tabId}`));
    await popup.waitFor('.card .resend');
    await popup.click('.card .resend');
    const cancelled = (await saved(dropped))!;
    await popup.waitFor(`.resend-item[data-prompt="${cancelled.id}"] button`);
    expect(await waiting()).toHaveLength(2);
    await popup.click(`.resend-item[data-prompt="${cancelled.id}"] button`);
    await expect.poll(async () => (await waiting()).map((entry) => entry.promptId)).toEqual([record.id]);
    await expect.poll(() => popup.evaluate((id) => document.querySelector(`.resend-item[data-prompt="${id}"]`) === null, cancelled.id)).toBe(true);

    // Nothing happens while ChatGPT still fails, and the prompt outlives its tab.
    await Promise.all([failed.tab.close(), other.tab.close()]);
    expect(await control.received('chatgpt.com')).toEqual([text, dropped]);

    await answeredElsewhere();
    await expect.poll(async () => (await control.received('chatgpt.com')).filter((received) => received === text), { timeout: 20_000 }).toHaveLength(2);
    const resent = suite.adopt(await suite.session.tabAt(record.url));
    // The same conversation: the failed turn from before, then the prompt sent again.
    await expect
      .poll(() => resent.evaluate((prompt) => Array.from(document.querySelectorAll('[data-message-author-role="user"]'), (turn) => turn.textContent?.trim() === prompt), text), {
        timeout: 10_000,
      })
      .toEqual([true, true]);
    expect(resent.url()).toBe(record.url);
    expect(await waiting()).toEqual([]);
    expect((await control.received('chatgpt.com')).filter((received) => received === dropped)).toHaveLength(1);
  });
});
