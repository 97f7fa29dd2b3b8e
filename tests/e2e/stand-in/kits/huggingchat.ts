import { escapeHtml } from './html';
import type { AssistantState, StandInKit } from './types';

/**
 * huggingface.co/chat as the stand-in serves it, rebuilt from huggingface/chat-ui @c100c16 as
 * tests/fixtures/huggingchat/ shows it: the sidebar, the "Conversation messages" scroller, turns
 * data-message-type="user" (p.whitespace-break-spaces) and data-message-role="assistant" (.prose,
 * Copy and Retry), the composer form with its Svelte-bound textarea "Ask anything" and the
 * submit / stop-generating-btn, the error toast (an h2 in a fixed top-right pill), the
 * SubscribeModal dialog. A failed reply shows as the toast, as on the site (generationErrorIn).
 * Sources: tests/fixtures/huggingchat/SOURCES.md; healthy-*.html, answering-streaming.html,
 * error-oops-toast.html, limit-too-many-messages.html, limit-subscribe-dialog.html.
 * `data-stand-in` attributes are the stand-in app's own hooks; Detour never reads them.
 */

const BTN = 'btn rounded-xs p-1 text-sm text-gray-400 hover:text-gray-500 focus:ring-0';
const ICON = '<svg width="12" height="12" aria-hidden="true"></svg>';

