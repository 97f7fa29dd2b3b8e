import { afterAll, describe, expect, it } from 'vitest';
import { isGenerating } from '../../lib/page/conversation';
import { detectFailure } from '../../lib/detect/failure';
import { SITES } from '../../lib/sites';
import type { SiteAdapter } from '../../lib/sites/types';
import { normalizeText } from '../../lib/text';
import { expectationOf, fixtureNames, loadFixture } from '../fixtures';
import { DRIFTS, type Drift, GENERATIONS } from './drift';

/**
 * The drift suite: every fixture of every site, transformed the way redesigns transform pages,
 * must give the verdict it gives untouched: the failure with its words, healthy, or answering.
 * Prints kept verdicts per site and transformation, and the false alarms a drift brought.
 */

const OLDER = 'older markup';
const COLUMNS = [...Object.keys(DRIFTS), OLDER];

interface Tally {
  kept: number;
  total: number;
  falseAlarms: number;
}
const tallies = new Map<string, Tally>();

function tally(site: SiteAdapter, column: string): Tally {
  const key = `${site.id}|${column}`;
  let entry = tallies.get(key);
  if (!entry) tallies.set(key, (entry = { kept: 0, total: 0, falseAlarms: 0 }));
  return entry;
}

/** What the verdict is, in words, or why it differs from what the fixture says. */
function mismatch(doc: Document, site: SiteAdapter, name: string, original: Document): string | undefined {
  const expected = expectationOf(name, original);
  const failure = detectFailure(doc, site);
  if (expected.failure) {
    if (!failure) return 'missed';
    if (failure.kind !== expected.failure.kind) return `${failure.kind}, not ${expected.failure.kind}`;
    if (!normalizeText(failure.text).includes(normalizeText(expected.failure.text))) return `other words: ${failure.text}`;
  } else if (failure) {
    return `false alarm: ${failure.text}`;
  }
  if (isGenerating(doc, site) !== expected.generating) return expected.generating ? 'answering missed' : 'answering seen';
  return undefined;
}

function check(site: SiteAdapter, name: string, column: string, drift: Drift): string | undefined {
  const original = loadFixture(site.id, name);
  const doc = loadFixture(site.id, name);
  drift(doc);
  const problem = mismatch(doc, site, name, original);
  const entry = tally(site, column);
  entry.total++;
  if (problem === undefined) entry.kept++;
  else if (problem.startsWith('false alarm')) entry.falseAlarms++;
  return problem;
}

describe.each(SITES.map((site) => [site.name, site] as const))('%s fixtures after a redesign', (_, site) => {
  describe.each(Object.entries(DRIFTS))('with %s', (column, drift) => {
    it.each(fixtureNames(site.id))('%s keeps its verdict', (name) => {
      expect(check(site, name, column, drift)).toBeUndefined();
    });
  });

  const generation = GENERATIONS[site.id];
  if (generation) {
    it.each(fixtureNames(site.id))(`%s keeps its verdict in the ${OLDER}`, (name) => {
      expect(check(site, name, OLDER, generation)).toBeUndefined();
    });
  }
});

afterAll(() => {
  const cell = (site: SiteAdapter, column: string) => {
    const entry = tallies.get(`${site.id}|${column}`);
    if (!entry) return 'n/a';
    return `${entry.kept}/${entry.total}${entry.falseAlarms ? ` (${entry.falseAlarms} FA)` : ''}`;
  };
  const width = Math.max(...COLUMNS.map((column) => column.length)) + 2;
  const rows = [['site', ...COLUMNS].map((text, index) => text.padEnd(index === 0 ? 12 : width)).join('')];
  for (const site of SITES) rows.push([site.id.padEnd(12), ...COLUMNS.map((column) => cell(site, column).padEnd(width))].join(''));
  const all = [...tallies.values()].reduce((sum, entry) => ({ kept: sum.kept + entry.kept, total: sum.total + entry.total, falseAlarms: sum.falseAlarms + entry.falseAlarms }), { kept: 0, total: 0, falseAlarms: 0 });
  rows.push(`all: ${all.kept}/${all.total} verdicts kept, ${all.falseAlarms} new false alarms`);
  console.log(`Drift suite: verdicts kept per site and transformation\n${rows.join('\n')}`);
});
