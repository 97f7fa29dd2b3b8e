import { describe, expect, it } from 'vitest';
import type { ChatHealth } from '../../lib/model';
import { dismissalKey } from '../../lib/notice/notice-key';

const failedWith = (text: string): ChatHealth => ({ status: 'failed', failure: { kind: 'error', place: 'turn', text } });
const stalled = (reason: 'no-reply' | 'no-progress', seconds = 60): ChatHealth => ({ status: 'stalled', stall: { reason, seconds } });

describe('what a dismissed notice was about', () => {
  it('is the same for the same trouble in the same conversation', () => {
    expect(dismissalKey(failedWith('Network error'), 'c1')).toBe(dismissalKey(failedWith('Network error'), 'c1'));
    // The seconds waited are not new trouble: a changed setting does not bring the notice back.
    expect(dismissalKey(stalled('no-progress', 60), 'c1')).toBe(dismissalKey(stalled('no-progress', 90), 'c1'));
  });

  it('differs for another failure, another kind of stall, or another conversation', () => {
    const keys = [
      dismissalKey(failedWith('Network error'), 'c1'),
      dismissalKey(failedWith('Too many requests'), 'c1'),
      dismissalKey(failedWith('Network error'), 'c2'),
      dismissalKey(failedWith('Network error'), undefined),
      dismissalKey(stalled('no-progress'), 'c1'),
      dismissalKey(stalled('no-reply'), 'c1'),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
