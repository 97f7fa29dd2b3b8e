import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { SITES, siteById } from '../../../lib/sites';
import { chatScript } from '../../../lib/sites/pages';
import { EXTRAS_SCRIPT } from '../../../lib/chat/extras';
import type { SiteAdapter } from '../../../lib/sites/types';
import { BUILDS, ROOT } from '../../e2e/global-setup';
import type { BrowserName } from '../../e2e/harness/browsers';
import { launch, setSettings, tabIdOf } from '../../e2e/harness/detour';
import type { Session, Tab } from '../../e2e/harness/session';
import { KITS } from '../../e2e/stand-in/kits';
import type { StandInKit } from '../../e2e/stand-in/kits/types';
import { builtScript, oneScriptForEverySite, scriptTime } from './attribution';
import { failureHtml, insertAt, removeMarked, replaceThread, streamReply, threadHtml, timeNaiveScan, timeOneChange, timePageChange } from './page-work';
import { type BenchRow, stats, table } from './table';

/**
 * Detour on the chatbot's page, in real browsers against the stand-in (`npm run bench:browser`):
 * how soon a failure is seen, what the script weighs, what it costs while a reply streams, and
 * what one look at the page costs as the thread grows; each beside its comparison, measured in
 * the same run. It prints and writes test-results/bench-content.md, and never fails on speed.
 *
 * Narrow it with BENCH_BROWSERS=chromium,firefox, BENCH_SITES=chatgpt,claude, BENCH_TRIALS=n,
 * BENCH_STREAM_SITES=chatgpt (the streaming row, Chromium only: it needs DevTools' profiler),
 * BENCH_STREAM_TURNS=1000 (the thread the reply streams into; 300 unless told).
 */

const list = (value: string | undefined, all: readonly string[]) => (value ? value.split(',').filter((item) => all.includes(item)) : [...all]);
const BROWSERS = list(process.env.BENCH_BROWSERS, ['chromium', 'firefox']) as BrowserName[];
const KITS_RUN = KITS.filter((kit) => list(process.env.BENCH_SITES, SITES.map((site) => site.id)).includes(kit.site));
const TRIALS = Number(process.env.BENCH_TRIALS ?? 9);
const STREAM_SITES = list(process.env.BENCH_STREAM_SITES ?? 'chatgpt', SITES.map((site) => site.id));
const LENGTHS = [10, 300, 1000];
/** The streamed reply: 20,000 tokens, 20 every 20 ms (about 20 s), a paragraph every 100. */
const STREAM = { tokens: 20_000, perStep: 20, stepMs: 20, perParagraph: 100 };
const STREAM_THREAD = Number(process.env.BENCH_STREAM_TURNS ?? 300);
const STREAM_TRIALS = 3;
/** A frame at 60 Hz. */
const FRAME_MS = 1000 / 60;

const rows: BenchRow[] = [];
const notes: string[] = [];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: readonly number[]) => stats(values).median;

type Api = { action?: { getBadgeText(details: object): Promise<string> }; browserAction?: { getBadgeText(details: object): Promise<string> } };

/** Polls the tab's badge from an extension page until it reads `want`; the time it did, or undefined. */
function badgeBecomes(session: Session, tabId: number, want: string, timeoutMs: number): Promise<number | undefined> {
  return session.extension(
    async ({ id, text, ms }) => {
      const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
      const button = (api.action ?? api.browserAction)!;
      const end = Date.now() + ms;
      while (Date.now() < end) if ((await button.getBadgeText({ tabId: id })) === text) return performance.timeOrigin + performance.now();
      return undefined;
    },
    { id: tabId, text: want, ms: timeoutMs },
  );
}

async function badgeLeaves(session: Session, tabId: number, text: string): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 100) {
    const now = await session.extension(async ({ id }) => {
      const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
      return (api.action ?? api.browserAction)!.getBadgeText({ tabId: id });
    }, { id: tabId });
    if (now !== text) return;
    await sleep(100);
  }
}

async function openSite(session: Session, kit: StandInKit): Promise<{ tab: Tab; tabId: number }> {
  const tab = await session.newTab(`https://${kit.host}${kit.newChatPath}`);
  const tabId = await tabIdOf(session, `https://${kit.host}`);
  // Detour has looked at the page once it has reported it (the badge's title names the site).
  await sleep(1500);
  return { tab, tabId };
}

