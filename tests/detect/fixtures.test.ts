import { describe, expect, it } from 'vitest';
import { isGenerating } from '../../lib/page/conversation';
import { detectFailure } from '../../lib/detect/failure';
import { SITES } from '../../lib/sites';
import { normalizeText } from '../../lib/text';
import { expectationOf, fixtureNames, loadFixture } from '../fixtures';

/** Every adapter against every fixture of its site: what the page shows is what Detour sees. */
describe.each(SITES.map((site) => [site.name, site] as const))('%s fixtures', (_, site) => {
  it.each(fixtureNames(site.id))('%s', (name) => {
    const doc = loadFixture(site.id, name);
    const expected = expectationOf(name, doc);
    const failure = detectFailure(doc, site);
    if (expected.failure) {
      expect(failure, 'a failure should be seen').toBeDefined();
      expect(failure?.kind).toBe(expected.failure.kind);
      expect(failure?.place).toBe(expected.failure.place);
      expect(normalizeText(failure?.text ?? '')).toContain(normalizeText(expected.failure.text));
    } else {
      expect(failure, 'no failure should be seen').toBeUndefined();
    }
    expect(isGenerating(doc, site)).toBe(expected.generating);
  });
});
