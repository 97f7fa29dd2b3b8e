import { beforeEach, describe, expect, it, vi } from 'vitest';
import { lastMatch } from '../../lib/page/dom';
import { besideLastTurn, duringLook, lastTurn, lastTurnFound, type LookAnswers, outsideHistory, turnCount } from '../../lib/page/tail';
import { chatgpt } from '../../lib/sites/chatgpt';

const turn = (role: 'user' | 'assistant', text: string, extra = '') =>
  `<article><div data-message-author-role="${role}"><div class="markdown">${text}</div>${extra}</div></article>`;

function page(turns: string): void {
  document.body.innerHTML = `<nav role="navigation"><div role="status">sidebar status</div></nav>
    <main><div id="thread">${turns}</div><form><div id="prompt-textarea" contenteditable="true"></div></form></main>
    <div id="toasts"></div>`;
}

const TURN = chatgpt.selectors.turn;

describe('the part of the page a look reads', () => {
  beforeEach(() => page([1, 2, 3, 4].map((n) => turn(n % 2 ? 'user' : 'assistant', `turn ${n}`, n === 2 ? '<div role="alert">old alert</div>' : '')).join('')));

  it('finds the last turn as a whole-page search does, as the thread changes', () => {
    const thread = document.querySelector('#thread')!;
    const same = () => expect(lastTurn(document, chatgpt)).toBe(lastMatch(document, TURN));
    same();
    thread.insertAdjacentHTML('beforeend', turn('user', 'turn 5'));
    same();
    // A turn after the thread (a reversed layout), one nested in the last, one inserted before it.
    document.querySelector('form')!.insertAdjacentHTML('afterend', turn('assistant', 'after the composer'));
    same();
    lastMatch(document, TURN)!.insertAdjacentHTML('beforeend', '<div data-message-author-role="assistant">nested</div>');
    same();
    thread.insertAdjacentHTML('afterbegin', turn('user', 'older history loaded'));
    same();
    // The last one removed: the search starts over.
    lastMatch(document, TURN)!.remove();
    same();
    document.querySelector('#thread')!.innerHTML = '';
    lastTurn(document, chatgpt);
    document.querySelectorAll(TURN).forEach((element) => element.remove());
    expect(lastTurn(document, chatgpt)).toBeUndefined();
  });

  it("reads everything but the thread's history, in document order", () => {
    document.querySelector('#thread')!.lastElementChild!.insertAdjacentHTML('beforeend', '<div role="alert">new alert</div>');
    document.querySelector('#toasts')!.innerHTML = '<div role="alert">toast</div>';
    // Right after the thread: after its present, not before it.
    document.querySelector('#thread')!.insertAdjacentHTML('afterend', '<div role="status">below the thread</div>');
    const texts = outsideHistory(document, chatgpt, '[role="alert"], [role="status"]').map((element) => element.textContent);
    expect(texts).toEqual(['sidebar status', 'new alert', 'below the thread', 'toast']);
    // Without turns, the whole page.
    page('<div role="alert">only</div>');
    expect(outsideHistory(document, chatgpt, '[role="alert"]').map((element) => element.textContent)).toEqual(['only']);
  });

  it('counts the turns once per new last turn', () => {
    const last = lastTurn(document, chatgpt)!;
    expect(turnCount(document, chatgpt, last)).toBe(4);
    document.querySelector('#thread')!.insertAdjacentHTML('beforeend', turn('user', 'turn 5'));
    expect(turnCount(document, chatgpt, lastTurn(document, chatgpt)!)).toBe(5);
  });

  it('after changes inside the last turn alone, keeps what it found beside that turn and reads the turn again', () => {
    const alerts = '[role="alert"], [role="status"]';
    const look = (answers: LookAnswers) => duringLook(() => outsideHistory(document, chatgpt, alerts).map((element) => element.textContent), answers);
    const answers: LookAnswers = new Map();
    expect(look(answers)).toEqual(['sidebar status']);
    const last = lastTurnFound(answers, chatgpt)!;
    expect(last).toBe(lastMatch(document, TURN));
    // A card drawn in the last turn: read, with the notices beside the turn as they were found.
    last.insertAdjacentHTML('beforeend', '<div role="alert">card in the turn</div>');
    const kept = besideLastTurn(answers, document, chatgpt);
    expect(kept.size).toBeGreaterThan(0);
    expect(look(kept)).toEqual(['sidebar status', 'card in the turn']);
    // What is kept is what was found beside it: a toast mounted since is a change to the page, whose look starts afresh.
    document.querySelector('#toasts')!.innerHTML = '<div role="alert">toast</div>';
    expect(look(besideLastTurn(kept, document, chatgpt))).toEqual(['sidebar status', 'card in the turn']);
    expect(look(new Map())).toEqual(['sidebar status', 'card in the turn', 'toast']);
    // A newer last turn (one nested in it): nothing is kept.
    const fresh: LookAnswers = new Map();
    look(fresh);
    lastTurnFound(fresh, chatgpt)!.insertAdjacentHTML('beforeend', '<div data-message-author-role="assistant">nested</div>');
    expect(besideLastTurn(fresh, document, chatgpt).size).toBe(0);
  });

  it('keeps the last turn after changes inside it by reading that turn alone, and drops all once it is no turn', () => {
    const answers: LookAnswers = new Map();
    duringLook(() => outsideHistory(document, chatgpt, '[role="alert"], [role="status"]'), answers);
    const last = lastTurnFound(answers, chatgpt)!;
    const read: Element[] = [];
    const spies = (['querySelector', 'querySelectorAll', 'matches', 'closest'] as const).map((method) => {
      const original = Element.prototype[method] as (this: Element, selector: string) => unknown;
      return vi.spyOn(Element.prototype, method).mockImplementation(function (this: Element, selector: string) {
        read.push(this);
        return original.call(this, selector);
      } as never);
    });
    let kept: LookAnswers;
    try {
      kept = besideLastTurn(answers, document, chatgpt);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(lastTurnFound(kept, chatgpt)).toBe(last);
    expect(read.length).toBeGreaterThan(0);
    expect(read.filter((element) => !last.contains(element))).toEqual([]);
    // Its role gone (an attribute on the turn itself, a change inside it): nothing is kept.
    last.removeAttribute('data-message-author-role');
    expect(besideLastTurn(answers, document, chatgpt).size).toBe(0);
  });
});
