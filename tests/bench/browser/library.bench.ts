import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { ROOT } from '../../e2e/global-setup';
import type { BrowserName } from '../../e2e/harness/browsers';
import { ask, launch } from '../../e2e/harness/detour';
import { exportJson, openPopupFrame, RARE_WORD, readAllPrompts, searchPopupFrame, seedPrompts } from './library-pages';
import { type BenchRow, type Stats, stats, table } from './table';

/**
 * The popup and the library at 30, 10,000 and 100,000 prompts, in both browsers, with the
 * production build (`npm run bench:browser`): the popup's first useful screen (its navigation
 * to the painted list), a search for a word only the oldest prompt has (the input event to the
 * list showing that prompt), and the JSON export (the click to the file handed to the browser). Printed and saved as
 * test-results/bench-library.md; figures never fail the run.
 *
 * Narrow it with BENCH_BROWSERS=chromium,firefox, BENCH_SIZES=30,10000 (30 is always measured:
 * the other sizes are read beside it), BENCH_OPENINGS=n (openings at every size) and
 * BENCH_EXPORTS=0 (no export).
 */

const ALL_SIZES = [30, 10_000, 100_000] as const;
type Size = (typeof ALL_SIZES)[number];
const list = (value: string | undefined, all: readonly string[]) => (value ? value.split(',').filter((item) => all.includes(item)) : [...all]);
const BROWSERS = list(process.env.BENCH_BROWSERS, ['chromium', 'firefox']) as BrowserName[];
const SIZES = ALL_SIZES.filter((size) => size === 30 || list(process.env.BENCH_SIZES, ALL_SIZES.map(String)).includes(String(size)));
const count = (value: string | undefined, otherwise: number) => (value === undefined ? otherwise : Number(value));
/** Popup openings per library size (each: one first paint, SEARCHES searches). */
const OPENINGS: Record<Size, number> = { 30: 7, 10_000: 7, 100_000: 3 };
const openings = (size: Size) => count(process.env.BENCH_OPENINGS, OPENINGS[size]);
const SEARCHES = 3;
/** Exports per library size (none of the 30-prompt library: nothing to learn from it). */
const EXPORTS: Record<Size, number> = { 30: 0, 10_000: 5, 100_000: 2 };
const exportsAt = (size: Size) => (process.env.BENCH_EXPORTS === '0' ? 0 : EXPORTS[size]);
/** A person looks at the popup before typing; a search is typed this long after it opened. */
const TYPED_AFTER_MS = 2000;

const RARE_ID = 'bench-0000000';
const rows: BenchRow[] = [];

const label = (size: number) => size.toLocaleString('en');

describe.each(BROWSERS)('the popup and the library in %s', (name: BrowserName) => {
  it('measures first paint, search and export by library size', async () => {
    const session = await launch(name);
    try {
      // Any question to the background opens the database with its schema first.
      await ask(session, 'prompts.list', { limit: 1 });
      const paint = new Map<Size, Stats>();
      const search = new Map<Size, Stats>();
      const exported = new Map<Size, { detour: Stats; read: Stats }>();
      // A tab of Detour's own in front (a hidden tab's timers and frames are throttled), with the
      // popup in a frame of it; the privacy page, which reads nothing, hosts it.
      const host = await session.openExtensionPage('privacy.html');
      await host.bringToFront();
      let seeded = 0;
      for (const size of SIZES) {
        for (let from = seeded; from < size; from += 10_000) {
          await host.evaluate(seedPrompts, { from, to: Math.min(size, from + 10_000), rare: RARE_WORD });
        }
        seeded = size;
        const paints: number[] = [];
        const searches: number[] = [];
        for (let opening = 0; opening < openings(size); opening++) {
          paints.push(await host.evaluate(openPopupFrame, 'popup.html'));
          await new Promise((resolve) => setTimeout(resolve, TYPED_AFTER_MS));
          for (let trial = 0; trial < SEARCHES; trial++) searches.push(await host.evaluate(searchPopupFrame, { word: RARE_WORD, id: RARE_ID }));
        }
        paint.set(size, stats(paints));
        search.set(size, stats(searches));
        if (exportsAt(size) > 0) {
          const page = await session.openExtensionPage('options.html');
          await page.bringToFront();
          const times: number[] = [];
          const reads: number[] = [];
          for (let trial = 0; trial < exportsAt(size); trial++) {
            times.push(await page.evaluate(exportJson, undefined));
            reads.push(await page.evaluate(readAllPrompts, undefined));
          }
          await page.close();
          await host.bringToFront();
          exported.set(size, { detour: stats(times), read: stats(reads) });
        }
        console.log(`${name}: ${label(size)} prompts measured`);
      }
      const small = 30;
      for (const size of SIZES.filter((size) => size !== small)) {
        const at = (map: Map<Size, Stats>, key: Size) => map.get(key)!;
        const goalHere = size === 10_000 ? '' : ' (reported; goal at 10k)';
        rows.push({
          what: `popup search, rare word (input → list shows it), ${label(size)} prompts`,
          browser: name,
          unit: 'ms',
          detour: at(search, size),
          besideLabel: `${small} prompts`,
          beside: at(search, small),
          goal: `median ≤ 20 ms${goalHere}`,
          met: at(search, size).median <= 20,
        });
        rows.push({
          what: `popup first useful paint, ${label(size)} prompts`,
          browser: name,
          unit: 'ms',
          detour: at(paint, size),
          besideLabel: `${small} prompts`,
          beside: at(paint, small),
          goal: `median ≤ 100 ms, flat (≤ 1.25× at ${small})${goalHere}`,
          met: at(paint, size).median <= 100 && at(paint, size).median <= 1.25 * at(paint, small).median,
        });
      }
      for (const [size, { detour, read }] of exported) {
        rows.push({
          what: `JSON export, ${label(size)} prompts`,
          browser: name,
          unit: 'ms',
          detour,
          besideLabel: 'reading them alone (one getAll)',
          beside: read,
          goal: size === 10_000 ? 'median ≤ 500 ms, streamed' : 'reported',
          met: size === 10_000 ? detour.median <= 500 : true,
        });
      }
    } finally {
      await session.close();
    }
  });
});

afterAll(() => {
  if (rows.length === 0) return;
  const text = `${table(rows)}\n`;
  console.log(`\nThe popup and the library (min / median / max over the trials)\n${text}`);
  const dir = join(ROOT, 'test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'bench-library.md'), `# The popup and the library\n\n${text}`);
});
