import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectFailure } from '../../lib/detect/failure';
import { besideLastTurn, duringLook, type LookAnswers } from '../../lib/page/tail';
import { chatgpt } from '../../lib/sites/chatgpt';
import { gemini } from '../../lib/sites/gemini';
import { loadFixture } from '../fixtures';

/**
 * A look after changes to messages' text alone starts from the answers of the look before
 * (lib/page/tail.ts): what cannot have changed is not read again, down a reply streaming in.
 */
describe("a look after changes to messages' text alone", () => {
  afterEach(() => void vi.restoreAllMocks());

  /** How many times the adapter's card selector was queried while `look` ran. */
  function cardQueries(look: () => void): number {
    const spy = vi.spyOn(Element.prototype, 'querySelectorAll');
    look();
    const count = spy.mock.calls.filter(([selector]) => selector === chatgpt.selectors.turnError).length;
    spy.mockRestore();
    return count;
  }

  it("keeps the last turn's error cards, which a change inside the turn has it look for again", () => {
    const doc = loadFixture('chatgpt', 'error-generating.html');
    const answers: LookAnswers = new Map();
    const look = (kept: LookAnswers) => duringLook(() => detectFailure(doc, chatgpt), kept);
    let failure: ReturnType<typeof look>;
    expect(cardQueries(() => (failure = look(answers)))).toBeGreaterThan(0);
    expect(failure).toMatchObject({ place: 'turn' });
    // Text alone changed: the same answers.
    expect(cardQueries(() => (failure = look(answers)))).toBe(0);
    expect(failure).toMatchObject({ place: 'turn' });
    // Something changed inside the last turn: its cards are asked for again.
    expect(cardQueries(() => (failure = look(besideLastTurn(answers, doc, chatgpt))))).toBeGreaterThan(0);
    expect(failure).toMatchObject({ place: 'turn' });
  });

  /** How many times an element was matched against a selector of each kind while `look` ran. */
  function matched(kinds: Record<string, (selector: string) => boolean>, look: () => void): Record<string, number> {
    const spy = vi.spyOn(Element.prototype, 'matches');
    look();
    const counts = Object.fromEntries(Object.entries(kinds).map(([kind, which]) => [kind, spy.mock.calls.filter(([selector]) => which(selector)).length]));
    spy.mockRestore();
    return counts;
  }

  it("leaves the page around the composer and the last turn's own words unread", () => {
    const doc = loadFixture('chatgpt', 'healthy-conversation.html');
    const answers: LookAnswers = new Map();
    const look = () => duringLook(() => detectFailure(doc, chatgpt), answers);
    const kinds = {
      // The site-independent layer's walks around the composer skip the page's landmarks.
      aroundComposer: (selector: string) => selector.includes('[role="contentinfo"]'),
      // The last turn's words outside its message body.
      outsideBody: (selector: string) => selector.startsWith(`${chatgpt.selectors.messageBody}, `),
    };
    const first = matched(kinds, look);
    expect(first.aroundComposer).toBeGreaterThan(0);
    expect(first.outsideBody).toBeGreaterThan(0);
    expect(matched(kinds, look)).toEqual({ aroundComposer: 0, outsideBody: 0 });
    expect(look()).toBeUndefined();
  });

  it("keeps the reply's message bodies, read for a canned failure reply", () => {
    const doc = loadFixture('gemini', 'healthy-conversation.html');
    const answers: LookAnswers = new Map();
    const look = () => duringLook(() => detectFailure(doc, gemini), answers);
    const bodyQueries = () => {
      const spy = vi.spyOn(Element.prototype, 'querySelectorAll');
      look();
      const count = spy.mock.calls.filter(([selector]) => selector === gemini.selectors.messageBody).length;
      spy.mockRestore();
      return count;
    };
    expect(bodyQueries()).toBeGreaterThan(0);
    expect(bodyQueries()).toBe(0);
  });
});
