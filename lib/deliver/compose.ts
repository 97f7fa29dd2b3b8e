import { plural, t } from '../i18n';
import type { PromptRecord, Turn } from '../model';
import { siteName } from '../sites';
import type { SiteAdapter } from '../sites/types';

/**
 * What a target takes when its composer has no known cap: about 4,000 tokens, which every
 * chatbot's free tier reads whole. The content script keeps at most 12,000 characters of context
 * (lib/chat/chat-page.ts), so this bites only beside a long prompt.
 */
export const DEFAULT_PROMPT_CHARS = 16_000;

/** The most a prompt sent to `target` may hold, context included. */
export function promptLimit(target: Pick<SiteAdapter, 'maxPromptChars'>): number {
  return target.maxPromptChars ?? DEFAULT_PROMPT_CHARS;
}

export interface Composed {
  readonly text: string;
  /** Earlier turns left out because the target's limit had no room for them. */
  readonly omittedTurns: number;
  /** The newest turn alone was longer than the room left: only its end was kept. */
  readonly cutTurn: boolean;
}

const ELLIPSIS = '[…] ';

/**
 * The text sent to another chatbot: the prompt itself, or, when asked, the earlier turns of the
 * failed conversation first, labelled with where they came from, within the target's limit. The
 * newest turns are kept whole and the oldest dropped first; a turn is cut only when it alone is
 * longer than the room left, keeping its end, and the text says what was left out.
 */
export function composeOutgoing(record: PromptRecord, withContext: boolean, target: Pick<SiteAdapter, 'maxPromptChars'>): Composed {
  const turns = withContext ? (record.context ?? []) : [];
  const none = { text: record.text, omittedTurns: 0, cutTurn: false };
  if (turns.length === 0) return none;
  const name = siteName(record.site);
  const label = (turn: Turn) => `${turn.author === 'user' ? t('contextUser') : name}:\n`;
  const question = `\n\n${t('contextQuestion')}\n${record.text}`;
  // The notes' own length is reserved up front, so adding one never pushes the text over; the
  // omission's words vary with the count's plural form, so the longest of them is reserved.
  const counts = [...Array.from({ length: Math.min(turns.length, 30) }, (_, index) => index + 1), turns.length];
  const omission = Math.max(...counts.map((count) => plural('contextOmitted', count).length));
  const notes = `${t('contextIntro', name)}\n`.length + omission + `\n${t('contextCut')}\n\n`.length;
  let room = promptLimit(target) - question.length - notes;

  const kept: string[] = [];
  let cutTurn = false;
  for (let index = turns.length - 1; index >= 0 && room > 0; index--) {
    const turn = turns[index]!;
    const whole = `${label(turn)}${turn.text}`;
    const separator = kept.length > 0 ? 2 : 0;
    if (whole.length + separator <= room) {
      kept.unshift(whole);
      room -= whole.length + separator;
      continue;
    }
    // Only the newest turn may be cut: an older one that does not fit is left out with the rest.
    const end = room - label(turn).length - ELLIPSIS.length;
    if (kept.length === 0 && end > 0) {
      kept.unshift(`${label(turn)}${ELLIPSIS}${turn.text.slice(turn.text.length - end)}`);
      cutTurn = true;
    }
    break;
  }
  if (kept.length === 0) return none;
  const omittedTurns = turns.length - kept.length;
  const said = [t('contextIntro', name), omittedTurns > 0 ? plural('contextOmitted', omittedTurns) : '', cutTurn ? t('contextCut') : '']
    .filter(Boolean)
    .join('\n');
  return { text: `${said}\n\n${kept.join('\n\n')}${question}`, omittedTurns, cutTurn };
}
