import { escapeHtml } from './html';
import type { AssistantState, StandInKit } from './types';

/**
 * copilot.microsoft.com as the stand-in serves it, rebuilt from the markup of
 * tests/fixtures/copilot/: the sidebar (New chat, the conversations listbox), the
 * [data-content="conversation"] column of group/user-message and group/ai-message articles with
 * their sr-only "You said" / "Copilot said" headings, ai-message-body holding
 * group/ai-message-item and the message-item-reactions row, the reply-less error card with its
 * "Try again" button, the React-controlled textarea#userInput (maxlength 10240) with the Create
 * and Smart buttons and the voice / submit / stop button, the disclaimer, #popoverPortal.
 * Sources: tests/fixtures/copilot/SOURCES.md; healthy-new-chat.html, healthy-conversation.html,
 * answering-streaming.html, error-something-went-wrong.html, limit-hourly-messages.html,
 * error-unexpected-dialog.html, page-502-gateway.html.
 *
 * The real site streams over a WebSocket after POST /c/api/conversations; the stand-in posts every
 * prompt to that REST path instead, since it is the part of the exchange Detour's network watch
 * can see. No public capture shows Copilot's toasts or its submit button's inner markup: the toast
 * is an ARIA alert in #popoverPortal (what the adapter reads there) and the submit button carries
 * only its evidenced test id and label. `data-stand-in` attributes are the stand-in app's own
 * hooks; Detour never reads them.
 */

const BUTTON = 'size-10 rounded-full';
const ICON_16 = '<svg width="16" height="16" aria-hidden="true"></svg>';

const REACTIONS = `<div data-testid="message-item-reactions" class="flex items-center gap-1 pt-2"><button type="button" data-testid="copy-ai-message-button" aria-label="Copy message">${ICON_16}</button><button type="button" data-testid="message-thumbs-up-button" aria-label="Like">${ICON_16}</button><button type="button" data-testid="message-thumbs-down-button" aria-label="Dislike">${ICON_16}</button><button type="button" data-testid="message-read-aloud-button" aria-label="Read aloud">${ICON_16}</button><button type="button" data-testid="share-message-button" aria-label="Share">${ICON_16}</button></div>`;

/** Copilot wraps each paragraph's text in a pre-wrap span (healthy-conversation.html). */
function copilotParagraphs(html: string): string {
  return html.replace(/<p>/g, '<p><span class="font-ligatures-none whitespace-pre-wrap">').replace(/<\/p>/g, '</span></p>');
}

/** The card error-something-went-wrong.html shows in place of (or after) the reply's body. */
function errorCard(text: string): string {
  return `<div class="flex flex-col gap-2 rounded-2xl px-4 py-3 text-foreground-700"><span>${escapeHtml(text)}</span><button type="button" data-testid="regenerate-message-button-popover" class="w-fit rounded-full px-3 py-1 text-sm">Try again</button></div>`;
}

/** The server titles a page by its first prompt, or by the site's id for a new chat. */
function pageTitle(title: string): string {
  return title === 'copilot' ? 'Microsoft Copilot: Your AI companion' : `${title} - Copilot`;
}

