import type { Author, BlindReason, ChatHealth, Failure, Stall } from '../model';
import type { Sight } from './sight';

/**
 * The chat's health over time, as a pure state machine: the watcher feeds it what the page shows
 * and when the user sends; it decides failed / stalled / healthy and when to look again.
 */

/** What the page shows at one moment (see lib/page/conversation.ts and lib/detect/failure.ts). */
export interface Snapshot {
  readonly failure: Failure | undefined;
  readonly generating: boolean;
  readonly mark: string;
  readonly lastAuthor: Author | undefined;
  /** The conversation the page shows, as the adapter names it (undefined for a new chat). */
  readonly conversation: string | undefined;
  /** What Detour can make of the page (see lib/detect/sight.ts); without it, it is taken as read. */
  readonly sight?: Sight;
}

export interface Timing {
  /** A reply that is being generated but has not changed for this long has stalled. */
  readonly stallMs: number;
  /** A sent prompt that has no reply started after this long has stalled. */
  readonly noReplyMs: number;
  /**
   * A chat page that has shown no composer this long after loading is blank (a failure), and one
   * whose composer or conversation the adapter has not found this long is one Detour cannot read.
   * `text` words the blank page's failure. Without it, neither is judged.
   */
  readonly blank?: { readonly ms: number; readonly text: (seconds: number) => string };
}

/** What is wrong with reading the page, while it lasts: blank, or unreadable to the adapter. */
type Unread = 'blank' | BlindReason;

export interface ChatState {
  readonly conversation: string | undefined;
  readonly mark: string;
  readonly generating: boolean;
  /** When the reply last moved (or generation began). */
  readonly movedAt: number;
  /** Set from a send until a reply starts. */
  readonly awaiting: { readonly since: number; readonly mark: string } | undefined;
  /** Latched: a toast that vanished still counts until the chat moves on. */
  readonly failure: Failure | undefined;
  readonly stall: Stall | undefined;
  /** Since when the page has been blank or unreadable, and which. */
  readonly unread?: { readonly what: Unread; readonly since: number };
  /** The page stayed blank: a failure, for as long as it stays so. */
  readonly blank?: Failure;
  /** The adapter cannot read the page. */
  readonly blind?: BlindReason;
}

export function initialState(snapshot: Snapshot, now: number): ChatState {
  return {
    conversation: snapshot.conversation,
    mark: snapshot.mark,
    generating: false,
    movedAt: now,
    awaiting: undefined,
    failure: undefined,
    stall: undefined,
  };
}

export function health(state: ChatState): ChatHealth {
  if (state.failure) return { status: 'failed', failure: state.failure };
  if (state.blank) return { status: 'failed', failure: state.blank };
  if (state.stall) return { status: 'stalled', stall: state.stall };
  if (state.blind) return { status: 'blind', reason: state.blind };
  return { status: 'healthy', answering: state.generating || state.awaiting !== undefined };
}

/**
 * What keeps the adapter from reading a chat page now: no composer and nothing drawn (blank), no
 * composer it knows, or, on a conversation's page, no turns. Other pages (sign-in, settings, a
 * challenge) are not judged.
 */
function unreadOf(sight: Sight | undefined, conversation: string | undefined): Unread | undefined {
  if (!sight || sight.kind !== 'chat') return undefined;
  if (!sight.composer) return sight.editable || sight.rendered ? 'no-composer' : 'blank';
  return conversation !== undefined && !sight.thread ? 'no-thread' : undefined;
}

/** The user sent a prompt: a new exchange starts, earlier trouble is behind it, the clocks restart. */
export function sent(state: ChatState, now: number): ChatState {
  return { ...state, awaiting: { since: now, mark: state.mark }, movedAt: now, failure: undefined, stall: undefined };
}

/**
 * A new conversation id where there was none is the same chat getting its id after its first
 * send; any other change of conversation starts afresh.
 */
function isSameChat(before: string | undefined, after: string | undefined): boolean {
  return before === after || before === undefined;
}

/** Folds what the page shows now into the state. */
export function observe(state: ChatState, snapshot: Snapshot, now: number, timing: Timing): ChatState {
  const base = isSameChat(state.conversation, snapshot.conversation)
    ? state
    : initialState(snapshot, now);
  const moved = snapshot.mark !== base.mark;
  const startedGenerating = snapshot.generating && !base.generating;
  const replied =
    snapshot.generating ||
    (snapshot.lastAuthor === 'assistant' && base.awaiting !== undefined && snapshot.mark !== base.awaiting.mark);
  const awaiting = replied ? undefined : base.awaiting;
  const movedAt = moved || startedGenerating ? now : base.movedAt;

  // A failure on the page wins; a latched one holds until the chat moves on.
  const failure =
    snapshot.failure ?? (base.failure && !(moved || startedGenerating) ? base.failure : undefined);

  const what = snapshot.failure ? undefined : unreadOf(snapshot.sight, snapshot.conversation);
  const unread = what === undefined ? undefined : base.unread?.what === what ? base.unread : { what, since: now };
  const due = unread !== undefined && timing.blank !== undefined && now - unread.since >= timing.blank.ms;
  const blank: Failure | undefined =
    due && unread.what === 'blank' && !failure
      ? { kind: 'page', place: 'page', text: timing.blank!.text(Math.round(timing.blank!.ms / 1000)) }
      : undefined;
  const blind = due && unread.what !== 'blank' ? unread.what : undefined;

  let stall: Stall | undefined;
  if (!failure && snapshot.generating && now - movedAt >= timing.stallMs) {
    stall = { reason: 'no-progress', seconds: Math.round(timing.stallMs / 1000) };
  } else if (!failure && awaiting && now - awaiting.since >= timing.noReplyMs) {
    stall = { reason: 'no-reply', seconds: Math.round(timing.noReplyMs / 1000) };
  }

  return {
    conversation: snapshot.conversation,
    mark: snapshot.mark,
    generating: snapshot.generating,
    movedAt,
    awaiting: failure ? undefined : awaiting,
    failure,
    stall,
    ...(unread && { unread }),
    ...(blank && { blank }),
    ...(blind && { blind }),
  };
}

/** The next moment a stall could be declared without anything else happening, if any. */
export function nextDeadline(state: ChatState, timing: Timing): number | undefined {
  if (state.failure || state.stall) return undefined;
  const unreadAt = state.unread && !state.blank && !state.blind && timing.blank ? state.unread.since + timing.blank.ms : undefined;
  const stallAt = state.generating ? state.movedAt + timing.stallMs : state.awaiting ? state.awaiting.since + timing.noReplyMs : undefined;
  return unreadAt === undefined || stallAt === undefined ? (unreadAt ?? stallAt) : Math.min(unreadAt, stallAt);
}

export type Outcome = 'answered' | 'failed' | 'stalled';

/**
 * What became of the exchange between two states, when something did: a failure or a stall
 * appeared, or a reply that was under way (or awaited) came to rest in the same conversation.
 */
export function outcomeBetween(before: ChatState, after: ChatState): Outcome | undefined {
  if (after.failure) return before.failure ? undefined : 'failed';
  if (after.stall) return before.stall ? undefined : 'stalled';
  const wasUnderWay = before.generating || before.awaiting !== undefined;
  const isAtRest = !after.generating && after.awaiting === undefined;
  const sameChat = isSameChat(before.conversation, after.conversation);
  return wasUnderWay && isAtRest && sameChat ? 'answered' : undefined;
}
