import { MAX_IMPORT_CHARS, parseJsonExport, TOO_LARGE } from '../export/import';
import { t } from '../i18n';
import { errorCode } from '../messaging/protocol';
import type { PromptRecord } from '../model';

/**
 * Importing a file on Detour's own page, which reads and writes the extension's database itself
 * (as the export does, lib/export/library.ts): the file never crosses a message. A file is read
 * and checked first, and nothing is written until the person has seen what would be skipped; then
 * mergePrompts writes the good ones in one transaction, all or none.
 */

export type ImportPlan =
  /** Not an export, or no prompt in it can be imported: nothing to do, and why. */
  | { readonly kind: 'refused'; readonly sentence: string; readonly problems: readonly string[] }
  /** Every prompt checks out: imported at once. */
  | { readonly kind: 'import'; readonly prompts: readonly PromptRecord[] }
  /** Some prompts do not: the person sees which, then imports the others or not at all. */
  | { readonly kind: 'ask'; readonly prompts: readonly PromptRecord[]; readonly skipped: number; readonly problems: readonly string[] };

/** The most bytes a file of MAX_IMPORT_CHARS characters can take in UTF-8. */
const MAX_IMPORT_BYTES = MAX_IMPORT_CHARS * 3;

export function planImport(text: string): ImportPlan {
  const parsed = parseJsonExport(text);
  if (!parsed.ok) return { kind: 'refused', sentence: parsed.error, problems: [] };
  if (parsed.skipped === 0) return { kind: 'import', prompts: parsed.prompts };
  if (parsed.prompts.length === 0) return { kind: 'refused', sentence: t('importNoneGood'), problems: parsed.errors };
  return { kind: 'ask', prompts: parsed.prompts, skipped: parsed.skipped, problems: parsed.errors };
}

/** Reads and checks a file the person picked; writes nothing. */
export async function readImportFile(file: Blob): Promise<ImportPlan> {
  if (file.size > MAX_IMPORT_BYTES) return { kind: 'refused', sentence: TOO_LARGE, problems: [] };
  return planImport(await file.text());
}

/** What the person is told when the prompts could not be written: nothing was. */
export function importFailedSentence(error: unknown): string {
  if (errorCode(error) === 'quota') return t('importQuota');
  return t('importFailed', error instanceof Error ? error.message : String(error));
}
