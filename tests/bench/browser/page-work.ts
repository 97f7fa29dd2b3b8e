import type { StandInKit } from '../../e2e/stand-in/kits/types';

/**
 * What the benchmark does in a stand-in chatbot's page, and the markup it does it with. The
 * functions run in the page (Tab.evaluate), so each is self-contained; times are
 * `performance.timeOrigin + performance.now()`, comparable across the tab and Detour's pages.
 */

const WORDS = 'the answer goes on with one more sentence about the question that was asked here today'.split(' ');

/** A healthy exchange: the person's question and a two-paragraph answer. */
function exchange(kit: StandInKit, index: number): string {
  const answer = `<p>${WORDS.join(' ')} ${index}.</p><p>${[...WORDS].reverse().join(' ')}.</p>`;
  return kit.userTurn(`Question number ${index}: ${WORDS.slice(0, 8).join(' ')}?`, index) + kit.assistantTurn({ html: answer, streaming: false }, index + 1);
}

/** The markup of a conversation of `turns` turns (an even number), numbered from `first`. */
export function threadHtml(kit: StandInKit, turns: number, first = 1): string {
  const parts: string[] = [];
  for (let index = first; index < first + turns; index += 2) parts.push(exchange(kit, index));
  return parts.join('\n');
}

/** The site's failed reply: an error card in the reply, or the toast the site shows instead. */
export function failureHtml(kit: StandInKit, index: number): { readonly html: string; readonly where: string } {
  return kit.generationErrorIn === 'toast'
    ? { html: kit.toast(kit.texts.generationError), where: kit.places.toasts }
    : { html: kit.assistantTurn({ html: '<p>The answer had begun</p>', streaming: false, error: kit.texts.generationError }, index), where: kit.places.turns };
}

/** Appends markup at the end of `where`; returns the time just before, and the next animation frame's. */
export function insertAt(arg: { readonly where: string; readonly html: string; readonly mark: string }): Promise<{ inserted: number; frame: number }> {
  const now = () => performance.timeOrigin + performance.now();
  const host = document.querySelector(arg.where);
  if (!host) throw new Error(`No ${arg.where} in the page`);
  const inserted = now();
  host.insertAdjacentHTML('beforeend', arg.html);
  host.lastElementChild?.setAttribute('data-bench', arg.mark);
  return new Promise((resolve) => requestAnimationFrame(() => resolve({ inserted, frame: now() })));
}

/** Removes what `insertAt` added under `mark`. */
export function removeMarked(mark: string): void {
  for (const element of Array.from(document.querySelectorAll(`[data-bench="${mark}"]`))) element.remove();
}

/**
 * One small change to the last reply (an element added beside its text), timed until the microtasks that follow it
 * have run: Detour's MutationObserver callback, and the look at the page it takes at once after a
 * quiet spell, run there, before the page's own microtask queued after the change.
 */
export function timeOneChange(arg: { readonly body: string }): Promise<number> {
  const bodies = document.querySelectorAll(arg.body);
  let body = bodies[bodies.length - 1];
  // Some sites nest message bodies (Claude, Meta AI, Poe): beside the outermost, or the change lands in a message.
  for (let outer = body?.parentElement?.closest(arg.body); outer; outer = outer.parentElement?.closest(arg.body)) body = outer;
  if (!body?.parentElement) throw new Error(`No ${arg.body} in the page`);
  const start = performance.now();
  // Beside the message, not in it: a change to a message's text alone is looked at later.
  body.parentElement.append(document.createElement('span'));
  return new Promise((resolve) => queueMicrotask(() => resolve(performance.now() - start)));
}

/**
 * One small change outside the thread (an empty element added where the site mounts its toasts),
 * timed as timeOneChange is: a look at the page itself, which reads again everything beside the
 * thread (the composer, the notices, the controls), not the last turn alone. The element is
 * marked `mark`, to be taken away with removeMarked.
 */
export function timePageChange(arg: { readonly where: string; readonly mark: string }): Promise<number> {
  const host = document.querySelector(arg.where);
  if (!host) throw new Error(`No ${arg.where} in the page`);
  const added = document.createElement('span');
  added.setAttribute('data-bench', arg.mark);
  const start = performance.now();
  host.append(added);
  return new Promise((resolve) => queueMicrotask(() => resolve(performance.now() - start)));
}

/** A naive look at the page: its whole text, lowercased, searched for each failure phrase. */
export function timeNaiveScan(phrases: readonly string[]): number {
  const start = performance.now();
  const text = (document.body.textContent ?? '').toLowerCase();
  const found = phrases.filter((phrase) => text.includes(phrase));
  (globalThis as { benchFound?: unknown }).benchFound = found;
  return performance.now() - start;
}

/**
 * Streams a reply of `tokens` tokens into a new last turn, `perStep` tokens every `stepMs`, as a
 * chat UI renders one: text appended to the paragraph being written, a new paragraph every
 * `perParagraph` tokens. Returns how long the page's own appends took, and the long tasks seen.
 */
export function streamReply(arg: {
  readonly where: string;
  readonly turn: string;
  readonly body: string;
  readonly tokens: number;
  readonly perStep: number;
  readonly stepMs: number;
  readonly perParagraph: number;
}): Promise<{ pageMs: number; longTasks: number; longestTaskMs: number }> {
  const host = document.querySelector(arg.where);
  if (!host) throw new Error(`No ${arg.where} in the page`);
  host.insertAdjacentHTML('beforeend', arg.turn);
  const bodies = host.querySelectorAll(arg.body);
  const body = bodies[bodies.length - 1];
  if (!body) throw new Error(`No ${arg.body} in the streamed turn`);
  let longTasks = 0;
  let longestTaskMs = 0;
  const observer = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('longtask')
    ? new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          longTasks++;
          longestTaskMs = Math.max(longestTaskMs, entry.duration);
        }
      })
    : undefined;
  observer?.observe({ type: 'longtask' });
  let paragraph = body.appendChild(document.createElement('p'));
  let sent = 0;
  let pageMs = 0;
  return new Promise((resolve) => {
    const step = () => {
      const start = performance.now();
      for (let i = 0; i < arg.perStep && sent < arg.tokens; i++, sent++) {
        if (sent > 0 && sent % arg.perParagraph === 0) paragraph = body.appendChild(document.createElement('p'));
        paragraph.append(document.createTextNode(` word${sent % 97}`));
      }
      pageMs += performance.now() - start;
      if (sent < arg.tokens) {
        setTimeout(step, arg.stepMs);
        return;
      }
      // Long tasks are reported after they end: give the last ones a moment.
      setTimeout(() => {
        observer?.disconnect();
        resolve({ pageMs, longTasks, longestTaskMs });
      }, 300);
    };
    step();
  });
}

/** Empties the stand-in's conversation and puts `html` in it instead. */
export function replaceThread(arg: { readonly where: string; readonly html: string }): number {
  const host = document.querySelector(arg.where);
  if (!host) throw new Error(`No ${arg.where} in the page`);
  host.innerHTML = arg.html;
  return host.children.length;
}
