import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', 'public', '_locales');
type Messages = Record<string, { message: string }>;
const read = (locale: string) => JSON.parse(readFileSync(join(root, locale, 'messages.json'), 'utf8')) as Messages;
const english = read('en');
const placeholders = (text: string) => [...text.matchAll(/\$\d/g)].map((match) => match[0]).sort();
const locales = readdirSync(root);

/** A message with plural forms is `<base>_<form>` for each form its language has (lib/i18n.ts plural). */
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
const pluralBases = new Set(Object.keys(english).flatMap((key) => (key.endsWith('_other') ? [key.replace(/_other$/, '')] : [])));
const isPlural = (key: string) => pluralBases.has(PLURAL.exec(key)?.[1] ?? '');
/** The plural forms Intl (as the browsers and Node ship it) knows for a locale folder's language. */
const formsOf = (locale: string) => new Intl.PluralRules(locale.replace('_', '-')).resolvedOptions().pluralCategories;

describe.each(locales.map((locale) => [locale]))('locale %s', (locale) => {
  const messages = read(locale);

  it('has every message English has, and no other', () => {
    const plain = (keys: string[]) => keys.filter((key) => !isPlural(key)).sort();
    expect(plain(Object.keys(messages))).toEqual(plain(Object.keys(english)));
  });

  it('has exactly its language\'s plural forms of each counted message', () => {
    for (const base of pluralBases) {
      const forms = Object.keys(messages).flatMap((key) => (PLURAL.exec(key)?.[1] === base ? [PLURAL.exec(key)![2]] : []));
      expect(forms.sort(), base).toEqual([...formsOf(locale)].sort());
    }
  });

  it('names its own language, as plural forms and dates need it', () => {
    expect(messages.uiLocale?.message).toBe(locale.replace('_', '-'));
    expect(() => new Intl.PluralRules(messages.uiLocale!.message)).not.toThrow();
  });

  it('fills the same placeholders as English', () => {
    for (const [key, { message }] of Object.entries(english)) {
      if (isPlural(key)) continue;
      expect(placeholders(messages[key]?.message ?? ''), key).toEqual(placeholders(message));
    }
    // Every form of a counted message takes what English's "other" form takes.
    for (const [key, { message }] of Object.entries(messages)) {
      const base = PLURAL.exec(key)?.[1];
      if (base && pluralBases.has(base)) expect(placeholders(message), key).toEqual(placeholders(english[`${base}_other`]!.message));
    }
  });
});

describe('message keys', () => {
  it('use only the characters Chrome accepts', () => {
    expect(Object.keys(english).filter((key) => !/^[A-Za-z0-9_]+$/.test(key))).toEqual([]);
  });
});

describe('the store description', () => {
  it.each(locales.map((locale) => [locale]))('fits the stores\' 132 characters in %s', (locale) => {
    expect(Array.from(read(locale).extDescription?.message ?? '').length).toBeLessThanOrEqual(132);
  });
});
