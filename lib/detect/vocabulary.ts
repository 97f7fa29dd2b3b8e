import { AT_CAPACITY, mergePhrases, SERVICE_UNAVAILABLE, USAGE_LIMIT } from '../sites/common-texts';
import type { Phrases, SiteAdapter } from '../sites/types';
import type { FailureKind } from '../model';
import { locatePhrase, normalizeText, type PhraseMatch, withoutQuotes } from '../text';

/**
 * The words the site-independent layer reads failures by: the site's own (its adapter's texts) and
 * the stock phrases every chat UI, CDN and server uses, in every language Detour speaks.
 */
export interface Vocabulary {
  readonly error: Phrases;
  readonly limit: Phrases;
}

const vocabularies = new WeakMap<SiteAdapter, Vocabulary>();

export function vocabularyOf(site: SiteAdapter): Vocabulary {
  let vocabulary = vocabularies.get(site);
  if (!vocabulary) {
    vocabulary = {
      error: mergePhrases(site.texts.error, site.texts.page, AT_CAPACITY, SERVICE_UNAVAILABLE),
      limit: mergePhrases(site.texts.limit, USAGE_LIMIT),
    };
    vocabularies.set(site, vocabulary);
  }
  return vocabulary;
}

export interface Reading {
  readonly kind: Extract<FailureKind, 'error' | 'limit'>;
  readonly match: PhraseMatch;
}

/**
 * What a UI text says went wrong, if anything. Words inside double quotes are someone quoting a
 * failure ("My app says “Something went wrong”"), never the UI having one, so they are not read.
 */
export function readFailure(text: string, vocabulary: Vocabulary): Reading | undefined {
  const unquoted = withoutQuotes(normalizeText(text));
  const limit = locatePhrase(unquoted, vocabulary.limit);
  const error = locatePhrase(unquoted, vocabulary.error);
  const first = limit && error ? (limit.index <= error.index ? limit : error) : (limit ?? error);
  return first ? { kind: limit ? 'limit' : 'error', match: first } : undefined;
}
