import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Draft, DraftRecorder, type SaveReason } from '../../lib/capture/draft-recorder';

describe('DraftRecorder', () => {
  let saves: [Draft, SaveReason][];
  let recorder: DraftRecorder;
  let ids: number;

  beforeEach(() => {
    vi.useFakeTimers({ now: 5000 });
    saves = [];
    ids = 0;
    recorder = new DraftRecorder({ delayMs: 300, save: (draft, reason) => saves.push([draft, reason]), newId: () => `p${++ids}` });
  });
  afterEach(() => vi.useRealTimers());

  it('saves 300 ms after the last keystroke, once', () => {
    recorder.typed('H');
    vi.advanceTimersByTime(200);
    recorder.typed('Hi');
    vi.advanceTimersByTime(299);
    expect(saves).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(saves).toEqual([[{ id: 'p1', text: 'Hi', createdAt: 5000 }, 'typing']]);
  });

  it('is not held back by page changes that leave the text as it is (a streaming reply)', () => {
    recorder.typed('pasted prompt');
    for (let step = 0; step < 10; step++) {
      vi.advanceTimersByTime(100);
      recorder.typed('pasted prompt');
    }
    expect(saves.map(([draft]) => draft.text)).toEqual(['pasted prompt']);
  });

  it('keeps one record per prompt while it is edited', () => {
    recorder.typed('one');
    vi.advanceTimersByTime(300);
    recorder.typed('one two');
    vi.advanceTimersByTime(300);
    expect(saves.map(([draft]) => draft.id)).toEqual(['p1', 'p1']);
  });

  it('saves at once on blur or page hide, and not twice for the same text', () => {
    recorder.typed('draft');
    recorder.flush('blur');
    expect(saves).toEqual([[expect.objectContaining({ text: 'draft' }), 'blur']]);
    recorder.flush('hide');
    vi.advanceTimersByTime(1000);
    expect(saves).toHaveLength(1);
  });

  it('never saves empty or whitespace-only text', () => {
    recorder.typed('   ');
    recorder.typed('\n');
    vi.advanceTimersByTime(1000);
    recorder.flush('blur');
    expect(saves).toEqual([]);
  });

  it('starts a new record after a send', () => {
    recorder.typed('first');
    recorder.flush('send');
    recorder.rotate();
    recorder.typed('second');
    vi.advanceTimersByTime(300);
    expect(saves.map(([draft]) => [draft.id, draft.text])).toEqual([
      ['p1', 'first'],
      ['p2', 'second'],
    ]);
  });

  it('starts a new record when the composer is cleared, keeping what was saved', () => {
    recorder.typed('abandoned idea');
    vi.advanceTimersByTime(100);
    recorder.typed('');
    recorder.typed('new idea');
    vi.advanceTimersByTime(300);
    expect(saves.map(([draft]) => [draft.id, draft.text])).toEqual([
      ['p1', 'abandoned idea'],
      ['p2', 'new idea'],
    ]);
  });

  it('saves at least once a second during a burst of typing that never pauses 300 ms', () => {
    const bursty = new DraftRecorder({
      delayMs: 300,
      maxWaitMs: 1000,
      save: (draft, reason) => saves.push([draft, reason]),
      newId: () => 'burst',
    });
    let text = '';
    const at: number[] = [];
    // 100 keystrokes 100 ms apart: 10 s of typing without a pause.
    for (let key = 0; key < 100; key++) {
      text += 'x';
      bursty.typed(text);
      const before = saves.length;
      vi.advanceTimersByTime(100);
      if (saves.length > before) at.push(key);
    }
    expect(saves.length).toBeGreaterThanOrEqual(9);
    // Never more than a second of typing unsaved (10 keystrokes of 100 ms).
    const gaps = at.map((key, index) => key - (at[index - 1] ?? -1));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(10);
    // And the 300 ms after the last keystroke still holds for the end of the burst.
    vi.advanceTimersByTime(300);
    expect(saves.at(-1)?.[0].text).toBe(text);
  });

  it('keeps the 300 ms after the last keystroke when typing pauses within the second', () => {
    const bursty = new DraftRecorder({ delayMs: 300, maxWaitMs: 1000, save: (draft, reason) => saves.push([draft, reason]) });
    bursty.typed('a');
    vi.advanceTimersByTime(200);
    bursty.typed('ab');
    vi.advanceTimersByTime(299);
    expect(saves).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(saves.map(([draft]) => draft.text)).toEqual(['ab']);
  });

  it('takes the id of the prompt an earlier copy was writing, and saves under it', () => {
    recorder.typed('Hello wor');
    expect(recorder.adopt({ id: 'earlier', createdAt: 1 })).toBe('p1');
    recorder.typed('Hello world');
    vi.advanceTimersByTime(300);
    expect(saves.map(([draft]) => [draft.id, draft.text, draft.createdAt])).toEqual([['earlier', 'Hello world', 1]]);
  });

  it('has nothing to adopt into while the composer is empty', () => {
    expect(recorder.adopt({ id: 'earlier', createdAt: 1 })).toBeUndefined();
    recorder.typed('new prompt');
    vi.advanceTimersByTime(300);
    expect(saves.map(([draft]) => draft.id)).toEqual(['p1']);
  });
});
