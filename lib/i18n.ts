import { browser } from 'wxt/browser';
import type english from '../public/_locales/en/messages.json';

/** A key of public/_locales/en/messages.json; every other locale has the same keys (tested). */
export type MessageKey = keyof typeof english;

/** The message in the browser's UI language (English when it has none), with $1…$9 filled. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

/**
 * A message that depends on a count is kept as one key per plural form of each language
 * (`seen_one`, `seen_other`; Russian adds `_few` and `_many`), as Intl.PluralRules names them:
 * the browsers' i18n has no plurals of its own. tests/i18n/locales.test.ts checks each locale has
 * exactly its language's forms.
 */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

/**
 * The language t() answers in, for plural forms, dates and relative times to agree with its
 * words. Each locale file says its own (`uiLocale`): the browser's UI language can differ from
 * the messages it picked (Chromium started with --lang reports en-US and shows German).
 */
export function uiLanguage(): string {
  return browser.i18n.getMessage('uiLocale') || browser.i18n.getUILanguage();
}

/** The plural form of `key` for `count` in the UI language, with $1 the count and $2… the rest. */
export function plural(key: PluralKey, count: number, ...substitutions: (string | number)[]): string {
  const form = new Intl.PluralRules(uiLanguage()).select(count);
  const values = [count, ...substitutions].map(String);
  const message = (name: string) => browser.i18n.getMessage(name as MessageKey, values);
  return message(`${key}_${form}`) || message(`${key}_other`) || key;
}
