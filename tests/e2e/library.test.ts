import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserName } from './harness/browsers';
import { ask } from './harness/detour';
import type { Tab } from './harness/session';
import { browserSuite } from './harness/suite';

/**
 * A library of 100 MiB exported from the options page and imported back, in the production
 * build: no runtime message carries it (one stops at 64 MiB), and what comes back is identical,
 * lone surrogates and all.
 */

const MIB = 1024 * 1024;
/** Prompts of 16 Ki characters, in several scripts: 4,700 of them make 102.8 MiB of JSON. */
const PROMPT_CHARS = 16 * 1024;
const COUNT = 4700;
const LIBRARY_MIB = 100;

/** Fills the extension's database from its own page, as the background would have over months. */
function fill(tab: Tab, count: number): Promise<void> {
  return tab.evaluate(
    async ({ count, chars }) => {
      const words = ['Plan a picnic for six, ', 'naïve café ', '日本語の文章 ', 'שלום עולם ', 'Привет ', '🙂🎉 ', '"quoted" ', '```fence``` ', '=SUM(A1) ', '\n', '\t'];
      const open = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('detour');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const store = open.transaction('prompts', 'readwrite');
      const sites = ['chatgpt', 'claude', 'gemini', 'copilot', 'perplexity', 'mistral', 'deepseek', 'grok'];
      for (let index = 0; index < count; index++) {
        let text = `#${index} `;
        for (let word = index; text.length < chars; word += 7) text += words[word % words.length];
        // Now and then half of an emoji, as a page that cut text badly would leave it.
        if (index % 97 === 0) text += '\ud83d';
        const at = Date.UTC(2026, 0, 1) + index * 1000;
        store.objectStore('prompts').put({
          id: `big-${index}`,
          site: sites[index % sites.length],
          text,
          url: `https://chatgpt.com/c/${index}`,
          createdAt: at,
          updatedAt: at + 500,
          status: index % 5 === 0 ? 'failed' : 'sent',
          sentAt: at + 100,
          ...(index % 5 === 0 && {
            failure: { kind: 'error', place: 'turn', text: 'Something went wrong', at: at + 400 },
            context: [{ author: 'user', text: 'Earlier' }],
          }),
        });
      }
      await new Promise<void>((resolve, reject) => {
        store.oncomplete = () => resolve();
        store.onerror = () => reject(store.error);
      });
      open.close();
    },
    { count, chars: PROMPT_CHARS },
  );
}

/** The library's count and a digest of every record, read from the extension's database. */
function digest(tab: Tab): Promise<{ count: number; sha256: string }> {
  return tab.evaluate(async () => {
    const open = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('detour');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const records = await new Promise<object[]>((resolve, reject) => {
      const request = open.transaction('prompts').objectStore('prompts').getAll();
      request.onsuccess = () => resolve(request.result as object[]);
      request.onerror = () => reject(request.error);
    });
    open.close();
    // Every field a record can have, in one order (the import may write them in another); JSON
    // writes a lone surrogate as its escape, so the digest sees it.
    const fields = ['at', 'author', 'context', 'createdAt', 'failure', 'id', 'kind', 'place', 'reason', 'retryOfferedAt', 'seconds', 'sentAt', 'site', 'stall', 'status', 'text', 'updatedAt', 'url'];
    const bytes = new TextEncoder().encode(JSON.stringify(records, fields));
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    return { count: records.length, sha256: Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('') };
  }, undefined);
}

function clear(tab: Tab): Promise<void> {
  return tab.evaluate(async () => {
    const open = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('detour');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = open.transaction('prompts', 'readwrite');
    store.objectStore('prompts').clear();
    await new Promise<void>((resolve) => (store.oncomplete = () => resolve()));
    open.close();
  }, undefined);
}

const message = (tab: Tab) => tab.evaluate(() => document.querySelector('.message')?.textContent ?? '', undefined);

describe.each(['chromium', 'firefox'] as const)('a 100 MiB library in %s', (name: BrowserName) => {
  const suite = browserSuite(name);

  it('exports to JSON from the options page and imports back identically', async () => {
    const options = suite.adopt(await suite.session.openExtensionPage('options.html'));
    // The background has made the database by the time it answers.
    await ask(suite.session, 'prompts.list', { limit: 1 });
    const count = COUNT;
    await fill(options, count);
    const before = await digest(options);
    expect(before.count).toBe(count);

    let started = Date.now();
    const file = await options.download(() => options.click('button[data-format="json"]'));
    const exportMs = Date.now() - started;
    const bytes = statSync(file.path).size;
    expect(bytes).toBeGreaterThan(LIBRARY_MIB * MIB);
    expect(file.text).toContain('\\ud83d');

    await clear(options);
    expect(await ask(suite.session, 'prompts.list', { limit: 1 })).toEqual([]);
    started = Date.now();
    await options.upload('input[type="file"]', file.path);
    await expect.poll(() => message(options), { timeout: 90_000, interval: 250 }).toBe(`Imported: ${count} new, 0 updated, 0 already here.`);
    const importMs = Date.now() - started;
    expect(await digest(options)).toEqual(before);
    console.log(`${name}: ${count} prompts, JSON file ${(bytes / MIB).toFixed(1)} MiB; export ${exportMs} ms, import ${importMs} ms`);
  });
});
