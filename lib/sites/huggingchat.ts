import { mergePhrases, NETWORK_ERROR, SOMETHING_WENT_WRONG, TOO_MANY_REQUESTS } from './common-texts';
import type { SiteAdapter } from './types';
import { DIRECTORY } from './directory';

/**
 * HuggingChat (huggingface.co/chat): Hugging Face's chat, the open-source huggingface/chat-ui
 * (SvelteKit) served under /chat. Its source is the evidence: every selector and sentence below
 * is read from huggingface/chat-ui @c100c16 (2026-08-21), cited here and in
 * tests/fixtures/huggingchat/SOURCES.md:
 * - src/lib/components/chat/ChatInput.svelte: a plain textarea bound with `bind:value` (Svelte
 *   reads `value` on `input`), `onbeforeinput={requireAuthUser}` (lib/utils/auth.ts sends a
 *   signed-out person to /chat/login).
 * - src/lib/components/chat/ChatWindow.svelte: the form's submit button (aria-label "Send
 *   message", name submit, disabled while empty), StopGeneratingBtn while loading, "Ask
 *   anything"; a failed reply turns the composer into a disabled "Sorry, something went wrong.
 *   Please try again." with a Retry button below the conversation.
 * - src/lib/components/chat/ChatMessage.svelte: data-message-type="user" (text in
 *   p.whitespace-break-spaces) and data-message-role="assistant" (answer in .prose); an edit form
 *   with a `required` textarea inside a user message.
 * - src/lib/components/StopGeneratingBtn.svelte, Toast.svelte, SubscribeModal.svelte,
 *   src/lib/stores/errors.ts, src/routes/conversation/[id]/+page.svelte: the failure toast (an h2
 *   in a fixed, top-right portal) with "Oops, something went wrong.", "You are sending too many
 *   messages. Try again later." (HTTP 429), "Too much traffic, please try again."; HTTP 402 opens
 *   a dialog "You've reached your message limit." / "Out of Credits".
 * - CodeWebChat chatbots/hugging-chat.ts (2026-08): huggingface.co/chat/, the same textarea,
 *   button.stop-generating-btn, div[data-message-role="assistant"].
 */
export const huggingchat = {
  id: 'huggingchat',
  name: DIRECTORY.huggingchat.name,
  hosts: ['huggingface.co'],
  // The host is all of Hugging Face (models, datasets, Spaces): Detour reads only the chat.
  path: '/chat',
  newChatUrl: 'https://huggingface.co/chat/',
  editor: 'textarea',
  // requireAuthUser (lib/utils/auth.ts) answers the first keystroke of a signed-out person with the login page.
  needsAccount: DIRECTORY.huggingchat.needsAccount,
  selectors: {
    // The edit box inside a user message is a `required` textarea of its own form.
    composer: 'form textarea[placeholder="Ask anything"], form textarea:not([required])',
    sendButton: 'form button[type="submit"][aria-label="Send message"], form button[type="submit"][name="submit"]',
    generating: 'button.stop-generating-btn, button[aria-label="Stop generating"]',
    turn: '[data-message-type="user"], [data-message-role="assistant"]',
    userTurn: '[data-message-type="user"]',
    assistantTurn: '[data-message-role="assistant"]',
    messageBody: '[data-message-role="assistant"] .prose, [data-message-type="user"] p.whitespace-break-spaces',
    // Failures are toasts and the composer's own text; the source draws no card in a message.
    turnError: '[data-message-role="assistant"] [role="alert"]',
    // Toast.svelte: a fixed top-right layer, its words in an h2 inside a rounded pill.
    toast: 'div.fixed.z-50 > div.rounded-full',
    dialog: '[role="dialog"], [role="alertdialog"], dialog[open]',
  },
  texts: {
    error: mergePhrases(SOMETHING_WENT_WRONG, NETWORK_ERROR, {
      // src/routes/conversation/[id]/+page.svelte
      en: ['too much traffic, please try again', 'an error has occurred'],
    }),
    limit: mergePhrases(TOO_MANY_REQUESTS, {
      // src/lib/stores/errors.ts; src/lib/components/SubscribeModal.svelte
      en: ['you are sending too many messages', "you've reached your message limit", 'out of credits'],
    }),
    page: {},
  },
  // POST /chat/conversation/<id> streams the reply (src/routes/conversation/[id]/+server.ts).
  chatEndpoints: ['https://huggingface.co/chat/conversation/*'],
  /*
   * status.huggingface.co is a Better Stack page whose whole state is JSON at /index.json
   * (aggregate_state, status_page_resource entries); the old Statuspage summary.json redirects
   * away (several status monitors, 2026-07 to 2026-09). No resource is known to be the chat's
   * alone, so the whole page (Hub, API, Spaces) counts.
   */
  status: {
    kind: 'betterstack',
    url: 'https://status.huggingface.co/index.json',
    page: 'https://status.huggingface.co/',
    components: [],
  },
  conversationId: (url) => /^\/chat\/conversation\/([\w-]+)/.exec(url.pathname)?.[1],
} as const satisfies SiteAdapter;
