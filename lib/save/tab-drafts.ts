import { storage } from 'wxt/utils/storage';
import type { PromptInput } from '../db/prompts';
import type { DetourDb } from '../db/schema';
import type { SiteId } from '../sites/types';
import { keptPrompt } from './kept';

/**
 * Background: the prompt each tab is writing, so that a new copy of the content script (Detour
 * updated or reloaded mid-typing) carries it on under the same id instead of starting a second
 * record. Only the id is kept here, in session storage (memory, the background's alone); the text
 * it is matched on is the one in the database.
 */

const draftKey = (tabId: number) => `session:draft-${tabId}` as const;

interface TabDraft {
  readonly id: string;
  readonly site: SiteId;
}

/** What a new copy of the content script sends: where it is, and how its composer's text begins. */
export interface ResumeRequest {
  readonly site: SiteId;
  /** The composer's text, its first RESUME_HEAD_CHARS characters at most. */
  readonly head: string;
}

export interface ResumedDraft {
  readonly id: string;
  readonly createdAt: number;
}

/** How much of the composer's text is compared with the saved prompt's. */
export const RESUME_HEAD_CHARS = 32;

/**
 * Whether a composer beginning with `head` still holds the prompt saved as `saved`: they begin
 * alike. (A prompt whose first characters were edited meanwhile becomes a record of its own,
 * which loses nothing; a different prompt never takes over this one's record.)
 */
export function continuesPrompt(saved: string, head: string): boolean {
  const length = Math.min(RESUME_HEAD_CHARS, saved.length, head.length);
  return length > 0 && saved.slice(0, length) === head.slice(0, length);
}

/** Notes which prompt `tabId` is writing (a draft), or that it has none left (a send). */
export async function noteTabDraft(tabId: number, input: PromptInput): Promise<void> {
  if (!input.sent) {
    await storage.setItem<TabDraft>(draftKey(tabId), { id: input.id, site: input.site });
    return;
  }
  const current = await storage.getItem<TabDraft>(draftKey(tabId));
  if (current?.id === input.id) await storage.removeItem(draftKey(tabId));
}

/** The unfinished prompt of `tabId` that its composer still holds, if any. */
export async function resumeDraft(db: DetourDb, tabId: number, request: ResumeRequest): Promise<ResumedDraft | undefined> {
  const noted = await storage.getItem<TabDraft>(draftKey(tabId));
  if (!noted || noted.site !== request.site) return undefined;
  const record = await db.prompts.get(noted.id);
  const kept = await keptPrompt(noted.id);
  const text = kept?.text ?? record?.text;
  const status = kept?.sent ? 'sent' : (record?.status ?? 'draft');
  if (text === undefined || status !== 'draft' || !continuesPrompt(text, request.head)) return undefined;
  return { id: noted.id, createdAt: record?.createdAt ?? kept?.createdAt ?? Date.now() };
}

/** The tab is gone. */
export async function forgetTabDraft(tabId: number): Promise<void> {
  await storage.removeItem(draftKey(tabId));
}
