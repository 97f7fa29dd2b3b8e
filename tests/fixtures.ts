import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FailureKind, FailurePlace } from '../lib/model';

/**
 * Page fixtures live in tests/fixtures/<site>/. A file's name says what the page shows:
 * healthy-*, answering-*, error-*, limit-*, page-*, negative-* (a look-alike that is no failure).
 * Failure fixtures say where the failure is and which words must be reported, in
 * <meta name="detour:place"> and <meta name="detour:text">.
 */

export const FIXTURE_ROOT = join(import.meta.dirname, 'fixtures');

export const STATES = ['healthy', 'answering', 'error', 'limit', 'page', 'negative'] as const;
export type FixtureState = (typeof STATES)[number];

export function fixtureNames(site: string): string[] {
  return readdirSync(join(FIXTURE_ROOT, site))
    .filter((name) => name.endsWith('.html'))
    .sort();
}

export function fixtureState(name: string): FixtureState | undefined {
  return STATES.find((state) => name.startsWith(`${state}-`));
}

export function readFixture(site: string, name: string): string {
  return readFileSync(join(FIXTURE_ROOT, site, name), 'utf8');
}

export function loadFixture(site: string, name: string): Document {
  return new DOMParser().parseFromString(readFixture(site, name), 'text/html');
}

export interface Expectation {
  readonly failure?: { readonly kind: FailureKind; readonly place: FailurePlace; readonly text: string };
  readonly generating: boolean;
}

export function expectationOf(name: string, doc: Document): Expectation {
  const state = fixtureState(name);
  const meta = (key: string) => doc.querySelector(`meta[name="detour:${key}"]`)?.getAttribute('content') ?? '';
  if (state === 'error' || state === 'limit' || state === 'page') {
    return { failure: { kind: state, place: meta('place') as FailurePlace, text: meta('text') }, generating: false };
  }
  return { generating: state === 'answering' };
}
