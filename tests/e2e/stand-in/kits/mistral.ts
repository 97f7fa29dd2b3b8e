import { escapeHtml } from './html';
import type { AssistantState, StandInKit } from './types';

/**
 * chat.mistral.ai (Le Chat) as the stand-in serves it: the markup of tests/fixtures/mistral/
 * (healthy-conversation, healthy-new-chat, answering-streaming, error-alert-in-reply,
 * limit-rate-toast, limit-fr-message-banner, error-fr-network-toast, page-502-gateway): the
 * shadcn/ui sidebar, messages as [data-message-author-role] with [data-message-id], the answer as a
 * [data-message-part-type="answer"] part, the ProseMirror composer in a radix scroll viewport inside
 * the form, "Send question" / "Stop generation" (lucide square) beside "Voice Mode" and the form's
 * hidden submit, Sonner toasts, and Next's route announcer.
 * Sources: tests/fixtures/mistral/SOURCES.md.
 * `data-stand-in` attributes are the stand-in app's own hooks; Detour never reads them.
 */

const ACTIONS =
  '<div class="flex w-full"><div class="flex items-center"><div class="flex items-center gap-1 text-subtle"><button aria-label="Like" class="rounded-md p-1"></button><button aria-label="Dislike" class="rounded-md p-1"></button><button aria-label="Rewrite" class="rounded-md p-1"></button><button aria-label="Share" class="rounded-md p-1"></button><button aria-label="Read aloud" class="rounded-md p-1"></button><button aria-label="Copy to clipboard" class="rounded-md p-1"></button></div></div></div>';

/**
 * The alert of error-alert-in-reply. There the Retry button sits inside the alert; here it follows
 * it, so that what Detour reports (the alert's text) is the message alone and the browser test can
 * compare it whole. The card's markup is itself an assumption of the fixture (SOURCES.md, "Gaps").
 */
function alertCard(text: string): string {
  return `<div role="alert" class="flex items-center gap-2 rounded-xl border border-red-500/40 bg-red-500/10 px-3 py-2 text-sm">${escapeHtml(text)}</div><button type="button" class="ms-auto underline">Retry</button>`;
}

