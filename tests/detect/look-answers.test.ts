import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectFailure } from '../../lib/detect/failure';
import { besideLastTurn, duringLook, type LookAnswers } from '../../lib/page/tail';
import { chatgpt } from '../../lib/sites/chatgpt';
import { loadFixture } from '../fixtures';

/**
 * A look after changes to messages' text alone starts from the answers of the look before
 * (lib/page/tail.ts): what cannot have changed is not read again, down a reply streaming in.
 */
describe("the last turn's error cards, across looks", () => {
  afterEach(() => void vi.restoreAllMocks());

  /** How many times the adapter's card selector was queried while `look` ran. */
  function cardQueries(look: () => void): number {
    const spy = vi.spyOn(Element.prototype, 'querySelectorAll');
    look();
    const count = spy.mock.calls.filter(([selector]) => selector === chatgpt.selectors.turnError).length;
    spy.mockRestore();
    return count;
  }

  it('are found once, then kept by a look after text alone; a look after a change in the turn queries again', () => {
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
});
