import { describe, expect, it } from 'vitest';
import { readStatusFixture, STATUS_CASES, statusFixtureNames } from './cases';

/** Conventions for the saved status answers, so a new one cannot arrive untested or unsourced. */
describe('status fixtures', () => {
  const readme = readStatusFixture('README.md');

  it('are each read by at least one test case', () => {
    const used = new Set(STATUS_CASES.map((testCase) => testCase.file));
    expect(statusFixtureNames().filter((name) => !used.has(name))).toEqual([]);
  });

  it('are each cited in the README', () => {
    expect(statusFixtureNames().filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });

  it('include every kind of broken answer', () => {
    const reasons = new Set(STATUS_CASES.flatMap((testCase) => testCase.expect.reason ?? []));
    for (const reason of ['moved', 'wrong-type', 'http-status', 'empty', 'unreadable', 'wrong-shape'] as const) {
      expect(reasons, reason).toContain(reason);
    }
  });
});
