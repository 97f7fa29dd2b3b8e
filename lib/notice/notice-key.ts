import type { ChatHealth } from '../model';

/**
 * What a dismissed notice was about: the same trouble in the same conversation stays dismissed
 * (the page is checked again and again while it shows), a new failure or another chat does not.
 */
export function dismissalKey(health: ChatHealth, conversation: string | undefined): string {
  const what = health.status === 'failed' ? health.failure.text : health.status === 'stalled' ? health.stall.reason : '';
  return `${health.status}|${what}|${conversation ?? ''}`;
}
