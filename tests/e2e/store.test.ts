import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './global-setup';
import type { BrowserName } from './harness/browsers';
import { importPrompts, noticeText, waitForBadge } from './harness/detour';
import { browserSuite } from './harness/suite';

/**
 * What the stores show and ask for, made by the real browsers from the production build: the
 * screenshots of the listing (store/screenshots/, made afresh by each run, not committed), and
 * the privacy policy inside the extension, the same words as the README's.
 */

export const STORE_SCREENSHOTS = join(ROOT, 'store', 'screenshots');
/** The Chrome Web Store's size (addons.mozilla.org takes any). */
const STORE_SIZE = { width: 1280, height: 800 };
const english = JSON.parse(readFileSync(join(ROOT, 'public', '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>;

/** A PNG's size and colour type (2: RGB, 6: RGB with alpha), from its header. */
function pngHeader(path: string): { width: number; height: number; colourType: number } {
  const bytes = readFileSync(path);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colourType: bytes[25]! };
}

const LIBRARY = [
  { id: 'store-1', site: 'claude', text: 'Summarise this quarter’s customer feedback in five bullet points, grouped by theme.', tags: ['work'], pinned: true },
  { id: 'store-2', site: 'gemini', text: 'Plan a two-day walking itinerary for Lisbon with a vegetarian lunch each day.', tags: ['travel'] },
  { id: 'store-3', site: 'chatgpt', text: 'Explain the difference between a mutex and a semaphore, with a small Python example.', tags: ['code'] },
  { id: 'store-4', site: 'perplexity', text: 'Which European rail passes cover night trains, and what do they cost?', tags: ['travel'] },
  { id: 'store-5', site: 'mistral', text: 'Rewrite this paragraph for a ten-year-old reader.' },
];

describe.each(['chromium', 'firefox'] as const)('the store listing in %s', (name: BrowserName) => {
  const suite = browserSuite(name);

  it('is illustrated at 1280 × 800 by the notice, the popup, the welcome page and the library', async () => {
    mkdirSync(STORE_SCREENSHOTS, { recursive: true });
    const at = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
    await importPrompts(
      suite.session,
      LIBRARY.map((prompt, index) => ({ url: '', status: 'answered', createdAt: at(90 * (index + 1)), updatedAt: at(90 * (index + 1)), ...prompt })),
    );
    await suite.control.setScenario('chatgpt.com', 'error-card');
    const { tab: chat, tabId } = await suite.open('https://chatgpt.com/');
    await chat.setViewport(STORE_SIZE);
    await chat.waitFor('#prompt-textarea[contenteditable="true"]');
    await chat.click('#prompt-textarea');
    await chat.type('Draft a friendly reminder to the team about Friday’s release checklist.');
    await chat.press('Enter');
    await waitForBadge(suite.session, tabId, '!');
    await expect.poll(() => noticeText(chat)).toContain('Send it to:');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const shot = (page: string) => join(STORE_SCREENSHOTS, `${name}-${page}.png`);
    await chat.screenshot(shot('notice'));

    // The popup drawn over the page it reports on, as a person sees it open.
    const popup = suite.adopt(await suite.session.openExtensionPage(`popup.html?tab=${tabId}`));
    await popup.setViewport({ width: 400, height: 600 });
    await popup.waitFor('.providers .chip');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const popupShot = join(tmpdir(), `detour-${name}-popup-${Date.now()}.png`);
    await popup.screenshot(popupShot);
    const canvas = suite.adopt(await suite.session.newTab('about:blank'));
    await canvas.setViewport(STORE_SIZE);
    const image = (path: string) => `data:image/png;base64,${readFileSync(path).toString('base64')}`;
    await canvas.setContent(`<!doctype html><body style="margin:0;width:1280px;height:800px;overflow:hidden;position:relative;background:#000">
      <img src="${image(shot('notice'))}" style="position:absolute;inset:0;width:1280px;height:800px;opacity:0.55">
      <img src="${image(popupShot)}" style="position:absolute;top:40px;right:48px;width:400px;height:600px;border-radius:12px;box-shadow:0 16px 48px rgba(0,0,0,0.55)">
    </body>`);
    await canvas.screenshot(shot('popup'));

    for (const [page, path, ready] of [
      ['welcome', 'welcome.html', '.picker li'],
      ['library', 'options.html', '.prompts .prompt'],
    ] as const) {
      const tab = suite.adopt(await suite.session.openExtensionPage(path));
      await tab.setViewport(STORE_SIZE);
      await tab.waitFor(ready);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await tab.screenshot(shot(page));
    }

    for (const page of ['notice', 'popup', 'welcome', 'library']) {
      const header = pngHeader(shot(page));
      expect({ page, width: header.width, height: header.height }).toEqual({ page, ...STORE_SIZE });
      // The Chrome Web Store takes PNGs without an alpha channel.
      if (name === 'chromium') expect(header.colourType, page).toBe(2);
    }
  });

  it('has its privacy policy inside the extension, linked from the library, in the README\'s words', async () => {
    const options = suite.adopt(await suite.session.openExtensionPage('options.html'));
    await options.waitFor('a[href="/privacy.html"]');
    await options.click('a[href="/privacy.html"]');
    await expect.poll(() => options.evaluate(() => document.querySelector('h1')?.textContent ?? '', undefined)).toBe(english.privacyTitle!.message);
    const paragraphs = await options.evaluate(() => Array.from(document.querySelectorAll('main p'), (paragraph) => paragraph.textContent ?? ''), undefined);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    expect(paragraphs.length).toBeGreaterThanOrEqual(6);
    for (const paragraph of paragraphs) expect(readme).toContain(paragraph);
  });
});
