import { escapeHtml } from './html';
import type { AssistantState, StandInKit } from './types';

/**
 * grok.com as the stand-in serves it: the markup of tests/fixtures/grok/ (healthy-conversation,
 * healthy-new-chat, answering-streaming, error-unable-to-finish, error-heavy-usage,
 * limit-cooldown-card, page-502-cloudflare): the sidebar with its "Upgrade to SuperGrok" upsell,
 * the transcript scroller of [data-plane-row] rows, each message a div#response-<uuid> (items-end
 * for the user, items-start for Grok) holding a .message-bubble marked user-message or
 * assistant-message with its text in .response-content-markdown, failures as a card in the
 * thread, and the Tiptap (ProseMirror) editor in .query-bar with chat-submit / chat-stop.
 * Sources: tests/fixtures/grok/SOURCES.md.
 * `data-stand-in` attributes are the stand-in app's own hooks; Detour never reads them.
 *
 * Not rendered: aria-busy on the transcript while a reply streams (the stand-in app only redraws
 * the controls, and Stop already says it).
 */

/** A message id in the site's uuid form, stable per turn so a reloaded conversation keeps them. */
function responseId(index: number): string {
  return `response-0b7e4c1a-0000-4000-8000-${String(index).padStart(12, '0')}`;
}

function row(index: number, side: 'items-end' | 'items-start', content: string): string {
  const id = responseId(index);
  return `<div data-plane-row="gateway:${id}" class="w-full max-w-3xl"><div id="${id}" class="relative group flex flex-col justify-center w-full md:px-4 pb-2 gap-2 ${side}">
  ${content}
</div></div>`;
}

const REPLY_ACTIONS =
  '<div class="action-buttons flex w-full"><div class="flex items-center gap-0.5"><button aria-label="Copy" type="button"></button><button aria-label="Regenerate" type="button"></button><button aria-label="Share" type="button"></button><button aria-label="Like" type="button"></button><button aria-label="Dislike" type="button"></button><button aria-label="More actions" type="button"></button></div></div>';

/**
 * The failure card of the fixtures, with the sentence alone: error-unable-to-finish adds a Retry
 * button and error-heavy-usage a "High Demand" title, whose words Detour would report along with
 * the sentence (the card has no structure of its own to read; SOURCES.md, "Gaps").
 */
function failureCard(text: string): string {
  return `<div class="flex w-full flex-col gap-2 rounded-2xl border border-border-l1 bg-surface-l1 p-4 text-sm"><p>${escapeHtml(text)}</p></div>`;
}

