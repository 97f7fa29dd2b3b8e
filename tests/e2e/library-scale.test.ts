import { describe, expect, it } from 'vitest';
import type { BrowserName } from './harness/browsers';
import { ask, importPrompts } from './harness/detour';
import { RARE_WORD, seedPrompts } from './harness/seed';
import type { Tab } from './harness/session';
import { browserSuite } from './harness/suite';

/**
 * A large library in real browsers: the library page draws only the rows near the viewport yet
 * scrolls to the oldest prompt, and the pages' search (an index in memory, lib/ui/library-search.ts)
 * finds what was saved, edited or imported after it was read. Speed is the benchmark's
 * (tests/bench/browser/library.bench.ts); this is behaviour.
 */

const PROMPTS = 3000;
const OLDEST = 'bench-0000000';

const rowIds = (tab: Tab) => tab.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('.prompts .prompt'), (row) => row.dataset.id), undefined);

/** Types into the page's search box as a person does, after emptying it. */
async function search(tab: Tab, text: string): Promise<void> {
  await tab.evaluate(() => {
    const box = document.querySelector<HTMLInputElement>('.search')!;
    box.value = '';
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, undefined);
  await tab.click('.search');
  await tab.type(text);
}

describe.each(['chromium', 'firefox'] as const)('a library of %i prompts in %s'.replace('%i', String(PROMPTS)), (name: BrowserName) => {
  const suite = browserSuite(name);

  it('draws a window of rows, scrolls to the oldest, and searches what changed after the page read the library', async () => {
    await ask(suite.session, 'prompts.list', { limit: 1 });
    await suite.session.extension(seedPrompts, { from: 0, to: PROMPTS, rare: RARE_WORD });

    const library = suite.adopt(await suite.session.openExtensionPage('options.html'));
    await library.waitFor('.prompts .prompt');
    // Every prompt has its height in the page, but only a window of them is drawn.
    await expect
      .poll(() => library.evaluate(() => document.documentElement.scrollHeight, undefined), { timeout: 10_000 })
      .toBeGreaterThan(PROMPTS * 30);
    expect((await rowIds(library)).length).toBeLessThan(200);
    await library.evaluate(() => scrollTo(0, document.documentElement.scrollHeight), undefined);
    await expect.poll(async () => (await rowIds(library)).includes(OLDEST), { timeout: 10_000 }).toBe(true);
    expect((await rowIds(library)).length).toBeLessThan(200);
    await library.evaluate(() => scrollTo(0, 0), undefined);

    await search(library, RARE_WORD);
    await expect.poll(() => rowIds(library), { timeout: 10_000 }).toEqual([OLDEST]);

    // The popup has read the library; then the prompt is edited elsewhere (the background).
    const popup = suite.adopt(await suite.session.openExtensionPage('popup.html'));
    await popup.waitFor('.prompts .prompt');
    await search(popup, RARE_WORD);
    await expect.poll(() => rowIds(popup), { timeout: 10_000 }).toEqual([OLDEST]);
    await ask(suite.session, 'prompts.edit', { id: OLDEST, edit: { text: `Now about a quokka, no longer the other word` } });
    await search(popup, 'quokka');
    await expect.poll(() => rowIds(popup), { timeout: 10_000 }).toEqual([OLDEST]);
    await search(popup, RARE_WORD);
    await expect.poll(() => rowIds(popup), { timeout: 10_000 }).toEqual([]);

    // An import keeps its prompts' own (older) times: the page that imports reads them again.
    await importPrompts(suite.session, [
      { id: `imported-${name}`, site: 'claude', text: 'A wombat, imported', url: '', status: 'answered', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' },
    ]);
    const helperFinds = await suite.session.extension(async () => {
      const box = document.querySelector<HTMLInputElement>('.search')!;
      box.value = 'wombat';
      box.dispatchEvent(new Event('input', { bubbles: true }));
      for (let waited = 0; waited < 10_000; waited += 50) {
        const rows = Array.from(document.querySelectorAll<HTMLElement>('.prompts .prompt'), (row) => row.dataset.id);
        if (rows.length === 1) return rows;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return Array.from(document.querySelectorAll<HTMLElement>('.prompts .prompt'), (row) => row.dataset.id);
    }, undefined);
    expect(helperFinds).toEqual([`imported-${name}`]);
  });
});
