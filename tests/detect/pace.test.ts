import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Pace } from '../../lib/detect/pace';

describe('Pace: when the page is looked at as it changes', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('looks at once on the first change after a quiet spell, in the same task', () => {
    const look = vi.fn();
    const pace = new Pace(look, 200);
    pace.changed();
    expect(look).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(look).toHaveBeenCalledTimes(1);
    pace.changed();
    expect(look).toHaveBeenCalledTimes(2);
  });

  it('coalesces the changes that follow into one look per window, and looks after the last', () => {
    const look = vi.fn();
    const pace = new Pace(look, 200);
    // A reply streaming for about a second: a change every 10 ms.
    for (let ms = 0; ms < 990; ms += 10) {
      pace.changed();
      vi.advanceTimersByTime(10);
    }
    // At once, then once per 200 ms window.
    expect(look).toHaveBeenCalledTimes(5);
    vi.advanceTimersByTime(200);
    expect(look).toHaveBeenCalledTimes(6);
    vi.advanceTimersByTime(1000);
    expect(look).toHaveBeenCalledTimes(6);
  });

  it('sets no timer for a change after a quiet spell: only a look that has to wait gets one', () => {
    const look = vi.fn();
    const setTimer = vi.fn((run: () => void, ms: number) => setTimeout(run, ms));
    const pace = new Pace(look, 200, setTimer);
    pace.changed();
    vi.advanceTimersByTime(500);
    pace.changed('turn');
    expect(look).toHaveBeenCalledTimes(2);
    expect(setTimer).not.toHaveBeenCalled();
    // Inside the window: one timer, for the rest of it.
    vi.advanceTimersByTime(50);
    pace.changed();
    pace.changed();
    expect(setTimer).toHaveBeenCalledTimes(1);
    expect(setTimer.mock.calls[0]![1]).toBe(150);
    vi.advanceTimersByTime(150);
    expect(look.mock.calls).toEqual([['page'], ['turn'], ['page']]);
  });

  it('looks at once when the clock was set back, not after more than a window', () => {
    let clock = 10_000;
    const look = vi.fn();
    const pace = new Pace(look, 200, setTimeout, 200, () => clock);
    pace.changed();
    clock -= 5_000;
    pace.changed();
    expect(look).toHaveBeenCalledTimes(2);
  });

  it('looks no more once stopped', () => {
    const look = vi.fn();
    const pace = new Pace(look, 200);
    pace.changed();
    pace.changed();
    pace.stop();
    vi.advanceTimersByTime(1000);
    expect(look).toHaveBeenCalledTimes(1);
  });
});

describe("Pace: a message's text alone", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('is looked at once per text window while it streams, and a page change still at once', () => {
    const look = vi.fn();
    const pace = new Pace(look, 200, setTimeout, 1000);
    for (let ms = 0; ms < 3000; ms += 20) {
      pace.changed('text');
      vi.advanceTimersByTime(20);
    }
    expect(look).toHaveBeenCalledTimes(3);
    vi.advanceTimersByTime(300);
    pace.changed('page');
    expect(look).toHaveBeenCalledTimes(4);
  });

  it("tells a look after text alone so, and one that may follow a page change that it is the page's", () => {
    const look = vi.fn();
    const pace = new Pace(look, 200, setTimeout, 1000);
    pace.changed('text');
    vi.advanceTimersByTime(1000);
    expect(look.mock.calls).toEqual([['text']]);
    // A page change, then text: the text's look comes after the window, and it is a look at the page.
    pace.changed('text');
    vi.advanceTimersByTime(900);
    pace.changed('page');
    pace.changed('page');
    vi.advanceTimersByTime(100);
    expect(look.mock.calls).toEqual([['text'], ['page']]);
    vi.advanceTimersByTime(100);
    expect(look.mock.calls).toEqual([['text'], ['page'], ['page']]);
    vi.advanceTimersByTime(2000);
    expect(look).toHaveBeenCalledTimes(3);
  });

  it('tells each look the widest change since the one before it', () => {
    const look = vi.fn();
    const pace = new Pace(look, 200, setTimeout, 1000);
    pace.changed('turn');
    expect(look.mock.calls).toEqual([['turn']]);
    pace.changed('turn');
    vi.advanceTimersByTime(200);
    expect(look.mock.calls).toEqual([['turn'], ['turn']]);
    pace.changed('turn');
    pace.changed('page');
    pace.changed('turn');
    vi.advanceTimersByTime(200);
    expect(look.mock.calls).toEqual([['turn'], ['turn'], ['page']]);
    // Text after a look at the turn waits for its own window, and its look is told it is text.
    vi.advanceTimersByTime(1000);
    pace.changed('turn');
    pace.changed('text');
    vi.advanceTimersByTime(1000);
    expect(look.mock.calls.slice(3)).toEqual([['turn'], ['text']]);
  });
});
