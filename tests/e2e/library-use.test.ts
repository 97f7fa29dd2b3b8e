import { describe, expect, it } from 'vitest';
import type { PromptRecord } from '../../lib/model';
import type { BrowserName } from './harness/browsers';
import { ask, badge, chooseFile, importPrompts, noticeText, prompts, storedSettings, waitForBadge } from './harness/detour';
import type { Tab } from './harness/session';
import { browserSuite } from './harness/suite';

/**
 * The library and the popup as a person uses them, in real browsers with the production build:
 * pins, edits and tags, deleting several with undo, exports read back, retention, pausing a site,
 * settings kept in the synced storage, and a popup that fits and answers the keyboard.
 */

const DAY = 24 * 60 * 60 * 1000;
type Seed = Partial<Omit<PromptRecord, 'createdAt' | 'updatedAt'>> & { readonly id: string; readonly daysAgo?: number };

/** Saves prompts through Detour's own import, as a person restoring an export would. */
async function seed(suite: ReturnType<typeof browserSuite>, seeds: readonly Seed[]): Promise<void> {
  const list = seeds.map(({ daysAgo = 0, ...rest }) => {
    const at = new Date(Date.now() - daysAgo * DAY - 60_000).toISOString();
    return { site: 'chatgpt', text: `Prompt ${rest.id}`, url: '', status: 'answered', createdAt: at, updatedAt: at, ...rest };
  });
  await importPrompts(suite.session, list);
}

const byId = async (suite: ReturnType<typeof browserSuite>, id: string) => (await prompts(suite.session)).find((prompt) => prompt.id === id);
const row = (id: string) => `.prompt[data-id="${id}"]`;
const rowIds = (tab: Tab) => tab.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('.prompts .prompt'), (item) => item.dataset.id), undefined);

