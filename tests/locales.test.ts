import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', 'public', '_locales');
type Messages = Record<string, { message: string }>;
const read = (locale: string) => JSON.parse(readFileSync(join(root, locale, 'messages.json'), 'utf8')) as Messages;
const english = read('en');
const placeholders = (text: string) => [...text.matchAll(/\$\d/g)].map((match) => match[0]).sort();

describe.each(readdirSync(root).map((locale) => [locale]))('locale %s', (locale) => {
  const messages = read(locale);

  it('has every message English has, and no other', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
  });

  it('fills the same placeholders as English', () => {
    for (const [key, { message }] of Object.entries(english)) {
      expect(placeholders(messages[key]?.message ?? ''), key).toEqual(placeholders(message));
    }
  });
});

describe('message keys', () => {
  it('use only the characters Chrome accepts', () => {
    expect(Object.keys(english).filter((key) => !/^[A-Za-z0-9_]+$/.test(key))).toEqual([]);
  });
});

describe('the store description', () => {
  it.each(readdirSync(root).map((locale) => [locale]))('fits the stores\' 132 characters in %s', (locale) => {
    expect(Array.from(read(locale).extDescription?.message ?? '').length).toBeLessThanOrEqual(132);
  });
});