export const huggingchatKit: StandInKit = {
  site: 'huggingchat',
  host: 'huggingface.co',
  lang: 'en',
  editor: 'svelte-textarea',
  generationErrorIn: 'toast',
  // The real app posts to /chat/conversation/<id>; the stand-in posts every prompt to one such path.
  endpoint: '/chat/conversation/stand-in',
  newChatPath: '/chat/',
  conversationPath: (id) => `/chat/conversation/${id}`,
  conversationIdOf: (path) => /^\/chat\/conversation\/([\w-]+)$/.exec(path)?.[1],

  page: (turns, title) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>${escapeHtml(title === 'huggingchat' ? 'HuggingChat' : title)}</title></head>
  <body>
    <div class="fixed grid h-full w-screen grid-cols-1 grid-rows-[auto_1fr] overflow-hidden text-smd md:grid-cols-[290px_1fr] md:grid-rows-[1fr]">
      <nav class="grid max-h-dvh grid-cols-1 grid-rows-[auto_1fr_auto]"><a class="rounded-xl px-3 py-1 text-lg font-semibold" href="/chat/">HuggingChat</a><a href="/chat/" class="flex rounded-lg border px-2 py-0.5 text-center shadow-xs">New Chat</a></nav>
      <div class="relative z-[-1] min-h-0 min-w-0">
        <div class="scrollbar-custom h-full overflow-y-auto overscroll-contain" tabindex="0" aria-label="Conversation messages">
          <div class="@container mx-auto flex h-full max-w-3xl flex-col gap-6 px-5 pt-6 sm:gap-8 xl:max-w-4xl xl:pt-10">
            <div class="flex h-max flex-col gap-8" data-stand-in="turns">${turns}</div>
          </div>
        </div>
        <div class="pointer-events-none absolute inset-x-0 bottom-0 z-0 mx-auto flex w-full max-w-3xl flex-col items-center justify-center px-3.5 pb-4 sm:px-5 md:pb-8 xl:max-w-4xl [&>*]:pointer-events-auto">
          <div class="w-full">
            <form tabindex="-1" class="relative flex w-full max-w-4xl flex-1 items-center rounded-xl border bg-gray-100">
              <div class="flex w-full flex-1 rounded-xl border-none bg-transparent">
                <div class="flex min-h-full flex-1 flex-col" data-stand-in="editor"></div>
                <div data-stand-in="controls"></div>
              </div>
            </form>
            <div class="mt-1.5 flex h-5 items-center self-stretch px-0.5 text-xs text-gray-400/90"><a href="/chat/settings/omni" class="inline-flex items-center gap-1 hover:underline"><span class="truncate">Omni</span></a></div>
          </div>
        </div>
      </div>
    </div>
    <div class="contents" data-stand-in="toasts"></div>
  </body>
</html>`,

  userTurn: (text, index) =>
    `<div class="group relative w-full items-start justify-start gap-4" data-message-id="u${index}" data-message-type="user" role="presentation"><div class="flex w-full flex-col gap-2"><div class="flex w-full flex-row flex-nowrap"><p class="disabled w-full appearance-none bg-inherit px-5 py-3.5 text-wrap wrap-break-word whitespace-break-spaces text-gray-500">${escapeHtml(text)}</p></div></div></div>`,

  // A reply that failed keeps what streamed; the failure itself is the toast (ChatWindow.svelte).
  assistantTurn: (state: AssistantState, index) => {
    const done = !state.streaming;
    const content = state.html
      ? `<div class="prose max-w-none text-smd dark:prose-invert prose-headings:font-semibold">${state.html}</div>`
      : state.streaming
        ? '<svg class="loading ml-2 inline" width="16" height="16" aria-hidden="true"></svg>'
        : '';
    const actions = done
      ? `<div class="absolute -bottom-3.5 flex items-center gap-1"><button class="${BTN}" title="Copy to clipboard" type="button">${ICON}</button><button class="${BTN}" title="Retry" type="button">${ICON}</button></div>`
      : '';
    return `<div class="group relative -mb-4 flex w-fit max-w-full items-start justify-start gap-4 pb-4 leading-relaxed" data-message-id="a${index}" data-message-role="assistant" role="presentation"><svg class="mt-5 size-3.5 flex-none rounded-full shadow-lg max-sm:hidden" aria-hidden="true"></svg><div class="relative flex min-w-[60px] flex-col gap-2 rounded-2xl border border-gray-100 bg-linear-to-br from-gray-50 px-5 py-3.5 wrap-break-word text-gray-600 prose-pre:my-2"><div>${content}</div>${actions}</div></div>`;
  },

  composerControls: ({ generating, hasText }) =>
    generating
      ? '<button type="button" class="stop-generating-btn btn stop-generating-btn--spinning absolute bottom-2 right-2 size-8 self-end rounded-full border bg-white text-black shadow-sm" aria-label="Stop generating"><span class="sr-only">Stop generating</span><svg class="size-3.5 text-gray-500" aria-hidden="true"></svg></button>'
      : `<button class="absolute right-2 bottom-2 btn size-8 self-end rounded-full border bg-white text-black shadow"${hasText ? '' : ' disabled=""'} type="submit" aria-label="Send message" name="submit"><svg width="16" height="16" aria-hidden="true"></svg></button>`,

  toast: (text) =>
    `<div class="pointer-events-none fixed top-12 right-0 z-50 bg-linear-to-bl from-red-500/20 via-red-500/0 to-red-500/0 pt-2 pr-2 pb-36 pl-36 md:top-0 md:pt-5 md:pr-8"><div class="pointer-events-auto flex items-center rounded-full bg-white/90 px-3 py-1 shadow-xs"><svg class="mr-2 flex-none text-2xl" aria-hidden="true"></svg><h2 class="line-clamp-2 max-w-2xl font-semibold text-gray-800">${escapeHtml(text)}</h2></div></div>`,

  // SubscribeModal.svelte, its title the limit's words.
  dialog: (text) =>
    `<div role="presentation" tabindex="-1" class="fixed inset-0 z-40 flex items-center justify-center bg-black/80 backdrop-blur-sm"><div role="dialog" tabindex="-1" class="relative mx-auto max-h-[95dvh] max-w-[420px]! m-4! overflow-y-auto rounded-2xl bg-white shadow-2xl outline-none"><div class="flex w-full flex-col gap-8 bg-white px-6 pb-7"><h2 class="text-2xl font-semibold text-gray-900">Upgrade Required</h2><p class="text-[15px] leading-relaxed">${escapeHtml(text)}</p><button type="button" class="w-full rounded-xl px-5 py-2.5 text-base" data-stand-in="dismiss">Maybe later</button></div></div></div>`,

  gatewayErrorFixture: 'page-502-gateway.html',
  editorAttributes: {
    tabindex: '0',
    inputmode: 'text',
    placeholder: 'Ask anything',
    class: 'scrollbar-custom max-h-[4lh] w-full resize-none overflow-x-hidden overflow-y-auto border-0 bg-transparent px-2.5 py-2.5 outline-hidden',
  },

  // src/lib/stores/errors.ts, src/routes/conversation/[id]/+page.svelte, SubscribeModal.svelte
  texts: {
    generationError: 'Oops, something went wrong.',
    networkError: 'Too much traffic, please try again.',
    rateLimit: 'You are sending too many messages. Try again later.',
    planLimit: "You've reached your message limit. Upgrade to Hugging Face PRO to continue using HuggingChat.",
  },

  places: {
    turns: '[data-stand-in="turns"]',
    editorMount: '[data-stand-in="editor"]',
    controls: '[data-stand-in="controls"]',
    send: 'button[type="submit"][aria-label="Send message"]',
    stop: 'button.stop-generating-btn',
    toasts: '[data-stand-in="toasts"]',
  },
};
