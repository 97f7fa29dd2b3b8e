import type { Author, Turn } from '../model';
import type { SiteAdapter } from '../sites/types';
import { normalizeText } from '../text';
import { composerElement } from './composer';
import { blockText, hasRole, isShown } from './dom';
import { lastTurn, outsideHistory, remembered, turnCount } from './tail';

/** Readers of the conversation's state, for the watcher, capture and delivery. Pure. */

/** A reply is being generated: the site shows its stop control or marks the reply busy. */
export function isGenerating(doc: Document, site: SiteAdapter, composer = composerElement(doc, site)): boolean {
  return outsideHistory(doc, site, site.selectors.generating).some(isShown) || hasStopControl(composer);
}

/** "Stop" as chat composers label the control that ends a reply, in Detour's languages. */
const STOP_LABEL = /^(stop|detener|parar|arrêter|stopp|anhalten|interromp|ferma|остановить|dừng|중지|停止)/;
/** Other things a composer stops: dictation, a voice chat, a recording, sharing. */
const NOT_A_REPLY = /voice|dictat|record|listen|audio|micro|shar|speak|aloud|voz|vocal|sprach|音声|语音|語音|음성|голос|giọng/;

/** Stop icons by name, as icon sets call them (a sprite's `#icon-stop`, `<svg name="Stop">`, `data-icon="stop"`). */
const STOP_ICON = 'svg[name^="stop" i], [data-icon^="stop" i], img[alt^="stop" i]';

/**
 * A stop control beside the composer, as every chat UI shows while it answers: labelled "Stop…"
 * in the UI's language, drawn with an icon named "stop", or unlabelled with the stop glyph (a lone
 * square). Read when the adapter's own markers no longer match.
 */
function hasStopControl(composer: Element | undefined): boolean {
  const root = composer && controlsOf(composer);
  if (!root) return false;
  for (const button of Array.from(root.querySelectorAll('button, [role="button"]'))) {
    const label = normalizeText(button.getAttribute('aria-label') ?? button.getAttribute('title') ?? button.textContent ?? '');
    const glyph = label === '' && button.querySelector('svg rect') !== null && button.querySelector('svg path, svg circle, svg polygon, svg polyline, svg line, svg use') === null;
    if ((glyph || (STOP_LABEL.test(label) && !NOT_A_REPLY.test(label))) && isShown(button)) return true;
  }
  const sprite = Array.from(root.querySelectorAll('use')).find((use) => /stop/i.test(use.getAttribute('href') ?? use.getAttribute('xlink:href') ?? ''));
  const icon = root.querySelector(STOP_ICON) ?? sprite;
  // Icons are hidden from screen readers (aria-hidden), not from sight: ask of what holds them.
  const holder = icon?.closest('[aria-hidden="true"]')?.parentElement ?? icon?.parentElement;
  return holder !== null && holder !== undefined && isShown(holder);
}

/** The composer's form, or the nearest of its ancestors (six at most: layout wrappers come in layers) that holds controls. */
function controlsOf(composer: Element): Element | undefined {
  const form = composer.closest('form, fieldset');
  if (form) return form;
  let node = composer.parentElement;
  for (let level = 0; node && level < 6; level++, node = node.parentElement) {
    if (node.querySelector('button, [role="button"]')) return node;
  }
  return undefined;
}

function authorOf(turn: Element, site: SiteAdapter): Author | undefined {
  if (hasRole(turn, site.selectors.userTurn)) return 'user';
  if (hasRole(turn, site.selectors.assistantTurn)) return 'assistant';
  return undefined;
}

/** What a turn says, as lines, without the site's hidden labels ("You said"). */
function turnText(turn: Element, site: SiteAdapter): string {
  const read = (element: Element) => blockText(element, site.selectors.ignore);
  const bodies = Array.from(turn.querySelectorAll(site.selectors.messageBody));
  const parts = bodies.length > 0 ? bodies.map(read) : [read(turn)];
  return parts.join('\n\n').trim();
}

/**
 * What the last turn looks like now, in a form cheap to compare: who wrote it, how many turns
 * there are and how much text the last one has. A reply that streams changes it; a stalled one
 * does not.
 */
export function conversationMark(doc: Document, site: SiteAdapter): string {
  const last = lastTurn(doc, site);
  if (!last) return '0';
  const text = last.textContent ?? '';
  return `${turnCount(doc, site, last)}:${lastAuthor(doc, site) ?? '?'}:${text.length}:${text.slice(-48)}`;
}

/**
 * The author of the last turn, if the page shows one. Asked once a look: the adapter's roles may
 * be `:has()` selectors, matched up the turn's ancestors.
 */
export function lastAuthor(doc: Document, site: SiteAdapter): Author | undefined {
  return remembered(`author ${site.id}`, () => {
    const last = lastTurn(doc, site);
    return last ? authorOf(last, site) : undefined;
  });
}

/** The text of the user's last message, as the page shows it. */
export function lastUserMessage(doc: Document, site: SiteAdapter): string | undefined {
  const turns = Array.from(doc.querySelectorAll(site.selectors.turn));
  for (let i = turns.length - 1; i >= 0; i--) {
    const turn = turns[i];
    if (turn && authorOf(turn, site) === 'user') return turnText(turn, site) || undefined;
  }
  return undefined;
}

/** The conversation as text, oldest first, at most `maxChars` characters from its end. */
export function conversationTurns(doc: Document, site: SiteAdapter, maxChars: number): Turn[] {
  const turns: Turn[] = [];
  let total = 0;
  const elements = Array.from(doc.querySelectorAll(site.selectors.turn));
  for (let i = elements.length - 1; i >= 0 && total < maxChars; i--) {
    const element = elements[i];
    const author = element && authorOf(element, site);
    if (!element || !author) continue;
    const text = turnText(element, site);
    if (!text) continue;
    turns.unshift({ author, text });
    total += text.length;
  }
  return turns;
}

/**
 * The conversation before the user's last prompt (which failed): what another chatbot needs as
 * context. The failed prompt and whatever followed it are left out.
 */
export function contextBeforeLastPrompt(doc: Document, site: SiteAdapter, maxChars: number): Turn[] {
  const turns = conversationTurns(doc, site, maxChars);
  const lastPrompt = turns.map((turn) => turn.author).lastIndexOf('user');
  return lastPrompt < 0 ? turns : turns.slice(0, lastPrompt);
}