describe.each(['chromium', 'firefox'] as const)('the library in %s', (name: BrowserName) => {
  const suite = browserSuite(name);
  let run = 0;
  /** Ids unique to this test: the database lives as long as the browser. */
  const ids = (...names: string[]) => {
    run++;
    return names.map((id) => `${name}-${run}-${id}`);
  };

  async function library(search: string): Promise<Tab> {
    const tab = suite.adopt(await suite.session.openExtensionPage('options.html'));
    await tab.waitFor('.search');
    await tab.click('.search');
    await tab.type(search);
    await tab.waitFor('.prompts .prompt');
    return tab;
  }

  it('pins, edits and tags a prompt, and narrows the list to a tag', async () => {
    const [a, b] = ids('a', 'b');
    await seed(suite, [{ id: a!, text: `Pin me ${a}` }, { id: b!, text: `Newer ${b}` }]);
    const tab = await library(`${name}-${run}-`);
    expect(await rowIds(tab)).toEqual([b, a]);

    await tab.click(`${row(a!)} .pin`);
    await expect.poll(() => rowIds(tab)).toEqual([a, b]);
    expect((await byId(suite, a!))?.pinned).toBe(true);

    await tab.click(`${row(b!)} .prompt-actions button:nth-child(3)`);
    await tab.waitFor(`${row(b!)} textarea`);
    await tab.evaluate(({ selector, id }) => {
      const area = document.querySelector<HTMLTextAreaElement>(`${selector} textarea`)!;
      area.value = `Edited words ${id}\nand a second line`;
      area.dispatchEvent(new Event('input', { bubbles: true }));
      const tags = document.querySelector<HTMLInputElement>(`${selector} input[name="tags"]`)!;
      tags.value = 'work, Ideas , work';
      tags.dispatchEvent(new Event('input', { bubbles: true }));
    }, { selector: row(b!), id: b! });
    await tab.click(`${row(b!)} button[type="submit"]`);
    await expect.poll(() => byId(suite, b!)).toMatchObject({ text: `Edited words ${b}\nand a second line`, tags: ['work', 'Ideas'] });

    await tab.click(`${row(b!)} .tag`);
    await expect.poll(() => tab.evaluate(() => document.querySelector<HTMLSelectElement>('.tag-filter')?.value, undefined)).toBe('work');
    await expect.poll(() => rowIds(tab)).toEqual([b]);
  });

  it('deletes several prompts at once and brings them back with undo', async () => {
    const [a, b, c] = ids('a', 'b', 'c');
    await seed(suite, [{ id: a! }, { id: b! }, { id: c! }]);
    const tab = await library(`Prompt ${name}-${run}-`);
    await tab.click(`${row(a!)} .select`);
    await tab.click(`${row(c!)} .select`);
    await tab.click('button[name="deleteChecked"]');
    await expect.poll(() => rowIds(tab)).toEqual([b]);
    expect(await tab.evaluate(() => document.querySelector('.undo')?.textContent, undefined)).toContain('2 prompts deleted.');
    await tab.click('.undo-button');
    await expect.poll(() => rowIds(tab)).toEqual([c, b, a]);
    expect(await tab.evaluate(() => document.querySelector('.message')?.textContent, undefined)).toBe('2 prompts restored.');
  });

  it.each(['csv', 'markdown'] as const)('exports %s and imports it back, pins and tags included, with the same report', async (format) => {
    const [a, b] = ids('a', 'b');
    await seed(suite, [
      { id: a!, text: `=SUM(A1) "quoted", ${a}\n\nwith a blank line`, pinned: true, tags: ['work', 'Q4'] },
      { id: b!, site: 'claude', text: `Second ${b}`, status: 'failed', failure: { kind: 'error', place: 'turn', text: 'Overloaded', at: new Date().toISOString() } } as never,
    ]);
    const before = [await byId(suite, a!), await byId(suite, b!)];
    const tab = await library(`${name}-${run}-`);
    const file = await tab.download(() => tab.click(`button[data-format="${format}"]`));
    await ask(suite.session, 'prompts.delete', { ids: [a, b] });

    await chooseFile(tab, 'input[name="import"]', file);
    await expect.poll(() => tab.evaluate(() => document.querySelector('.message')?.textContent, undefined), { timeout: 10_000 }).toMatch(/^Imported: 2 new, 0 updated, \d+ already here\.$/);
    expect(await byId(suite, a!)).toEqual(before[0]);
    expect(await byId(suite, b!)).toMatchObject({ text: before[1]!.text, status: 'failed', failure: { text: 'Overloaded' } });

    // A file with a bad prompt: the rest come in, the bad one is named, as for JSON.
    const broken = format === 'csv' ? file.text.replace(`,claude,`, ',bard,') : file.text.replace('"site":"claude"', '"site":"bard"');
    await ask(suite.session, 'prompts.delete', { ids: [b] });
    await chooseFile(tab, 'input[name="import"]', { name: file.name, text: broken });
    await expect.poll(() => tab.evaluate(() => document.querySelector('.problems')?.textContent ?? '', undefined), { timeout: 10_000 }).toMatch(
      /Prompt \d+ was skipped: "site" is "bard", not one of chatgpt, claude/,
    );
    expect(await byId(suite, b!)).toBeUndefined();
  });

  it('keeps prompts for the days set, and pinned ones for good', async () => {
    const [fresh, stale, pinned] = ids('fresh', 'stale', 'pinned');
    await seed(suite, [{ id: fresh!, daysAgo: 2 }, { id: stale!, daysAgo: 45 }, { id: pinned!, daysAgo: 400, pinned: true }]);
    const tab = suite.adopt(await suite.session.openExtensionPage('options.html'));
    await tab.waitFor('select[name="retentionDays"]');
    await tab.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('select[name="retentionDays"]')!;
      select.value = '30';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, undefined);
    // The background applies it as soon as the setting changes (and on its alarm after that).
    await expect.poll(() => byId(suite, stale!), { timeout: 10_000 }).toBeUndefined();
    expect(await byId(suite, fresh!)).toBeDefined();
    expect(await byId(suite, pinned!)).toBeDefined();
    expect((await storedSettings(suite.session)).sync?.retentionDays).toBe(30);
  });

  it('pauses a site from the popup: its badge and notice go at once, nothing is saved there, and resuming is one click', async () => {
    await suite.control.setScenario('chatgpt.com', 'error-card');
    const { tab, tabId } = await suite.open('https://chatgpt.com/');
    const send = async (text: string) => {
      await tab.waitFor('#prompt-textarea[contenteditable="true"]');
      await tab.click('#prompt-textarea');
      await tab.type(text);
      await tab.press('Enter');
    };
    await send(`Before the pause ${name} ${Date.now()}`);
    await waitForBadge(suite.session, tabId, '!');
    await expect.poll(() => noticeText(tab)).toContain('Send it to:');

    const popup = suite.adopt(await suite.session.openExtensionPage(`popup.html?tab=${tabId}`));
    await popup.waitFor('.header-actions .pause');
    await popup.click('.header-actions .pause');
    await waitForBadge(suite.session, tabId, '');
    await expect.poll(() => noticeText(tab)).toBe('');

    // From then on Detour leaves the site alone: the failure shows, nothing is kept or flagged.
    await tab.reload();
    const text = `Paused ${name} ${Date.now()}`;
    await send(text);
    await expect.poll(() => suite.control.received('chatgpt.com')).toContain(text);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await prompts(suite.session)).some((prompt) => prompt.text === text)).toBe(false);
    expect((await badge(suite.session, tabId)).text).toBe('');

    const again = suite.adopt(await suite.session.openExtensionPage(`popup.html?tab=${tabId}`));
    await again.waitFor('.status[data-state="paused"]');
    expect(await again.evaluate(() => document.querySelector('.status-line')?.textContent, undefined)).toBe('Detour is paused on ChatGPT');
    await again.click('.status .resume');
    await expect.poll(async () => (await storedSettings(suite.session)).sync?.pausedSites).toEqual([]);
  });

  it('fits the popup in 600 px with the recent prompts in view, and answers the keyboard from the first key', async () => {
    await seed(suite, ids('1', '2', '3', '4', '5').map((id, index) => ({ id, site: index % 2 ? 'claude' : 'gemini', text: `Recent prompt ${index + 1}, a long one that runs past the width of the popup` })));
    await suite.control.setScenario('chatgpt.com', 'error-card');
    const { tab, tabId } = await suite.open('https://chatgpt.com/');
    await tab.waitFor('#prompt-textarea[contenteditable="true"]');
    await tab.click('#prompt-textarea');
    await tab.type(`Fit check ${name}`);
    await tab.press('Enter');
    await waitForBadge(suite.session, tabId, '!');

    const popup = suite.adopt(await suite.session.openExtensionPage(`popup.html?tab=${tabId}`));
    await popup.setViewport({ width: 400, height: 600 });
    await popup.waitFor('.providers .chip');
    const layout = await popup.evaluate(() => {
      const box = document.querySelector('.popup')!.getBoundingClientRect();
      const list = document.querySelector('.prompts')!.getBoundingClientRect();
      const shown = Array.from(document.querySelectorAll('.prompts .prompt')).filter((item) => {
        const rect = item.getBoundingClientRect();
        return rect.top >= list.top && rect.bottom <= Math.min(list.bottom, box.bottom);
      });
      const order = ['.status', '.card', '.providers', '.library'].map((selector) => document.querySelector(selector)!.getBoundingClientRect().top);
      return { height: box.height, scrolls: document.scrollingElement!.scrollHeight > innerHeight, shown: shown.length, order };
    }, undefined);
    expect(layout.height).toBeLessThanOrEqual(600);
    expect(layout.scrolls).toBe(false);
    expect(layout.shown).toBeGreaterThanOrEqual(3);
    expect([...layout.order].sort((x, y) => x - y)).toEqual(layout.order);

    // The first alternative has the focus: Enter would send; the arrows move along the buttons.
    const focused = () => popup.evaluate(() => ({ target: (document.activeElement as HTMLElement | null)?.dataset.target, ring: getComputedStyle(document.activeElement!).outlineStyle }), undefined);
    const first = await focused();
    expect(first.target).toBe('claude');
    await popup.press('ArrowRight');
    expect(await focused()).toEqual({ target: 'gemini', ring: 'solid' });
  });
});
