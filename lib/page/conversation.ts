import type { Author, Turn } from '../model';
import type { SiteAdapter } from '../sites/types';
import { blockText, firstShown, hasRole, lastMatch } from './dom';

/** Readers of the conversation's state, for the watcher, capture and delivery. Pure. */

/** A reply is being generated: the site shows its stop control or marks the reply busy. */
export function isGenerating(doc: Document, site: SiteAdapter): boolean {
  return firstShown(doc, site.selectors.generating) !== undefined;
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
  const turns = doc.querySelectorAll(site.selectors.turn);
  const last = turns[turns.length - 1];
  if (!last) return '0';
  const text = last.textContent ?? '';
  return `${turns.length}:${authorOf(last, site) ?? '?'}:${text.length}:${text.slice(-48)}`;
}

/** The author of the last turn, if the page shows one. */
export function lastAuthor(doc: Document, site: SiteAdapter): Author | undefined {
  const last = lastMatch(doc, site.selectors.turn);
  return last ? authorOf(last, site) : undefined;
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
