import { browser } from 'wxt/browser';
import type english from '../public/_locales/en/messages.json';

/** A key of public/_locales/en/messages.json; every other locale has the same keys (tested). */
export type MessageKey = keyof typeof english;

/** The message in the browser's UI language (English when it has none), with $1…$9 filled. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

/** The browser's UI language, the one t() answers in: for dates and relative times beside its words. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
