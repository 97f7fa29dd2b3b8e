/**
 * What an official status page says about a chatbot, reduced to what the popup's "is it me or is
 * it them?" check needs. Every vendor format (lib/status/formats/) is read into this one shape.
 */

/** How the chatbot's consumer chat is doing, by its vendor's own account. */
export const HEALTHS = ['operational', 'degraded', 'down', 'unknown'] as const;
export type Health = (typeof HEALTHS)[number];

/**
 * Why a check could not tell. A failed check is never an outage: the page may be down while the
 * chatbot is fine, and a vendor that moved its page tells nothing about its chatbot.
 */
export const UNKNOWN_REASONS = [
  /** No answer within the time-out. */
  'timeout',
  /** The request failed before any answer (offline, DNS, TLS, CORS, blocked). */
  'network',
  /** The page answered with a non-2xx status. */
  'http-status',
  /** The request was redirected elsewhere: the vendor moved or replaced its page. */
  'moved',
  /** The answer is not the expected kind of document (an HTML page instead of JSON, say). */
  'wrong-type',
  /** The answer has no body. */
  'empty',
  /** The body cannot be read (truncated or invalid JSON, not a feed). */
  'unreadable',
  /** The document reads but is not the format Detour expects (another vendor, a changed schema). */
  'wrong-shape',
  /** Another part of Detour is checking this page right now and has no answer yet. */
  'pending',
] as const;
export type UnknownReason = (typeof UNKNOWN_REASONS)[number];

/** One part of a status page that concerns the consumer chat. */
export interface ComponentStatus {
  /** The name the vendor shows, as it shows it. */
  readonly name: string;
  readonly health: Health;
}

export interface ProviderStatus {
  readonly health: Health;
  /**
   * Short and human: which components are affected and the incident title, as the vendor words
   * them (vendor texts are English; the UI adds its own localised framing).
   */
  readonly summary: string;
  /** Set when health is 'unknown'. */
  readonly reason?: UnknownReason;
  /**
   * 'components' when the health comes from the parts that concern the consumer chat, 'page' when
   * it comes from the page as a whole (the vendor reports no such parts, or renamed them).
   */
  readonly scope?: 'components' | 'page';
  /** The parts that concern the consumer chat, when the page names them. */
  readonly components?: readonly ComponentStatus[];
}

/** A status as the UI shows it: when it was checked and where a person can read more. */
export interface CheckedStatus extends ProviderStatus {
  /** When the status page answered (or failed to), in ms since the epoch: "checked 3 min ago". */
  readonly checkedAt: number;
  /** The vendor's page for people, to link to. */
  readonly page: string;
  /** A newer answer is being fetched; the caller's onUpdate will receive it. */
  readonly refreshing: boolean;
}

/** A fetched answer, as much of it as a parser needs. */
export interface FetchedResponse {
  /** HTTP status code. */
  readonly status: number;
  /** The Content-Type header, or '' when absent. */
  readonly contentType: string;
  /** The URL that answered, after redirects ('' when unknown). */
  readonly url: string;
  readonly body: string;
}