/** Row 1: an error card inserted after a quiet spell, until the toolbar badge says `!`. */
async function latency(session: Session, name: BrowserName, kit: StandInKit, tab: Tab, tabId: number): Promise<void> {
  await tab.evaluate(replaceThread, { where: kit.places.turns, html: threadHtml(kit, 10) });
  await sleep(600);
  const seen: number[] = [];
  const frames: number[] = [];
  let missed = 0;
  for (let trial = 0; trial < TRIALS; trial++) {
    const mark = `failure-${trial}`;
    const failure = failureHtml(kit, 100 + trial * 4);
    const badge = badgeBecomes(session, tabId, '!', 5000);
    await sleep(150);
    const { inserted, frame } = await tab.evaluate(insertAt, { where: failure.where, html: failure.html, mark });
    const at = await badge;
    frames.push(frame - inserted);
    if (at === undefined) missed++;
    else seen.push(at - inserted);
    // The chat moves on (a new exchange): the failure is over, and the next trial starts healthy.
    await tab.evaluate(removeMarked, mark);
    await tab.evaluate(insertAt, { where: kit.places.turns, html: threadHtml(kit, 2, 200 + trial * 4), mark: 'recovered' });
    await badgeLeaves(session, tabId, '!');
    await sleep(400);
  }
  if (missed) notes.push(`${name} ${kit.site}: ${missed} of ${TRIALS} failures not shown on the badge within 5 s`);
  if (seen.length === 0) return;
  const detour = stats(seen);
  rows.push({
    what: 'error card inserted → badge !',
    browser: name,
    site: kit.site,
    unit: 'ms',
    detour,
    besideLabel: 'next animation frame',
    beside: stats(frames),
    goal: 'p95 ≤ 50 ms; p50 within 2 frames',
    met: detour.p95 <= 50 && detour.median <= median(frames) + 2 * FRAME_MS,
  });
}

/** Every failure phrase the adapter knows, for the naive scan to look for. */
function phrasesOf(site: SiteAdapter): string[] {
  const { error, limit, page } = site.texts;
  return [error, limit, page].flatMap((phrases) => Object.values(phrases).flat() as string[]);
}

/**
 * Row 4: one look at the page, at 10, 300 and 1,000 turns, after a change inside the last turn and
 * after one outside the thread (which reads all beside it again), beside a naive scan of all its text.
 */
async function lookCost(name: BrowserName, kit: StandInKit, tab: Tab): Promise<void> {
  const site = siteById(kit.site)!;
  for (const turns of LENGTHS) {
    await tab.evaluate(replaceThread, { where: kit.places.turns, html: threadHtml(kit, turns) });
    await sleep(turns >= 1000 ? 1500 : 800);
    const looks: number[] = [];
    const scans: number[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      looks.push(await tab.evaluate(timeOneChange, { body: site.selectors.messageBody }));
      // The window after the look closes: the next change is again the first after a quiet spell.
      await sleep(300);
      scans.push(await tab.evaluate(timeNaiveScan, phrasesOf(site)));
    }
    const detour = stats(looks);
    rows.push({
      what: `one look, a change in the last turn, ${turns} turns`,
      browser: name,
      site: kit.site,
      unit: 'ms',
      detour,
      besideLabel: 'naive whole-text scan',
      beside: stats(scans),
      goal: '≤ 1 ms at any length',
      met: detour.median <= 1,
    });
    // A change outside the thread: the look reads all beside it again, in the same run.
    const pageLooks: number[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      pageLooks.push(await tab.evaluate(timePageChange, { where: kit.places.toasts, mark: 'page-change' }));
      await sleep(300);
      await tab.evaluate(removeMarked, 'page-change');
      await sleep(300);
    }
    const outside = stats(pageLooks);
    rows.push({
      what: `one look, a change outside the thread, ${turns} turns`,
      browser: name,
      site: kit.site,
      unit: 'ms',
      detour: outside,
      besideLabel: 'naive whole-text scan',
      beside: stats(scans),
      goal: '≤ 1 ms at any length',
      met: outside.median <= 1,
    });
  }
}

