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
    .replace(/[\u201c\u201d\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

const normalizedPhrases = new WeakMap<Phrases, readonly string[]>();

function phraseList(phrases: Phrases): readonly string[] {
  let list = normalizedPhrases.get(phrases);
  if (!list) {
    list = Object.values(phrases).flatMap((texts) => (texts ?? []).map(normalizeText));
    normalizedPhrases.set(phrases, list);
  }
  return list;
}

/** The first phrase, in any language, that the (already normalised) text contains. */
export function findPhrase(normalized: string, phrases: Phrases): string | undefined {
  return phraseList(phrases).find((phrase) => normalized.includes(phrase));
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
