import { describe, expect, it } from 'vitest';
import { siteById } from '../../lib/sites';
import type { BrowserName } from './harness/browsers';
import { ask, noticeText, prompts, setSettings, tabIdOf, waitForBadge } from './harness/detour';
import { browserSuite } from './harness/suite';
import { KITS } from './stand-in/kits';
import type { StandInKit } from './stand-in/kits/types';

/**
 * Every supported chatbot, in real browsers, both ways: as a source (what is typed is saved, its
 * failures are flagged) and as a target (a prompt Detour sends lands in its real editor, intact,
 * and is sent, or only filled).
 */


/** About 50 kB of the text people paste: several scripts, emoji, code with indentation, blank lines. */
const BLOCK = [
  'Résumé of the plan — naïve café, 日本語のテキスト, 简体中文, 繁體中文, 한국어, русский, Tiếng Việt, العربية, עברית, 🙂👍🏽',
  '```python',
  'def greet(name):',
  '    return f"Hello, {name}!"  # four spaces, "quotes" & <angle brackets>',
  '```',
  '',
  'Last line of the block.',
].join('\n');
const LONG_PROMPT = Array.from({ length: 220 }, (_, index) => `Part ${index + 1}\n${BLOCK}`).join('\n\n');

describe.each(['chromium', 'firefox'] as const)('every chatbot in %s', (name: BrowserName) => {
  const suite = browserSuite(name);
  const { control, open } = suite;

  /**
   * Saves a prompt as Detour would have and returns its id: written into Detour's database from
   * one of its own pages, as the options page's import does (no message carries an import).
   */
  async function savedPrompt(text: string): Promise<string> {
    const id = crypto.randomUUID();
    // Any question to the background opens the database with its schema first.
    await ask(suite.session, 'prompts.list', { limit: 1 });
    await suite.session.extension(
      (record) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('detour');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const transaction = db.transaction('prompts', 'readwrite');
            transaction.objectStore('prompts').put({ ...record, createdAt: Date.now(), updatedAt: Date.now() });
            transaction.oncomplete = () => {
              db.close();
              resolve();
            };
            transaction.onerror = () => reject(transaction.error);
          };
        }),
      { id, site: 'chatgpt', text, url: 'https://chatgpt.com/', status: 'failed' },
    );
    return id;
  }

  const kits = KITS.filter((kit) => kit.site !== 'chatgpt');
  // Filling without sending goes the same way for every site on one editor library: once per editor.
  const fillChecked = new Set(kits.filter((kit, index) => kits.findIndex((other) => other.editor === kit.editor) === index));

  describe.each(kits.map((kit) => [kit.site, kit] as const))('%s', (id, kit: StandInKit) => {
    const site = siteById(id)!;
    const chat = `https://${kit.host}${kit.newChatPath}`;

    async function typeInNewChat(text: string) {
      const opened = await open(chat);
      await opened.tab.waitFor(site.selectors.composer);
      await opened.tab.click(site.selectors.composer);
      await opened.tab.type(text);
      return opened;
    }

    it('saves what is typed, sees a healthy answer through, and flags its error card', async () => {
      const healthy = `${id} healthy ${name} ${Date.now()}`;
      const first = await typeInNewChat(healthy);
      await expect.poll(async () => (await prompts(suite.session)).find((prompt) => prompt.text === healthy)?.status, { timeout: 5000 }).toBe('draft');
      await first.tab.press('Enter');
      await expect.poll(async () => (await prompts(suite.session)).find((prompt) => prompt.text === healthy)?.status, { timeout: 10_000 }).toBe('answered');
      expect(await control.received(kit.host)).toEqual([healthy]);

      await control.setScenario(kit.host, 'error-card');
      const failing = `${id} failing ${name} ${Date.now()}`;
      const second = await typeInNewChat(failing);
      await second.tab.press('Enter');
      const title = `Detour: ${site.name} failed: ${kit.texts.generationError}`;
      expect(await waitForBadge(suite.session, second.tabId, '!', 10_000, title)).toBe(title);
    });

    it('flags its rate-limit toast', async () => {
      await control.setScenario(kit.host, 'http-429');
      const { tab, tabId } = await typeInNewChat(`${id} limited ${name} ${Date.now()}`);
      await tab.press('Enter');
      expect(await waitForBadge(suite.session, tabId, '!', 10_000, kit.texts.rateLimit)).toContain(`Detour: ${site.name} failed:`);
    });

    it('receives a long, multi-line, many-script prompt from Detour intact and sends it, or says it is too long', async () => {
      const promptId = await savedPrompt(LONG_PROMPT);
      await ask(suite.session, 'send.open', { promptId, target: id, withContext: false });
      const tabId = await tabIdOf(suite.session, `https://${kit.host}/`);
      if (site.maxPromptChars !== undefined && LONG_PROMPT.length > site.maxPromptChars) {
        // The site would refuse it: Detour does not put it in, and says so, with a way to copy it.
        const tab = await suite.session.tabAt(`https://${kit.host}/`);
        await expect.poll(() => noticeText(tab), { timeout: 15_000 }).toContain(`${site.name} takes at most ${site.maxPromptChars} characters`);
        expect(await noticeText(tab)).toContain('Copy prompt');
        expect(await control.received(kit.host)).toEqual([]);
        return;
      }
      await expect.poll(() => control.received(kit.host), { timeout: 30_000 }).toHaveLength(1);
      const [received] = await control.received(kit.host);
      expect(received?.length).toBe(LONG_PROMPT.length);
      expect(received).toBe(LONG_PROMPT);
      await waitForBadge(suite.session, tabId, '');
    });

    it.runIf(fillChecked.has(kit))(`only fills the composer when set to fill (${kit.editor})`, async () => {
      await setSettings(suite.session, { sendMode: 'fill' });
      const text = `${id} fill only ${name}\nsecond line`;
      const promptId = await savedPrompt(text);
      await ask(suite.session, 'send.open', { promptId, target: id, withContext: false });
      // Detour's own capture on the target saves what its composer holds: proof the text is in.
      await expect
        .poll(async () => (await prompts(suite.session)).find((record) => record.site === id && record.text === text)?.status, { timeout: 15_000 })
        .toBe('draft');
      expect(await control.received(kit.host)).toEqual([]);
    });
  });
});
