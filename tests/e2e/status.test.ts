import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from './global-setup';
import type { BrowserName } from './harness/browsers';
import { StandInControl } from './harness/control';
import { lane } from './harness/lane';
import { launch, prompts, tabIdOf, waitForBadge } from './harness/detour';
import type { Session, Tab } from './harness/session';

/**
 * The popup's "is it me or is it them?" in real browsers: the background reads the official
 * status pages (served by the stand-in from saved answers), the popup shows each provider with
 * Detour's own evidence beside it, and ranks the alternatives by health.
 */

const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

type Row = { site: string; health: string; text: string };

/** Each provider of the popup's strip, with the details its chip shows when pressed. */
function providerRows(popup: Tab): Promise<Row[]> {
  return popup.evaluate(async () => {
    const rows: Row[] = [];
    for (const row of Array.from(document.querySelectorAll<HTMLElement>('.provider'))) {
      const chip = row.querySelector('button')!;
      if (chip.getAttribute('aria-expanded') !== 'true') chip.click();
      // The page draws the details on its next turn.
      await new Promise((resolve) => setTimeout(resolve, 0));
      rows.push({ site: row.dataset.site ?? '', health: row.dataset.health ?? '', text: document.querySelector('.provider-details')?.textContent ?? '' });
    }
    return rows;
  }, undefined);
}

describe.each(['chromium', 'firefox'] as const)('provider status in %s', (name: BrowserName) => {
  const control = new StandInControl(lane().standInPort);
  let session: Session;

  beforeAll(async () => {
    await control.reset();
    // Set before this browser's first check: each status page is asked at most once a minute.
    await control.setStatusPage('status.claude.com', 'claude-degraded.json');
    await control.setStatusPage('status.perplexity.com', 'broken-redirect-to-html.html');
    await control.setStatusPage('status.deepseek.com', 'deepseek-partial-outage.json');
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
    await control.reset();
  });

  it('shows each provider\'s official status beside the failures Detour saw, and ranks the alternatives', async () => {
    await control.setScenario('chatgpt.com', 'error-card');
    const url = `https://chatgpt.com/?tab=status-${name}`;
    const chat = await session.newTab(url);
    const tabId = await tabIdOf(session, url);
    await chat.waitFor('#prompt-textarea[contenteditable="true"]');
    await chat.click('#prompt-textarea');
    await chat.type(`Status check ${name}`);
    await chat.press('Enter');
    await waitForBadge(session, tabId, '!');

    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect
      .poll(async () => (await providerRows(popup)).find((row) => row.site === 'claude')?.health, { timeout: 20_000 })
      .toBe('degraded');
    await expect.poll(async () => (await providerRows(popup)).find((row) => row.site === 'perplexity')?.text, { timeout: 20_000 }).toContain(
      'Status unknown',
    );
    const rows = await providerRows(popup);
    const row = (site: string) => rows.find((entry) => entry.site === site)!;

    // OpenAI's page has its API degraded but ChatGPT's conversations fine; Detour saw a failure.
    expect(row('chatgpt').health).toBe('degraded');
    expect(row('chatgpt').text).toContain('Detour saw 1 failure in your tabs in the last hour.');
    expect(row('chatgpt').text).toContain('status pages often lag real outages');
    expect(row('claude').text).toContain('status page checked');
    // A status page that moved is unknown, never an outage.
    expect(row('perplexity').health).toBe('unknown');
    expect(row('perplexity').text).toContain('Status unknown: the status page has moved.');
    expect(['degraded', 'down']).toContain(row('deepseek').health);
    expect(row('copilot').text).toContain('No official status page');
    expect(row('gemini').text).toContain('only with your permission');
    expect(row('gemini').text).toContain('Allow');

    // The failed prompt's alternatives: the healthy ones first, Claude and DeepSeek last.
    // The popup shows the first alternatives; the rest come with "+N".
    await popup.click('.targets .more');
    const targets = await popup.evaluate(
      () => Array.from(document.querySelectorAll<HTMLElement>('.targets [data-target]'), (button) => button.dataset.target),
      undefined,
    );
    expect(targets.slice(-2).sort()).toEqual(['claude', 'deepseek']);
    expect(targets).not.toContain('chatgpt');
    await popup.screenshot(join(SCREENSHOTS, `${name}-popup-status.png`));
    await popup.close();
    await chat.close();
  });

  it('offers to retry a failed prompt once its chatbot answers again', async () => {
    await control.setScenario('chatgpt.com', 'ok');
    const url = `https://chatgpt.com/?tab=recovery-${name}`;
    const chat = await session.newTab(url);
    await chat.waitFor('#prompt-textarea[contenteditable="true"]');
    await chat.click('#prompt-textarea');
    await chat.type(`Recovery check ${name}`);
    await chat.press('Enter');
    // Set only once the notification was created (headless Firefox retires it at once, so its
    // list of shown notifications is no witness).
    await expect
      .poll(async () => (await prompts(session)).find((prompt) => prompt.text === `Status check ${name}`)?.retryOfferedAt, {
        timeout: 15_000,
      })
      .toBeGreaterThan(0);
    await chat.close();
  });
});