export const mistralKit: StandInKit = {
  site: 'mistral',
  host: 'chat.mistral.ai',
  lang: 'en',
  editor: 'prosemirror',
  // The reply streams from POST /api/chat (reverse-engineered clients, 2025-26).
  endpoint: '/api/chat',
  newChatPath: '/chat',
  conversationPath: (id) => `/chat/${id}`,
  conversationIdOf: (path) => /^\/chat\/([\w-]+)$/.exec(path)?.[1],

  page: (turns, title) => `<!doctype html>
<html lang="en" class="dark">
  <head><meta charset="utf-8"><title>${escapeHtml(title)} - Le Chat</title></head>
  <body class="bg-base text-default">
    <div class="flex h-dvh w-full">
      <div data-sidebar="sidebar" class="flex h-full w-64 flex-col bg-sidebar">
        <ul data-sidebar="menu" class="flex flex-col gap-1">
          <li data-sidebar="menu-item"><a data-sidebar="menu-button" href="/chat" class="flex items-center gap-2 rounded-md p-2 text-sm">New chat</a></li>
          <li data-sidebar="menu-item"><a data-sidebar="menu-button" href="/chat/3f1c2a9e-0000-4000-8000-00000000a001" class="truncate">Trip to Lyon</a></li>
        </ul>
      </div>
      <main class="relative flex min-w-0 flex-1 flex-col">
        <div class="flex-1 overflow-y-auto" data-radix-scroll-area-viewport="">
          <div class="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 pb-32 pt-8" data-stand-in="turns">${turns}</div>
        </div>
        <form class="absolute inset-x-0 bottom-0 mx-auto w-full max-w-3xl px-4 pb-4">
          <div class="flex flex-col rounded-3xl border border-default bg-base p-3 shadow-sm">
            <div data-radix-scroll-area-viewport="" class="max-h-60" data-stand-in="editor"></div>
            <div class="flex items-center gap-2 pt-2">
              <button type="button" aria-label="Add files" class="rounded-full p-2"><svg width="16" height="16" aria-hidden="true"><path d="M12 5v14M5 12h14"></path></svg></button>
              <button type="button" class="flex items-center gap-1 rounded-full px-3 py-1 text-sm">Think<svg width="16" height="16" aria-hidden="true"><path d="M16 10.5L12 14.5L8 10.5"></path></svg></button>
              <div class="ms-auto flex items-center gap-2" data-stand-in="controls"></div>
              <button type="submit" hidden></button>
            </div>
          </div>
        </form>
      </main>
    </div>
    <section aria-label="Notifications alt+T" tabindex="-1"><ol data-sonner-toaster="true" dir="ltr" class="toaster group" data-stand-in="toasts"></ol></section>
    <next-route-announcer style="position: absolute;"><p aria-live="assertive" id="__next-route-announcer__" role="alert" style="border: 0px; clip: rect(0px, 0px, 0px, 0px); height: 1px; margin: -1px; overflow: hidden; padding: 0px; position: absolute; top: 0px; width: 1px; white-space: nowrap; overflow-wrap: normal;">${escapeHtml(title)} - Le Chat</p></next-route-announcer>
  </body>
</html>`,

  userTurn: (text, index) =>
    `<div class="group flex w-full flex-col items-end gap-1" data-message-author-role="user" data-message-id="m-u${index}">
  <div class="ms-auto max-w-[80%] rounded-3xl bg-basic-gray-alpha-4 px-4 py-3"><div class="select-text whitespace-pre-wrap break-words">${escapeHtml(text)}</div></div>
</div>`,

  assistantTurn: (state: AssistantState, index) => {
    const answer = state.html
      ? `<div data-testid="text-message-part" data-message-part-type="answer" class="prose prose-neutral dark:prose-invert max-w-none font-light">${state.html}</div>`
      : '';
    const done = !state.streaming && !state.error;
    return `<div class="group flex w-full flex-col gap-2" data-message-author-role="assistant" data-message-id="m-a${index}">
  <div class="flex flex-col gap-2">${answer}${state.error ? alertCard(state.error) : ''}</div>
  ${done ? ACTIONS : ''}
</div>`;
  },

  // Voice Mode stays beside the send control; Send is disabled until the editor holds text and
  // turns into "Stop generation" (the lucide square, rect rx=2) while a reply streams.
  composerControls: ({ generating, hasText }) => {
    const voice =
      '<button type="button" aria-label="Voice Mode" class="rounded-full p-2"><svg width="16" height="16" aria-hidden="true"><path d="M12 2v20"></path></svg></button>';
    if (generating) {
      return `${voice}<button type="button" aria-label="Stop generation" class="flex size-8 items-center justify-center rounded-full bg-inverted text-inverted"><svg class="lucide lucide-square" width="16" height="16" viewBox="0 0 24 24" aria-hidden="true"><rect width="18" height="18" x="3" y="3" rx="2"></rect></svg></button>`;
    }
    return `${voice}<button type="button" aria-label="Send question" class="flex size-8 items-center justify-center rounded-full bg-inverted text-inverted"${hasText ? '' : ' disabled'}><svg class="-rotate-90" width="16" height="16" viewBox="0 0 24 24" aria-hidden="true"><path d="M5 12h14M12 5l7 7-7 7"></path></svg></button>`;
  },

  toast: (text) =>
    `<li data-sonner-toast="" data-type="error" data-visible="true" role="status" aria-live="polite" class="rounded-xl border p-4 text-sm"><div data-content=""><div data-title="">${escapeHtml(text)}</div></div></li>`,

  // No Le Chat dialog is public: this is the shadcn/ui (Radix) dialog its stack renders, with
  // shadcn's own close button.
  dialog: (text) =>
    `<div role="dialog" id="radix-:r7:" aria-labelledby="radix-:r8:" data-state="open" tabindex="-1" class="fixed left-[50%] top-[50%] z-50 grid w-full max-w-lg gap-4 border bg-background p-6 shadow-lg sm:rounded-lg" style="pointer-events: auto;"><div class="flex flex-col space-y-1.5 text-center sm:text-left"><h2 id="radix-:r8:" class="text-lg font-semibold leading-none tracking-tight">${escapeHtml(text)}</h2></div><button type="button" class="absolute right-4 top-4 rounded-sm opacity-70" data-stand-in="dismiss"><svg class="lucide lucide-x" width="16" height="16" aria-hidden="true"><path d="M18 6 6 18M6 6l12 12"></path></svg><span class="sr-only">Close</span></button></div>`,

  gatewayErrorFixture: 'page-502-gateway.html',
  // The editable element of the fixtures: ProseMirror adds class ProseMirror and contenteditable.
  editorAttributes: { role: 'textbox', translate: 'no', tabindex: '0' },

  // Le Chat's own failure wordings are public only in French (the UI language is the account's,
  // and rotates between sessions: SOURCES.md); where no Le Chat wording exists the fixtures use
  // the stock English ones.
  texts: {
    generationError: 'An error occurred while generating the response.',
    networkError: 'Erreur réseau. Vérifiez votre connexion puis réessayez.',
    rateLimit: 'Too many requests. Please wait a moment and try again.',
    planLimit: 'Limite de messages atteinte. Votre limite sera réinitialisée dans 54 minutes.',
  },

  places: {
    turns: '[data-stand-in="turns"]',
    editorMount: '[data-stand-in="editor"]',
    controls: '[data-stand-in="controls"]',
    send: 'button[aria-label="Send question"]',
    stop: 'button[aria-label="Stop generation"]',
    toasts: '[data-stand-in="toasts"]',
  },
};
