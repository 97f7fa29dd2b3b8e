import * as v from 'valibot';
import { SITE_IDS } from './sites/types';

/**
 * Detour's domain, declared once: each shape is a schema (valibot), and its type is inferred from
 * it, so what the database stores, what an import accepts and what a message carries cannot
 * drift apart. Detection, capture, the database, the protocol and the UI all take their types
 * from here. Valibot's functions are side-effect free (and the spreads of schema entries are
 * marked pure), so a bundle that uses only the types and lists (the content script) carries none of
 * the schemas.
 */

/** Times are milliseconds since the epoch. */
const Time = v.pipe(v.number(), v.finite(), v.minValue(0));
/** Text from a page or a person: any length the database takes, but text. */
const Text = v.string();

export const SiteIdSchema = v.picklist(SITE_IDS);

// --- What Detour sees in a chat -----------------------------------------------------------------

/** What went wrong: a generation error, a usage or rate limit, a whole error page, a failed request. */
export const FAILURE_KINDS = ['error', 'limit', 'page', 'network'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];
/** Where it was seen: in the conversation, in a toast or dialog, as the whole page, or on the wire. */
export const FAILURE_PLACES = ['turn', 'toast', 'dialog', 'page', 'network'] as const;
export type FailurePlace = (typeof FAILURE_PLACES)[number];

/** A failure as the page (or the network) shows it: the one shape from detection to the popup. */
export const FailureSchema = v.object({
  kind: v.picklist(FAILURE_KINDS),
  place: v.picklist(FAILURE_PLACES),
  /** The words the UI showed (or a description of the network failure), trimmed. */
  text: Text,
});
export type Failure = Readonly<v.InferOutput<typeof FailureSchema>>;

/** A reply that never started, or one that stopped moving. */
export const STALL_REASONS = ['no-reply', 'no-progress'] as const;
export type StallReason = (typeof STALL_REASONS)[number];

export const StallSchema = v.object({
  reason: v.picklist(STALL_REASONS),
  /** How long nothing happened before Detour called it a stall. */
  seconds: v.pipe(v.number(), v.finite(), v.minValue(0)),
});
export type Stall = Readonly<v.InferOutput<typeof StallSchema>>;

/** A failure or a stall, with when Detour saw it: how a prompt (and a sighting) keeps one. */
export type Seen<T> = T & { readonly at: number };

export const AUTHORS = ['user', 'assistant'] as const;
export type Author = (typeof AUTHORS)[number];

/** One message of a conversation, as text. */
export const TurnSchema = v.object({ author: v.picklist(AUTHORS), text: Text });
export type Turn = Readonly<v.InferOutput<typeof TurnSchema>>;

/** The chat's health at one moment: what the badge, the notice and the popup show. */
export type ChatHealth =
  | { readonly status: 'healthy'; readonly answering: boolean }
  | { readonly status: 'failed'; readonly failure: Failure }
  | { readonly status: 'stalled'; readonly stall: Stall };

export const ChatHealthSchema = v.variant('status', [
  v.object({ status: v.literal('healthy'), answering: v.boolean() }),
  v.object({ status: v.literal('failed'), failure: FailureSchema }),
  v.object({ status: v.literal('stalled'), stall: StallSchema }),
]);

// --- Prompts ------------------------------------------------------------------------------------

export const PROMPT_STATUSES = ['draft', 'sent', 'answered', 'failed', 'stalled'] as const;
export type PromptStatus = (typeof PROMPT_STATUSES)[number];

/** The longest prompt id Detour keeps: its own are UUIDs; an import may bring others. */
export const MAX_ID_CHARS = 200;
const Id = v.pipe(v.string(), v.nonEmpty(), v.maxLength(MAX_ID_CHARS));

export const PromptRecordSchema = v.object({
  /** Made by the content script when the prompt's first character is typed. */
  id: Id,
  site: SiteIdSchema,
  text: Text,
  /** The page it was written on; after a send, the conversation it went to. */
  url: v.string(),
  createdAt: Time,
  updatedAt: Time,
  sentAt: v.optional(Time),
  status: v.picklist(PROMPT_STATUSES),
  failure: v.optional(/* @__PURE__ */ v.object({ ...FailureSchema.entries, at: Time })),
  stall: v.optional(/* @__PURE__ */ v.object({ ...StallSchema.entries, at: Time })),
  /** The conversation before this prompt, kept when it failed, to send along as context. */
  context: v.optional(v.array(TurnSchema)),
  /** When Detour offered to retry this failed prompt because its chatbot recovered (once only). */
  retryOfferedAt: v.optional(Time),
});
export type DeepReadonly<T> = T extends readonly (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
export type PromptRecord = DeepReadonly<v.InferOutput<typeof PromptRecordSchema>>;

/** A failure Detour saw in one of the person's tabs: its own evidence, beside the status pages. */
export type Sighting = Seen<Failure> & { readonly id?: number; readonly site: PromptRecord['site'] };

// --- Tabs and deliveries ------------------------------------------------------------------------

/** What a chat tab reports about itself. */
export interface TabReport {
  readonly site: PromptRecord['site'];
  readonly url: string;
  readonly health: ChatHealth;
  /** The prompt whose exchange this is about, when it was sent or rescued here. */
  readonly promptId?: string;
}

/** A tab's report as the background keeps it. */
export interface TabRecord extends TabReport {
  readonly tabId: number;
  readonly at: number;
}

/** A prompt on its way to another chatbot, waiting for that tab's content script. */
export interface Delivery {
  readonly text: string;
  readonly target: PromptRecord['site'];
  /** Press send after filling, or leave the prompt in the composer. */
  readonly send: boolean;
}
