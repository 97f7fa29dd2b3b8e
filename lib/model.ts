/** What Detour saw go wrong in a chat tab. */
export type FailureKind = 'error' | 'limit' | 'page' | 'network';
/** Where it was seen: in the conversation, in a toast or dialog, as the whole page, or on the wire. */
export type FailurePlace = 'turn' | 'toast' | 'dialog' | 'page' | 'network';

export interface Failure {
  readonly kind: FailureKind;
  readonly place: FailurePlace;
  /** The words the UI showed (or a description of the network failure), trimmed. */
  readonly text: string;
}

/** A reply that never started, or one that stopped moving. */
export type StallReason = 'no-reply' | 'no-progress';

export interface Stall {
  readonly reason: StallReason;
  /** How long nothing happened before Detour called it a stall. */
  readonly seconds: number;
}
