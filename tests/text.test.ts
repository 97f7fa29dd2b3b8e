import { describe, expect, it } from 'vitest';
import { findPhrase, locatePhrase, matchForm, withoutQuotes, normalizeText } from '../lib/text';

describe('phrase matching', () => {
  const phrases = { en: ['something went wrong', 'rate limit', 'server busy, please try again later'], 'zh-CN': ['服务器繁忙'], ja: ['エラーが発生しました'] };

  it('reads a phrase through codes and punctuation', () => {
    expect(findPhrase('Something went wrong (1099)', phrases)).toBe('something went wrong');
    expect(findPhrase('Hmm...something went wrong!', phrases)).toBe('something went wrong');
    expect(findPhrase('Server busy. Please try again later.', phrases)).toBe('server busy please try again later');
    expect(findPhrase('服务器繁忙，请稍后再试。', phrases)).toBe('服务器繁忙');
    expect(findPhrase('エラーが発生しました (13)', phrases)).toBe('エラーが発生しました');
    expect(matchForm('“You’ve hit — the   limit”')).toBe('youve hit the limit');
  });

  it('wants a phrase to start a word, in scripts that space their words', () => {
    expect(findPhrase('We serve moderate limits only', phrases)).toBeUndefined();
    expect(findPhrase('You are being rate limited', phrases)).toBe('rate limit');
    expect(locatePhrase('Oh no: something went wrong', phrases)?.index).toBe('oh no '.length);
  });

  it('leaves out what is quoted in double quotes, never apostrophes', () => {
    expect(withoutQuotes(normalizeText('Why does it say “Something went wrong”? I don’t know'))).toBe("why does it say  ? i don't know");
    expect(withoutQuotes(normalizeText('它说「服务器繁忙」是什么意思'))).toBe('它说 是什么意思');
  });
});
