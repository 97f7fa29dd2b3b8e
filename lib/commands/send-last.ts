import { browser } from 'wxt/browser';
import { listPrompts, getPrompt } from '../db/prompts';
import type { DetourDb } from '../db/schema';
import { openWithPrompt } from '../deliver/open';
import type { PromptRecord } from '../model';
import { alternativesNow } from '../providers/board';
import { loadSettings } from '../settings';
import { currentTab } from '../tabs/health';

/** The manifest's name for "send my last prompt to the first alternative" (wxt.config.ts). */
export const SEND_LAST_COMMAND = 'send-last-prompt';

/**
 * The prompt the shortcut is about: the one this tab's exchange is about (the prompt that just
 * failed here), else the newest prompt saved anywhere.
 */
async function lastPrompt(db: DetourDb, tabId: number | undefined): Promise<PromptRecord | undefined> {
  const promptId = tabId === undefined ? undefined : (await currentTab(tabId))?.promptId;
  const own = promptId === undefined ? undefined : await getPrompt(db, promptId);
  return own ?? (await listPrompts(db, { limit: 1 }))[0];
}

/**
 * The keyboard shortcut: sends the last prompt to the first alternative to its chatbot, as the
 * notice's first button would. Returns the new tab, or undefined when nothing is saved yet.
 */
export async function sendLastPrompt(db: DetourDb, now: () => number = Date.now): Promise<{ tabId: number } | undefined> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const prompt = await lastPrompt(db, active?.id);
  if (!prompt) return undefined;
  const [best] = await alternativesNow(db, prompt.site, now);
  if (!best) return undefined;
  const { includeContext } = await loadSettings();
  return openWithPrompt(db, { promptId: prompt.id, target: best.site, withContext: includeContext, openerTabId: active?.id }, now());
}
