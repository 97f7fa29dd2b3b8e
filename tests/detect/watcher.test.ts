import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatHealth } from '../../lib/model';
import { ChatWatcher } from '../../lib/detect/watcher';
import { chatgpt } from '../../lib/sites/chatgpt';
import { readFixture } from '../fixtures';

/** The watcher on a live document: fixtures loaded into it, time moved by fake timers. */
describe('ChatWatcher', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  function watch(fixture: string) {
    document.documentElement.innerHTML = new DOMParser()
      .parseFromString(readFixture('chatgpt', fixture), 'text/html')
      .documentElement.innerHTML;
    const healths: ChatHealth[] = [];
    const outcomes: string[] = [];
    const watcher = new ChatWatcher(document, chatgpt, () => ({ stallMs: 60_000, noReplyMs: 30_000 }), {
      onHealth: (health) => healths.push(health),
      onOutcome: (outcome) => outcomes.push(outcome),
    });
    return { watcher, healths, outcomes };
  }

  it('reports a failure present when the page loads', () => {
    const { watcher, healths } = watch('error-generating.html');
    watcher.check();
    expect(healths.at(-1)).toMatchObject({ status: 'failed', failure: { place: 'turn' } });
  });

  it('declares a stall from its own timer, with no page change, and only once', () => {
    const { watcher, healths } = watch('answering-streaming.html');
    watcher.check();
    expect(healths).toEqual([{ status: 'healthy', answering: true }]);
    vi.advanceTimersByTime(59_000);
    expect(healths).toHaveLength(1);
    vi.advanceTimersByTime(2_000);
    expect(healths.at(-1)).toEqual({ status: 'stalled', stall: { reason: 'no-progress', seconds: 60 } });
    vi.advanceTimersByTime(600_000);
    expect(healths).toHaveLength(2);
    watcher.stop();
  });

  it('reports outcomes only for an exchange sent from this page', () => {
    const { watcher, outcomes } = watch('answering-streaming.html');
    watcher.check();
    vi.advanceTimersByTime(61_000);
    expect(outcomes).toEqual([]);
    watcher.sent();
    watcher.check();
    expect(outcomes).toEqual([]);
    const reply = document.querySelector('.result-streaming')!;
    reply.textContent = 'Fresh from the oven, strong from the pot.';
    reply.classList.remove('result-streaming');
    document.querySelector('[data-testid="stop-button"]')?.remove();
    watcher.check();
    expect(outcomes).toEqual(['answered']);
  });

  it('reads the address again when the page moves to another conversation: its trouble stays behind', () => {
    const setURL = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
    setURL('https://chatgpt.com/c/68f0a1b2');
    const { watcher, healths } = watch('answering-streaming.html');
    watcher.check();
    vi.advanceTimersByTime(61_000);
    expect(healths.at(-1)).toMatchObject({ status: 'stalled' });
    history.pushState(null, '', '/c/77e1c3d4');
    watcher.check();
    expect(healths.at(-1)).toEqual({ status: 'healthy', answering: true });
    watcher.stop();
  });
});
