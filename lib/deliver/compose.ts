import { t } from '../i18n';
import type { PromptRecord } from '../model';
import { siteName } from '../sites';

/**
 * The text sent to another chatbot: the prompt itself, or, when asked, the earlier turns of the
 * failed conversation first, labelled, so the other chatbot can pick up where the first stopped.
 */
export function composeOutgoing(record: PromptRecord, withContext: boolean): string {
  const turns = withContext ? (record.context ?? []) : [];
  if (turns.length === 0) return record.text;
  const name = siteName(record.site);
  const history = turns
    .map((turn) => `${turn.author === 'user' ? t('contextUser') : name}:\n${turn.text}`)
    .join('\n\n');
  return `${t('contextIntro', name)}\n\n${history}\n\n${t('contextQuestion')}\n${record.text}`;
}