export const grokKit: StandInKit = {
  site: 'grok',
  host: 'grok.com',
  lang: 'en',
  editor: 'prosemirror',
  // A new chat streams from conversations/new (Grok web clients, 2025-26).
  endpoint: '/rest/app-chat/conversations/new',
  newChatPath: '/',
  conversationPath: (id) => `/c/${id}`,
  conversationIdOf: (path) => /^\/c\/([\w-]+)$/.exec(path)?.[1],

  // The form's submit handler stands for the site's own: React handles the submit and the page
  // never navigates, while the Submit button keeps its type="submit". The inline sizes and
  // display stand for the site's stylesheet (lucide's 16px icons, Tailwind's hidden).
  page: (turns, title) => `<!doctype html>
<html lang="en" class="dark">
  <head><meta charset="utf-8"><title>${escapeHtml(title)} - Grok</title></head>
  <body>
    <div class="flex h-svh w-full">
      <div class="@container/nav flex w-64 flex-col bg-surface-base">
        <a data-sidebar="menu-button" href="/" class="flex items-center gap-2 p-2">New chat</a>
        <a data-sidebar="menu-button" href="/c/0b7e4c1a-0000-4000-8000-00000000c001" class="truncate p-2">Trip to Lyon</a>
        <button type="button" class="mt-auto rounded-full border px-3 py-2 text-sm">Upgrade to SuperGrok</button>
      </div>
      <main class="@container/main relative flex flex-1 flex-col">
        <div data-testid="chat-transcript-scroller" class="flex flex-col items-center overflow-y-auto" data-stand-in="turns">${turns}</div>
        <form class="bottom-0 mx-auto w-full max-w-3xl px-4 pb-4" onsubmit="return false">
          <div class="query-bar relative w-full rounded-3xl bg-surface-l1 ring-1 ring-border-l1">
            <div class="relative z-10 px-4 pt-4 pb-14" data-stand-in="editor"></div>
            <div class="flex gap-1.5 absolute inset-x-0 bottom-0 p-2">
              <button type="button" aria-label="Attach" class="group/attach-button h-10 w-10 rounded-full"><svg width="18" height="18" aria-hidden="true"><path d="M10 9V15"></path></svg></button>
              <div class="ms-auto flex items-center gap-1.5" data-stand-in="controls"></div>
            </div>
          </div>
          <input type="file" class="hidden" multiple name="files" style="display: none;">
        </form>
      </main>
    </div>
    <section aria-label="Notifications alt+T" tabindex="-1"><ol data-sonner-toaster="true" dir="ltr" data-stand-in="toasts"></ol></section>
  </body>
</html>`,

  userTurn: (text, index) =>
    row(
      index,
      'items-end',
      `<div data-testid="user-message" class="message-bubble relative rounded-3xl text-primary prose dark:prose-invert break-words bg-surface-l1 max-w-[100%] sm:max-w-[90%] px-4 py-2.5 rounded-br-lg"><div class="relative"><div class="response-content-markdown markdown"><p dir="auto" class="break-words" style="white-space: pre-wrap;">${escapeHtml(text)}</p></div></div></div>
  <div class="action-buttons flex gap-0.5"><button aria-label="Edit" type="button"><svg class="lucide lucide-pencil-line" width="16" height="16" aria-hidden="true"></svg></button><button aria-label="Copy" type="button"></button></div>`,
    ),

  assistantTurn: (state: AssistantState, index) => {
    const bubble = state.html
      ? `<div data-testid="assistant-message" class="message-bubble relative rounded-3xl text-primary prose dark:prose-invert break-words w-full max-w-none"><div class="relative"><div class="response-content-markdown markdown">${state.html}</div></div></div>`
      : '';
    const done = !state.streaming && !state.error;
    return row(index, 'items-start', `${bubble}${state.error ? failureCard(state.error) : ''}${done ? REPLY_ACTIONS : ''}`);
  },

  // One button: Submit (disabled until the editor holds text), Stop while a reply streams.
  composerControls: ({ generating, hasText }) => {
    const model =
      '<div class="z-20"><button type="button" aria-label="Model select" class="h-10 rounded-full px-3.5"><span class="font-semibold">Auto</span></button></div>';
    if (generating) {
      return `${model}<button type="button" aria-label="Stop model response" data-testid="chat-stop" class="h-10 w-10 rounded-full bg-button-filled"><svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 9.2v5.6c0 1.116 0 1.673.11 2.134a4 4 0 0 0 2.956 2.956c.46.11 1.018.11 2.134.11h5.6c1.116 0 1.673 0 2.134-.11a4 4 0 0 0 2.956-2.956c.11-.46.11-1.018.11-2.134V9.2c0-1.116 0-1.673-.11-2.134a4 4 0 0 0-2.956-2.955C16.474 4 15.916 4 14.8 4H9.2c-1.116 0-1.673 0-2.134.11a4 4 0 0 0-2.955 2.956C4 7.526 4 8.084 4 9.2Z"></path></svg></button>`;
    }
    return `${model}<button type="submit" aria-label="Submit" data-testid="chat-submit" class="h-10 w-10 rounded-full bg-button-filled"${hasText ? '' : ' disabled'}><svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true"><path d="M5 11L12 4M12 4L19 11M12 4V21" stroke="currentColor" stroke-width="2"></path></svg></button>`;
  },

  // No Grok toast is public: a Sonner toast, as the adapter's toast selector expects.
  toast: (text) =>
    `<li data-sonner-toast="" data-type="error" data-visible="true" role="status" aria-live="polite"><div data-content=""><div data-title="">${escapeHtml(text)}</div></div></li>`,

  // No Grok dialog is public: a Radix dialog, with the upsell of the cooldown card.
  dialog: (text) =>
    `<div role="dialog" id="radix-:r5:" aria-labelledby="radix-:r6:" data-state="open" tabindex="-1" class="fixed left-[50%] top-[50%] z-50 flex flex-col gap-4 rounded-3xl bg-surface-l1 p-6"><h2 id="radix-:r6:" class="text-lg font-semibold">${escapeHtml(text)}</h2><div class="flex gap-2"><a href="/supergrok" class="rounded-full bg-button-filled px-3 py-1.5">Upgrade to SuperGrok</a><button type="button" class="rounded-full border px-3 py-1.5" data-stand-in="dismiss">Close</button></div></div>`,

  gatewayErrorFixture: 'page-502-cloudflare.html',
  // Tiptap's classes beside ProseMirror's own (ProseMirror adds class ProseMirror, contenteditable).
  editorAttributes: { class: 'tiptap w-full', translate: 'no', tabindex: '0' },

  texts: {
    // a Grok automation script's failure marker (2026); error-unable-to-finish
    generationError: 'Grok was unable to finish replying. Please try again later or use a different model.',
    // Grok clients' mapping of the page's wording (2025-26); error-heavy-usage
    networkError: 'Grok is under heavy usage right now. Please try again later.',
    // grok3api's UI error keywords (2025-26)
    rateLimit: 'Message limit reached',
    // a test-grid classifier's fixture (2026)
    planLimit: "You've reached your SuperGrok limit. 21 hours 11 minutes before limit is gone",
  },

  places: {
    turns: '[data-stand-in="turns"]',
    editorMount: '[data-stand-in="editor"]',
    controls: '[data-stand-in="controls"]',
    send: 'button[data-testid="chat-submit"]',
    stop: 'button[data-testid="chat-stop"]',
    toasts: '[data-stand-in="toasts"]',
  },
};
