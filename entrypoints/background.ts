import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeLook, showBadge } from '../lib/badge';
import { openDb } from '../lib/db/schema';
import { createHandlers } from '../lib/handlers';
import { handleMessages } from '../lib/messages';
import { migrateSettings } from '../lib/settings';
import { chatbotMatchPatterns, siteForUrl } from '../lib/sites';
import { clearTabRecord, forgetTab } from '../lib/tab-records';

export default defineBackground(() => {
  handleMessages(createHandlers(openDb()));

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // Leaving the chatbot for another site clears the tab's state; on a chatbot page the content
  // script reports afresh as soon as it runs.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading' || siteForUrl(change.url ?? tab.url)) return;
    void clearTabRecord(tabId).then(() => showBadge(tabId, badgeLook(undefined)));
  });

  browser.runtime.onInstalled.addListener(() => {
    void migrateSettings();
    void attachToOpenTabs();
  });
});

/**
 * Chrome does not run content scripts in tabs that were open before Detour was installed or
 * updated (Firefox does): run them there, so a prompt being typed right now is saved too.
 */
async function attachToOpenTabs(): Promise<void> {
  if (!browser.scripting) return;
  const tabs = await browser.tabs.query({ url: chatbotMatchPatterns() });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/chat.js'] }).catch(() => undefined),
    ),
  );
}
