/**
 * What Detour needs to know about one chatbot's web UI. Everything that names a selector, a URL
 * or a UI text of a site lives in that site's adapter (lib/sites/<site>.ts), next to the
 * fixtures that show it (tests/fixtures/<site>/).
 */

export const SITE_IDS = [
  'chatgpt',
  'claude',
  'gemini',
  'copilot',
  'perplexity',
  'mistral',
  'deepseek',
  'grok',
  'duckai',
  'huggingchat',
  'meta',
  'poe',
  'qwen',
  'kimi',
] as const;
export type SiteId = (typeof SITE_IDS)[number];

/** The UI languages detection knows texts for (BCP 47 tags). */
export const UI_LANGUAGES = [
  'en',
  'es',
  'fr',
  'de',
  'pt',
  'it',
  'ja',
  'zh-CN',
  'zh-TW',
  'ko',
  'ru',
  'vi',
] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * Phrases per language. Each phrase is matched as a substring of the normalised text (see
 * lib/text.ts), so keep them to the stable core of a message ("too many requests", not the
 * whole sentence with its numbers).
 */
export type Phrases = Readonly<Partial<Record<UiLanguage, readonly string[]>>>;

/** How a site's composer takes text, which decides how Detour fills it. */
export type EditorKind = 'prosemirror' | 'quill' | 'lexical' | 'textarea';

export interface SiteSelectors {
  /** The element the user types into. */
  readonly composer: string;
  /** The button that sends the composer's text. */
  readonly sendButton: string;
  /** Shown only while a reply is being generated: the stop control, busy markers. */
  readonly generating: string;
  /** Every message of the conversation, user's and assistant's, in document order. */
  readonly turn: string;
  /** Matches a turn (or an element inside it) written by the user. */
  readonly userTurn: string;
  /** Matches a turn (or an element inside it) written by the chatbot. */
  readonly assistantTurn: string;
  /** Inside a turn: the rendered message itself, whose words never count as an error. */
  readonly messageBody: string;
  /** Error cards the UI renders inside or after the last turn. */
  readonly turnError: string;
  /** Transient notices anywhere on the page (toasts, banners). Their text must match too. */
  readonly toast: string;
  /** Modal dialogs. Their text must match too. */
  readonly dialog: string;
  /** Elements never read: hidden live regions and the like. */
  readonly ignore?: string;
}

export interface SiteTexts {
  /** Generation failed: error cards, network errors. */
  readonly error: Phrases;
  /** Usage caps, rate limits, conversation too long. */
  readonly limit: Phrases;
  /** Whole-page failures served on the site's own host (beyond generic HTTP error pages). */
  readonly page: Phrases;
  /**
   * Failures some sites write as the reply itself ("Sorry, something went wrong. Please try your
   * request again."). They count only when the last reply is short and says little else.
   */
  readonly cannedReply?: Phrases;
}

/**
 * The document formats Detour reads. Status pages move between vendors (DeepSeek went from
 * Atlassian Statuspage to FlashDuty, OpenAI from Statuspage to incident.io), so the kind is part of
 * each site's entry, not assumed.
 */
export type StatusKind =
  /** Atlassian Statuspage: `/api/v2/summary.json` with `status.indicator` and `components[]`. */
  | 'statuspage'
  /** incident.io, answering the Statuspage-compatible `/api/v2/summary.json`. */
  | 'incident-io'
  /** Instatus: `/summary.json` with `page.status` and `activeIncidents[]`. */
  | 'instatus'
  /** Google's status dashboard feed: an array of incidents with `affected_products[]`. */
  | 'google-workspace'
  /** FlashDuty (Flashcat) widget: `/api/widget/v1/summary.json` with `overall.status`. */
  | 'flashduty'
  /** Better Stack: `/index.json`, a JSON:API page with `aggregate_state` and `status_page_resource`s. */
  | 'betterstack'
  /** xAI's RSS feed: one item per incident and surface, "Status:"/"Severity:" lines. */
  | 'xai-feed';

/** Where a chatbot's vendor publishes its status, and which parts of it concern the chat. */
export interface StatusSource {
  readonly kind: StatusKind;
  /** The machine-readable document Detour fetches. */
  readonly url: string;
  /** The page for people, to link to. */
  readonly page: string;
  /**
   * Names of the components (products, feed scopes) that concern the consumer chat, matched by
   * name, case-insensitively, never by position: component ids and order change when a vendor
   * rebuilds its page. Empty when the page does not split the chat out: the whole page counts.
   */
  readonly components: readonly string[];
  /**
   * The document's host serves far more than the status page (www.google.com): Detour asks for
   * access to it only when the person wants this status, never at install.
   */
  readonly optional?: boolean;
}

export interface SiteAdapter {
  readonly id: SiteId;
  /** The product name people know. */
  readonly name: string;
  /** Hostnames the site is served on; the first is canonical. */
  readonly hosts: readonly string[];
  /**
   * The chat's part of a host that serves much else (huggingface.co/chat): Detour reads pages only
   * under this path. Absent when the whole host is the chat.
   */
  readonly path?: string;
  /** Where a new, empty conversation starts. */
  readonly newChatUrl: string;
  readonly editor: EditorKind;
  /** The longest prompt the site's composer takes (UTF-16 code units, as maxlength counts), if capped. */
  readonly maxPromptChars?: number;
  /**
   * A useful answer needs the person signed in. Sent there signed out, a prompt meets a sign-in page
   * or a guest mode too limited to rely on; the UI says so before sending.
   */
  readonly needsAccount: boolean;
  readonly selectors: SiteSelectors;
  readonly texts: SiteTexts;
  /**
   * The site's own requests that carry a prompt and stream its reply, as match patterns
   * (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns). The background
   * watches them for 5xx, 429 and network errors.
   */
  readonly chatEndpoints: readonly string[];
  /** The vendor's official status page, or undefined where it publishes none a browser can read. */
  readonly status: StatusSource | undefined;
  /** The conversation's id in a page URL, when the URL names one. */
  conversationId(url: URL): string | undefined;
}
