import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/**
 * Runs one of Detour's scripts in the top frame of a chatbot tab, in the isolated world Detour's
 * chat script runs in there, and resolves once it has run. The chatbot's host permission is all
 * either browser asks: Chrome through `scripting`, Firefox (Manifest V2) through `tabs`.
 */
export async function runScript(tabId: number, file: ScriptPublicPath): Promise<void> {
  if (browser.scripting) await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  else await browser.tabs.executeScript(tabId, { file });
}
