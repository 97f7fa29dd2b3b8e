import type { ChatState, Outcome } from '../detect/chat-state';
import type { Request } from '../messaging/protocol';
import type { Turn } from '../model';

/** The exchange an outcome is about, as the page knows it. */
export interface Exchange {
  /** The prompt sent (or rescued) here; outcomes of others' exchanges are not Detour's to record. */
  readonly id: string | undefined;
  /** Where the prompt ended up: a new chat gets its conversation URL after the send. */
  readonly url: string;
  /** The conversation before the prompt, read only for a failure (it is sent along as context). */
  readonly context: () => readonly Turn[];
}

/**
 * What to record of an exchange's outcome, if anything. A failure or stall is recorded only with
 * its evidence, so the prompt's record never says "failed" without saying how.
 */
export function outcomeRequest(outcome: Outcome, state: ChatState, exchange: Exchange): Request<'prompt.outcome'> | undefined {
  const { id, url } = exchange;
  if (id === undefined) return undefined;
  switch (outcome) {
    case 'failed':
      return state.failure && { id, url, outcome, failure: state.failure, context: exchange.context() };
    case 'stalled':
      return state.stall && { id, url, outcome, stall: state.stall };
    case 'answered':
      return { id, url, outcome };
  }
}
