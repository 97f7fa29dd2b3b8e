import { describe, expect, it, vi } from 'vitest';
import { outcomeRequest } from '../../lib/capture/outcome';
import type { ChatState } from '../../lib/detect/chat-state';
import type { Turn } from '../../lib/model';

const failure = { kind: 'error', place: 'turn', text: 'Something went wrong' } as const;
const stall = { reason: 'no-progress', seconds: 60 } as const;
const url = 'https://chatgpt.com/c/abc';
const turns: Turn[] = [{ author: 'user', text: 'Earlier question' }];

function state(changes: Partial<ChatState> = {}): ChatState {
  return { conversation: 'abc', mark: 'm', generating: false, movedAt: 0, awaiting: undefined, failure: undefined, stall: undefined, ...changes };
}

describe('what to record of an exchange’s outcome', () => {
  it('records nothing for an exchange not sent (or rescued) here', () => {
    const context = vi.fn(() => turns);
    expect(outcomeRequest('failed', state({ failure }), { id: undefined, url, context })).toBeUndefined();
    expect(outcomeRequest('answered', state(), { id: undefined, url, context })).toBeUndefined();
    expect(context).not.toHaveBeenCalled();
  });

  it('records a failure with its evidence and the conversation before the prompt', () => {
    expect(outcomeRequest('failed', state({ failure }), { id: 'p1', url, context: () => turns })).toEqual({
      id: 'p1',
      url,
      outcome: 'failed',
      failure,
      context: turns,
    });
  });

  it('records a stall with its evidence, and reads no conversation for it', () => {
    const context = vi.fn(() => turns);
    expect(outcomeRequest('stalled', state({ stall }), { id: 'p1', url, context })).toEqual({ id: 'p1', url, outcome: 'stalled', stall });
    expect(context).not.toHaveBeenCalled();
  });

  it('never records a failure or a stall without evidence of it', () => {
    const context = vi.fn(() => turns);
    expect(outcomeRequest('failed', state(), { id: 'p1', url, context })).toBeUndefined();
    expect(outcomeRequest('stalled', state(), { id: 'p1', url, context })).toBeUndefined();
    expect(context).not.toHaveBeenCalled();
  });

  it('records an answer with where the conversation is now', () => {
    expect(outcomeRequest('answered', state(), { id: 'p1', url, context: () => turns })).toEqual({ id: 'p1', url, outcome: 'answered' });
  });
});