export const copilotKit: StandInKit = {
  site: 'copilot',
  host: 'copilot.microsoft.com',
  lang: 'en',
  editor: 'react-textarea',
  endpoint: '/c/api/conversations',
  newChatPath: '/',
  conversationPath: (id) => `/chats/${id}`,
  // Mirrors the adapter: /chats/new (and /chats/new/talk, voice) is no conversation yet.
  conversationIdOf: (path) => {
    const id = /^\/chats\/([\w-]+)$/.exec(path)?.[1];
    return id === 'new' ? undefined : id;
  },

  page: (turns, title) => `<!doctype html>
<html lang="en" class="dark">
  <head><meta charset="utf-8"><title>${escapeHtml(pageTitle(title))}</title></head>
  <body class="bg-background-static-950 text-foreground-900">
    <div id="app" class="flex h-dvh w-full">
      <nav class="flex h-full w-[260px] flex-col" aria-label="Sidebar">
        <button type="button" aria-label="New chat" data-testid="sidebar-new-conversation-nav-item" class="flex items-center gap-2 rounded-xl px-3 py-2">New chat</button>
        <div role="listbox" aria-label="Conversations" class="flex flex-col gap-0.5"><div role="option" aria-selected="false" aria-label="Conversation, Trip to Lisbon" class="rounded-xl px-3 py-2"><p class="truncate">Trip to Lisbon</p></div></div>
      </nav>
      <main class="relative flex min-w-0 flex-1 flex-col">
        <div class="flex-1 overflow-y-auto" style="will-change: scroll-position">
          <div class="mx-auto flex max-w-[720px] flex-col gap-6 px-4 py-6" data-content="conversation" data-stand-in="turns">${turns}</div>
        </div>
        <div class="relative mx-auto w-full max-w-[720px] px-4 pb-4">
          <div class="rounded-3xl bg-background-static-900 p-1.5 shadow-lg">
            <div data-stand-in="editor"></div>
            <div class="relative bottom-0 flex justify-between pb-0.5 pe-2.5 ps-1.5">
              <div class="flex items-center gap-2"><button type="button" data-testid="composer-create-button" aria-label="Create" class="${BUTTON}">+</button><button type="button" data-testid="composer-chat-mode-smart-button" aria-haspopup="menu" class="rounded-full px-3">Smart</button></div>
              <div class="flex gap-2 items-center" data-stand-in="controls"></div>
            </div>
          </div>
          <p class="mt-2 text-center text-xs text-foreground-600">Copilot may make mistakes.</p>
        </div>
      </main>
    </div>
    <div id="popoverPortal" data-stand-in="toasts"></div>
  </body>
</html>`,

  userTurn: (text) => `<div class="group/user-message space-y-1" role="article">
  <h5 class="sr-only" aria-label="You said">You said</h5>
  <div class="ms-auto max-w-[80%] rounded-2xl bg-background-static-850 px-4 py-3"><div class="font-ligatures-none relative whitespace-pre-wrap" data-content="user-message">${escapeHtml(text)}</div></div>
  <div data-testid="user-message-reactions" class="flex justify-end opacity-0 group-hover/user-message:opacity-100"><button type="button" data-testid="copy-user-message-button" aria-label="Copy message">${ICON_16}</button></div>
</div>`,

  assistantTurn: (state: AssistantState) => {
    const done = !state.streaming && !state.error;
    // A failed reply with no words is the bare card (error-something-went-wrong.html); one that
    // failed midway keeps what arrived in its body, the card after it.
    const body = state.html
      ? `<div data-testid="ai-message-body"><div class="group/ai-message-item space-y-3 break-words">${copilotParagraphs(state.html)}</div>${done ? REACTIONS : ''}</div>`
      : '';
    const tabster = state.html ? ` data-tabster='{"groupper":{"tabbability":2}}'` : '';
    return `<div class="group/ai-message" data-content="ai-message" data-testid="ai-message" role="article"${tabster}>
  <h6 class="sr-only" aria-label="Copilot said">Copilot said</h6>
  ${body}${state.error ? errorCard(state.error) : ''}
</div>`;
  },

  // With an empty composer the voice button stands where submit will be; the stop button
  // replaces both while a reply streams (healthy-new-chat.html, answering-streaming.html).
  composerControls: ({ generating, hasText }) => {
    if (generating) {
      return `<button type="button" data-testid="stop-button" class="${BUTTON} bg-foreground-800"><svg width="16" height="16" aria-hidden="true"><rect x="3" y="3" width="10" height="10" rx="2"></rect></svg></button>`;
    }
    if (hasText) {
      return `<button type="button" data-testid="submit-button" aria-label="Submit message" class="${BUTTON}"><svg width="20" height="20" aria-hidden="true"></svg></button>`;
    }
    return `<button type="button" aria-label="Talk to Copilot" class="${BUTTON}"><svg width="20" height="20" aria-hidden="true"><path d="M10 2a3 3 0 0 0-3 3v5a3 3 0 0 0 6 0V5a3 3 0 0 0-3-3z"></path></svg></button>`;
  },

  toast: (text) => `<div role="alert" class="pointer-events-auto rounded-xl px-4 py-3 text-sm shadow-lg">${escapeHtml(text)}</div>`,

  // The pop-up of error-unexpected-dialog.html, with the limit's words in its title.
  dialog: (text) =>
    `<div role="dialog" aria-modal="true" aria-labelledby="limit-title" class="fixed inset-0 z-50 flex items-center justify-center bg-black/40"><div class="max-w-sm rounded-2xl bg-background-static-900 p-6"><h2 id="limit-title" class="text-lg font-semibold">${escapeHtml(text)}</h2><button type="button" class="mt-4 rounded-full px-4 py-2" data-stand-in="dismiss">New chat</button></div></div>`,

  gatewayErrorFixture: 'page-502-gateway.html',
  editorAttributes: {
    id: 'userInput',
    'data-testid': 'composer-input',
    placeholder: 'Message Copilot',
    maxlength: '10240',
    class: 'w-full resize-none bg-transparent px-3 py-2 text-base outline-none',
  },

  texts: {
    // error-something-went-wrong.html (the outage replies of 2026-05)
    generationError: 'Something went wrong. Please try again.',
    // No Copilot wording for a dropped connection is public; this is the one it shows for a
    // fault on the client's side (it.ittrip.xyz, 2025).
    networkError: 'Unexpected Error Occurred. Reload page and try again, contact support if error persists',
    // fl2on/Copilot-Chat-Pro#4 (2024-07-05)
    rateLimit: "Sorry, you've reached the limit of messages you can send to Copilot within the hour. Check back soon!",
    // techcommunity.microsoft.com discussion 4137520: the conversation's cap refuses any further prompt
    planLimit: "Sorry, this conversation has reached its limit. Let's start a new chat.",
  },

  places: {
    turns: '[data-stand-in="turns"]',
    editorMount: '[data-stand-in="editor"]',
    controls: '[data-stand-in="controls"]',
    send: '[data-testid="submit-button"]',
    stop: '[data-testid="stop-button"]',
    toasts: '#popoverPortal',
  },
};