/** Row 3: Detour's script time while a 20k-token reply streams into a 300-turn thread (Chromium's profiler). */
async function streaming(session: Session, name: BrowserName, kit: StandInKit, tab: Tab): Promise<void> {
  if (!tab.profile) return;
  const site = siteById(kit.site)!;
  const run = async () => {
    const detour: number[] = [];
    const page: number[] = [];
    const longTasks: number[] = [];
    for (let trial = 0; trial < STREAM_TRIALS; trial++) {
      await tab.evaluate(replaceThread, { where: kit.places.turns, html: threadHtml(kit, STREAM_THREAD) });
      await sleep(1000);
      const profiler = await tab.profile!();
      const turn = kit.assistantTurn({ html: '<p>The answer begins</p>', streaming: true }, STREAM_THREAD + 1);
      const streamed = await tab.evaluate(streamReply, { where: kit.places.turns, turn, body: site.selectors.messageBody, ...STREAM });
      const time = scriptTime(await profiler.stop());
      detour.push(time.detourMs);
      page.push(time.busyMs);
      longTasks.push(streamed.longTasks);
    }
    return { detour, page, longTasks };
  };
  const withDetour = await run();
  // The same page with Detour paused on this site (it stops there on the next load).
  await setSettings(session, { pausedSites: [kit.site] });
  await tab.reload();
  await sleep(1000);
  const without = await run();
  await setSettings(session, {});
  const detour = stats(withDetour.detour);
  const own = stats(without.page);
  rows.push({
    what: `Detour's script time, 20k-token reply streaming into ${STREAM_THREAD} turns`,
    browser: name,
    site: kit.site,
    unit: 'ms',
    detour,
    besideLabel: "the page's main-thread time without Detour",
    beside: own,
    goal: '≤ 1 % of the page’s',
    met: detour.median <= own.median / 100,
  });
  notes.push(
    `${name} ${kit.site}, streaming: long tasks (≥ 50 ms) with Detour ${withDetour.longTasks.join(', ')}; without it ${without.longTasks.join(', ')}` +
      ` (goal: none from Detour)`,
  );
}

describe('content script size per page', () => {
  it('minified and gzip, beside one script for every site', async () => {
    const single = await oneScriptForEverySite(ROOT);
    for (const [name, dir] of Object.entries(BUILDS)) {
      for (const site of SITES) {
        const own = builtScript(dir, chatScript(site.id).slice(1));
        for (const kind of ['minified', 'gzip'] as const) {
          rows.push({
            what: `content script, ${kind}`,
            browser: name,
            site: site.id,
            unit: 'kB',
            detour: stats([own[kind]]),
            besideLabel: 'one script for every site, with the polyfill',
            beside: stats([single[kind]]),
            goal: kind === 'minified' ? '≤ 25 kB' : '–',
            met: kind === 'minified' ? own.minified <= 25 : true,
          });
        }
      }
      // Not part of any page until a notice is shown or a prompt delivered there (lib/chat/extras.ts).
      const extras = builtScript(dir, EXTRAS_SCRIPT.slice(1));
      notes.push(`${name}: the notice and delivery script, run in a tab only when needed: ${extras.minified} kB minified, ${extras.gzip} kB gzip`);
    }
  });
});

for (const name of BROWSERS) {
  describe(`on the chat page in ${name}`, () => {
    it('latency, the cost of a look, and streaming, per site', async () => {
      const session = await launch(name);
      try {
        for (const kit of KITS_RUN) {
          const { tab, tabId } = await openSite(session, kit);
          await latency(session, name, kit, tab, tabId);
          await lookCost(name, kit, tab);
          if (STREAM_SITES.includes(kit.site)) await streaming(session, name, kit, tab);
          await tab.close();
        }
      } finally {
        await session.close();
      }
      if (name === 'firefox') notes.push('Firefox: no streaming row (WebDriver BiDi gives no CPU profiler); its timers count in whole milliseconds at best.');
    });
  });
}

afterAll(() => {
  const text = [
    '# Detour on the chat page (npm run bench:browser)',
    '',
    table(rows),
    '',
    ...notes.map((note) => `- ${note}`),
    '',
  ].join('\n');
  console.log(`\n${text}`);
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(join(ROOT, 'test-results', 'bench-content.md'), text);
});
