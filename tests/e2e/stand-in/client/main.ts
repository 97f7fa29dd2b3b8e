import { kitForHost } from '../kits';
import { escapeHtml } from '../kits/html';
import type { AssistantState, StandInKit } from '../kits/types';
import { type MountedEditor, mountEditor } from './editors';

/**
 * The stand-in chatbot app, running in the page: a composer on the site's real editor library,
 * a send that posts to the site's endpoint, a streamed reply, and the site's own way of showing
 * each failure. The server decides how each request goes (tests/e2e/stand-in/scenarios.ts).
 */

/** How long a toast stays, as real toasts do: Detour must remember it after it goes. */
const TOAST_MS = 4000;

type ChatEvent =
  | { type: 'meta'; conversationId: string }
  | { type: 'token'; text: string }
  | { type: 'error' }
  | { type: 'done' };

function start(kit: StandInKit): void {
  const turns = document.querySelector(kit.places.turns)!;
  const controls = document.querySelector(kit.places.controls)!;
  let conversationId = kit.conversationIdOf(location.pathname);
  let index = turns.children.length;
  let generating = false;
  let abort: AbortController | undefined;

  const renderControls = () => {
    controls.innerHTML = kit.composerControls({ generating, hasText: editor.text().trim() !== '' });
  };
  const editor: MountedEditor = mountEditor(kit.editor, document.querySelector(kit.places.editorMount)!, { ...kit.editorAttributes }, {
    onChange: () => renderControls(),
    onEnter: () => void send(),
  });
  renderControls();

  const setGenerating = (value: boolean) => {
    generating = value;
    renderControls();
  };

  const showToast = (text: string) => {
    const host = document.querySelector(kit.places.toasts)!;
    host.insertAdjacentHTML('beforeend', kit.toast(text));
    const toast = host.lastElementChild!;
    setTimeout(() => toast.remove(), TOAST_MS);
  };

  async function send(): Promise<void> {
    const text = editor.text();
    if (generating || text.trim() === '') return;
    editor.clear();
    turns.insertAdjacentHTML('beforeend', kit.userTurn(text, ++index));
    const replyIndex = ++index;
    let reply: Element | undefined;
    let html = '';
    const render = (state: AssistantState) => {
      const markup = kit.assistantTurn(state, replyIndex);
      if (reply) reply.outerHTML = markup;
      else turns.insertAdjacentHTML('beforeend', markup);
      reply = turns.lastElementChild ?? undefined;
    };

    // The site's way of showing a reply that failed: in the reply, or (HuggingChat) as a toast.
    const fail = (sofar: string, error: string) => {
      if (kit.generationErrorIn !== 'toast') return render({ html: sofar, streaming: false, error });
      render({ html: sofar, streaming: false });
      showToast(error);
    };

    abort = new AbortController();
    try {
      const response = await fetch(kit.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ conversationId, text }),
        signal: abort.signal,
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { kind?: string };
        if (body.kind === 'plan-limit') document.body.insertAdjacentHTML('beforeend', kit.dialog(kit.texts.planLimit));
        else if (response.status === 429) showToast(kit.texts.rateLimit);
        else fail('', kit.texts.generationError);
        return;
      }
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        const events = buffer.split('\n\n');
        buffer = events.pop() ?? '';
        for (const raw of events) {
          const event = JSON.parse(raw.replace(/^data: /, '')) as ChatEvent;
          if (event.type === 'meta' && !conversationId) {
            conversationId = event.conversationId;
            history.pushState(null, '', kit.conversationPath(event.conversationId));
          } else if (event.type === 'token') {
            if (!generating) setGenerating(true);
            html += escapeHtml(event.text);
            render({ html: `<p>${html}</p>`, streaming: true });
          } else if (event.type === 'error') {
            fail(html ? `<p>${html}</p>` : '', kit.texts.generationError);
          } else if (event.type === 'done') {
            render({ html: `<p>${html}</p>`, streaming: false });
          }
        }
      }
    } catch (error) {
      if ((error as Error).name !== 'AbortError') fail(html ? `<p>${html}</p>` : '', kit.texts.networkError);
      else if (html) render({ html: `<p>${html}</p>`, streaming: false });
    } finally {
      abort = undefined;
      setGenerating(false);
    }
  }

  document.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (target.closest(kit.places.send)) void send();
    else if (target.closest(kit.places.stop)) abort?.abort();
    else if (target.closest('[data-stand-in="dismiss"]')) target.closest('[role="dialog"]')?.remove();
  });
}

const kit = kitForHost(location.hostname);
if (kit) start(kit);
