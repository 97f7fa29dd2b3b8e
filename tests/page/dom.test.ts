import { describe, expect, it } from 'vitest';
import { detectFailure } from '../../lib/detect/failure';
import { textLongerThan } from '../../lib/page/dom';
import { gemini } from '../../lib/sites/gemini';
import { loadFixture } from '../fixtures';

describe('textLongerThan', () => {
  it('counts the text of every root, nested elements too, and nothing but text', () => {
    document.body.innerHTML = '<div id="a">12345<b>678</b><!-- not text --></div><div id="b"><p>90</p></div>';
    const roots = [document.querySelector('#a')!, document.querySelector('#b')!];
    expect(textLongerThan(roots, 9)).toBe(true);
    expect(textLongerThan(roots, 10)).toBe(false);
    expect(textLongerThan(roots.slice(0, 1), 7)).toBe(true);
    expect(textLongerThan(roots.slice(0, 1), 8)).toBe(false);
    expect(textLongerThan([], 0)).toBe(false);
  });
});

describe("Gemini's canned reply", () => {
  const withReply = (sentence: string) => {
    const doc = loadFixture('gemini', 'error-canned-reply.html');
    const bodies = doc.querySelectorAll('model-response .markdown');
    bodies[bodies.length - 1]!.innerHTML = `<p>${sentence}</p>`;
    return doc;
  };

  it('is a failure when it is the whole reply', () => {
    expect(detectFailure(withReply('Sorry, something went wrong. Please try your request again.'), gemini)?.kind).toBe('error');
  });

  it('is an answer when the reply goes on far past it', () => {
    const long = `Sorry, something went wrong. Please try your request again. ${'Here is the answer after all. '.repeat(40)}`;
    expect(detectFailure(withReply(long), gemini)).toBeUndefined();
  });
});
