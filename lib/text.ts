import type { Phrases } from './sites/types';

/**
 * One form for comparing UI texts: compatibility-normalised (full-width letters, ellipsis),
 * lower-cased, typographic quotes made plain, whitespace collapsed.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The form phrases are matched in: normalised, apostrophes dropped, every other punctuation mark
 * and symbol a space. "Something went wrong (1099)", "Server busy. Please try again later." and
 * "服务器繁忙，请稍后再试。" then read as the plain phrase they carry, whatever the UI wraps it in.
 */
export function matchForm(text: string): string {
  return normalizeText(text)
    .replace(/'/g, '')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Scripts that separate words with spaces: there a phrase must start a word ("rate limit" is not in "moderate limits"). */
const SPACED = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hangul}\p{N}]/u;

const phraseLists = new WeakMap<Phrases, readonly string[]>();

function phraseList(phrases: Phrases): readonly string[] {
  let list = phraseLists.get(phrases);
  if (!list) {
    list = Object.values(phrases).flatMap((texts) => (texts ?? []).map(matchForm).filter(Boolean));
    phraseLists.set(phrases, list);
  }
  return list;
}

/** Where `phrase` starts in `form` as a word of its own (or anywhere, in scripts without spaces), or -1. */
function wordIndex(form: string, phrase: string): number {
  const spaced = SPACED.test(phrase[0] ?? '');
  for (let at = form.indexOf(phrase); at >= 0; at = form.indexOf(phrase, at + 1)) {
    if (!spaced || at === 0 || !SPACED.test(form[at - 1] ?? '')) return at;
  }
  return -1;
}

export interface PhraseMatch {
  /** The phrase, in match form. */
  readonly phrase: string;
  /** Where it starts in the text's match form. */
  readonly index: number;
}

/** The first phrase, in any language, that the text contains, and where (in its match form). */
export function locatePhrase(text: string, phrases: Phrases): PhraseMatch | undefined {
  const form = matchForm(text);
  for (const phrase of phraseList(phrases)) {
    const index = wordIndex(form, phrase);
    if (index >= 0) return { phrase, index };
  }
  return undefined;
}

/** The first phrase, in any language, that the text contains (see matchForm). */
export function findPhrase(text: string, phrases: Phrases): string | undefined {
  return locatePhrase(text, phrases)?.phrase;
}

/**
 * Double-quoted spans ("…", “…”, «…», 「…」, 『…』): words a person quotes, never the UI speaking.
 * Single quotes are left alone, since apostrophes ("you've", "don't") cannot be told from them.
 */
const QUOTED = /"[^"\n]{1,400}"|«[^»\n]{1,400}»|「[^」\n]{1,400}」|『[^』\n]{1,400}』/g;

/** The text with what it quotes left out (the text should be normalised). */
export function withoutQuotes(normalized: string): string {
  return normalized.replace(QUOTED, ' ');
}

/** Shortens a text for a title or a list, on a character boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** Compares texts loosely: editors turn line breaks and runs of spaces into their own. */
export function sameText(a: string, b: string): boolean {
  const squash = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();
  return squash(a) === squash(b);
}
