import { describe, expect, it } from 'vitest';
import { SITES } from '../../lib/sites';
import type { SiteAdapter } from '../../lib/sites/types';
import { fixtureNames, fixtureState } from '../fixtures';
import type { BrowserName } from './harness/browsers';
import { badge } from './harness/detour';
import type { Tab } from './harness/session';
import { browserSuite } from './harness/suite';

/**
 * Every fixture of every chatbot at its real host, in both browsers, read by the production build
 * twice: as the page that loads, and as a live re-render of a healthy page into it. Prints recall
 * and false alarms per site and mode, and fails on any miss or false alarm. It takes minutes, so it
 * runs on demand: `npm run test:sweep` (the suite checks ChatGPT's fixtures at load every time).
 */
const SWEEP = process.env.DETOUR_SWEEP === '1';

const MODES = ['load', 'live'] as const;
type Mode = (typeof MODES)[number];
/** Tabs checked at once: enough to keep the run short, few enough for two cores (Firefox's BiDi takes fewer). */
const PARALLEL = { chromium: 4, firefox: 3 } as const;
/**
 * How long a verdict may take after the page is there: the content script looks at most every
 * 200 ms (more in a background tab, which several at once make some), and reports to the
 * background. A failure is taken as soon as the badge shows it; a quiet
 * page is read once this has passed.
 */
const SETTLE_MS = 3000;

interface Case {
  readonly site: SiteAdapter;
  readonly fixture: string;
  readonly mode: Mode;
}

interface Result extends Case {
  readonly failure: boolean;
  readonly flagged: boolean;
  /** Detour never reported on the page (no content script there, or it failed). */
  readonly unread?: boolean;
}

const isFailureFixture = (name: string) => ['error', 'limit', 'page'].includes(fixtureState(name) ?? '');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` over `items`, `width` at a time. */
async function pool<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
}

/** Replaces the whole document with the fixture's, as an app re-rendering itself does. */
function rerender(tab: Tab, path: string): Promise<void> {
  return tab.evaluate(async (url) => {
    const html = await (await fetch(url)).text();
    const next = new DOMParser().parseFromString(html, 'text/html');
    const root = document.documentElement;
    for (const name of root.getAttributeNames()) root.removeAttribute(name);
    for (const attribute of Array.from(next.documentElement.attributes)) root.setAttribute(attribute.name, attribute.value);
    document.head.replaceChildren(...Array.from(next.head.childNodes, (node) => document.importNode(node, true)));
    document.body.replaceChildren(...Array.from(next.body.childNodes, (node) => document.importNode(node, true)));
  }, path);
}

function table(results: readonly Result[]): string {
  const rows = ['site         mode  recall    false alarms'];
  for (const site of SITES) {
    for (const mode of MODES) {
      const mine = results.filter((result) => result.site === site && result.mode === mode);
      const failures = mine.filter((result) => result.failure);
      const quiet = mine.filter((result) => !result.failure);
      const caught = failures.filter((result) => result.flagged).length;
      const alarms = quiet.filter((result) => result.flagged).length;
      rows.push(`${site.id.padEnd(12)} ${mode.padEnd(5)} ${`${caught}/${failures.length}`.padEnd(9)} ${alarms}/${quiet.length}`);
    }
  }
  for (const mode of MODES) {
    const mine = results.filter((result) => result.mode === mode);
    const caught = mine.filter((result) => result.failure && result.flagged).length;
    const alarms = mine.filter((result) => !result.failure && result.flagged).length;
    rows.push(`${'all'.padEnd(12)} ${mode.padEnd(5)} ${`${caught}/${mine.filter((result) => result.failure).length}`.padEnd(9)} ${alarms}/${mine.filter((result) => !result.failure).length}`);
  }
  return rows.join('\n');
}

describe.skipIf(!SWEEP).each(['chromium', 'firefox'] as const)('every fixture at its host in %s', (name: BrowserName) => {
  const suite = browserSuite(name);

  /** Firefox's WebDriver BiDi now and then loses a tab being created while another closes: try again. */
  async function open(url: string, attempts = 3): ReturnType<typeof suite.open> {
    try {
      return await suite.open(url);
    } catch (error) {
      if (attempts <= 1 || !String(error).includes('BrowsingContext')) throw error;
      await sleep(300);
      return open(url, attempts - 1);
    }
  }

  async function verdict({ site, fixture, mode }: Case): Promise<Result> {
    const host = `https://${site.hosts[0]}${site.path ?? ''}/__stand-in/fixture/`;
    const { tab, tabId } = await open(`${host}${mode === 'load' ? fixture : 'healthy-new-chat.html'}`);
    // Detour has looked at the page once the title names a site.
    const looked = await expect
      .poll(async () => (await badge(suite.session, tabId)).title, { timeout: 15_000 })
      .toMatch(/^Detour: /)
      .then(() => true, () => false);
    if (!looked) {
      await tab.close();
      return { site, fixture, mode, failure: isFailureFixture(fixture), flagged: false, unread: true };
    }
    if (mode === 'live') await rerender(tab, `${host}${fixture}`);
    let flagged = false;
    for (const until = Date.now() + SETTLE_MS; !flagged && Date.now() < until; await sleep(100)) {
      flagged = (await badge(suite.session, tabId)).text !== '';
    }
    await tab.close();
    return { site, fixture, mode, failure: isFailureFixture(fixture), flagged };
  }

  it('flags every failure fixture and no other, at load and live', async () => {
    const cases = SITES.flatMap((site) => fixtureNames(site.id).flatMap((fixture) => MODES.map((mode) => ({ site, fixture, mode }))));
    const results = await pool(cases, PARALLEL[name], verdict);
    console.log(`Fixtures at their hosts in ${name}\n${table(results)}`);
    const wrong = results
      .filter((result) => result.unread || result.failure !== result.flagged)
      .map((result) => `${result.site.id}/${result.fixture} (${result.mode}${result.unread ? ', never read' : ''})`);
    expect(wrong).toEqual([]);
  }, 600_000);
});
