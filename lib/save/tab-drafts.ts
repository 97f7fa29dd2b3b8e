import { storage } from 'wxt/utils/storage';
import type { PromptInput } from '../db/prompts';
import type { DetourDb } from '../db/schema';
import type { SiteId } from '../sites/types';
import { keptPrompt } from './kept';
import { RESUME_HEAD_CHARS } from './resume-head';

export { RESUME_HEAD_CHARS };

/**
 * Background: the prompt each tab is writing, so that a new copy of the content script (Detour
 * updated or reloaded mid-typing) carries it on under the same id instead of starting a second
 * record. Only the id and the site are kept, never the text (it is matched on the database's);
 * in local storage, because the browser empties session storage when it updates or reloads an
 * extension, which is when this is needed. Tab ids start again with each browser session: what
 * is here is cleared when the browser starts, and a tab's entry when the tab closes.
 */

const PREFIX = 'draft-tab-';
const draftKey = (tabId: number) => `local:${PREFIX}${tabId}` as const;

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

/** The browser started: no tab of the last session is open any more. */
export async function forgetAllTabDrafts(): Promise<void> {
  const all = await storage.snapshot('local');
  const keys = Object.keys(all).filter((key) => key.startsWith(PREFIX));
  await storage.removeItems(keys.map((key) => `local:${key}` as const));
}
