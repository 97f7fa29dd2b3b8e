import { describe, expect, it } from 'vitest';
import { vocabularyOf } from '../../lib/detect/vocabulary';
import { SITES } from '../../lib/sites';
import { AT_CAPACITY, NETWORK_ERROR, SERVICE_UNAVAILABLE, SOMETHING_WENT_WRONG, TOO_MANY_REQUESTS, USAGE_LIMIT, VERIFY_HUMAN } from '../../lib/sites/common-texts';
import { type Phrases, UI_LANGUAGES } from '../../lib/sites/types';

/** Every language Detour's UI speaks has words for every kind of failure, on every site. */
const CLASSES: Record<string, readonly Phrases[]> = {
  'generation error': [SOMETHING_WENT_WRONG],
  'network error': [NETWORK_ERROR],
  'rate or usage limit': [TOO_MANY_REQUESTS, USAGE_LIMIT],
  'capacity or error page': [SERVICE_UNAVAILABLE, AT_CAPACITY],
  'verify you are human': [VERIFY_HUMAN],
};

describe.each(Object.entries(CLASSES))('%s', (_, tables) => {
  it.each(UI_LANGUAGES.map((language) => [language]))('has phrases in %s', (language) => {
    expect(tables.flatMap((table) => table[language] ?? []).length).toBeGreaterThan(0);
  });
});

describe.each(SITES.map((site) => [site.name, site] as const))('%s', (_, site) => {
  it('reads errors and limits in every language', () => {
    const { error, limit } = vocabularyOf(site);
    expect(UI_LANGUAGES.filter((language) => !error[language]?.length || !limit[language]?.length)).toEqual([]);
  });
});
