import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getPrompt } from '../lib/db/prompts';
import { openDb } from '../lib/db/schema';
import { createHandlers } from '../lib/messaging/handlers';
import { handleMessages } from '../lib/messaging/serve';
import { KEPT_ALARM, landKept } from '../lib/save/kept';
import { forgetAllTabDrafts, forgetTabDraft } from '../lib/save/tab-drafts';
import { chatEndpointPatterns } from '../lib/tabs/network';
import { onInsteadClicked, onRetryClicked } from '../lib/retry/notification';
import { cancelResend } from '../lib/retry/resend';
import { loadSettings, migrateSettings, watchSettings } from '../lib/settings';
import { checkForRecoveries } from '../lib/retry/offers';
import { openWithPrompt } from '../lib/deliver/open';
import { SEND_LAST_COMMAND, sendLastPrompt } from '../lib/commands/send-last';
import { pruneExpired } from '../lib/db/library';
import { registerMenus } from '../lib/menus/context-menus';
import { pageAfterInstall } from '../lib/onboarding/first-run';
import { chatbotMatchPatterns, chatScript, siteForUrl } from '../lib/sites';
import type { SiteId } from '../lib/sites/types';
import { noteArrival, noteChatRequest, refreshTab } from '../lib/tabs/health';
import { signInArrival } from '../lib/tabs/navigation';
import { releasePausedTabs } from '../lib/tabs/pause';
import { runScript } from '../lib/tabs/scripts';
import { clearNetworkEvidence, clearTabRecord, forgetTab } from '../lib/tabs/records';

const STATUS_ALARM = 'detour-status';
/** The retention setting is applied this often, and at once when it changes. */
const RETENTION_ALARM = 'detour-retention';

export default defineBackground(() => {
  const db = openDb();
  handleMessages(createHandlers(db));

  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    void forgetTabDraft(tabId);
  });
  // A page load starts afresh: leaving the chatbot clears the tab's state, and on a chatbot page
  // the content script reports anew as soon as it runs (earlier failed requests are history).
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // Sent to the sign-in page (by a redirect, or a page's script): again and again is a login loop.
    const arrival = signInArrival(change.url ?? (change.status === 'loading' ? tab.url : undefined), Date.now());
    if (arrival) void noteArrival(db, tabId, arrival, Date.now());
    if (change.status !== 'loading') return;
    const cleared = siteForUrl(change.url ?? tab.url) ? clearNetworkEvidence(tabId) : clearTabRecord(tabId);
    void cleared.then(() => refreshTab(db, tabId, Date.now()));
  });

  // Network evidence: how each site's own chat requests end (see lib/network.ts).
  const chatRequests = { urls: chatEndpointPatterns() };
  browser.webRequest.onCompleted.addListener((details) => void noteChatRequest(db, details, Date.now()), chatRequests);
  browser.webRequest.onErrorOccurred.addListener((details) => void noteChatRequest(db, details, Date.now()), chatRequests);

  // Official status on a schedule: alarms survive the background being stopped; requests are only
  // made when the cached answer is stale (and never more than once a minute per page).
  void ensureAlarm(STATUS_ALARM, { periodInMinutes: 5, delayInMinutes: 1 });
  void ensureAlarm(RETENTION_ALARM, { periodInMinutes: 6 * 60, delayInMinutes: 1 });
  const applyRetention = () => void loadSettings().then((settings) => pruneExpired(db, settings.retentionDays, Date.now()));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === STATUS_ALARM) void checkForRecoveries(db);
    // Prompts the full disk refused, kept in memory: is there room now?
    if (alarm.name === KEPT_ALARM) void landKept(db);
    if (alarm.name === RETENTION_ALARM) applyRetention();
  });
  let retentionDays: number | undefined;
  let paused: readonly SiteId[] = [];
  void loadSettings().then((settings) => (paused = settings.pausedSites));
  watchSettings((settings) => {
    if (settings.retentionDays !== retentionDays) applyRetention();
    retentionDays = settings.retentionDays;
    void releasePausedTabs(db, settings.pausedSites.filter((site) => !paused.includes(site)), Date.now());
    paused = settings.pausedSites;
  });
  onRetryClicked((promptId) => {
    void getPrompt(db, promptId).then(
      (prompt) => prompt && openWithPrompt(db, { promptId, target: prompt.site, withContext: false }, Date.now()),
    );
  });

  // The person takes the other chatbot offered for a prompt that waited too long: it waits no more.
  onInsteadClicked((promptId, target) => {
    void Promise.all([loadSettings(), cancelResend(promptId)]).then(([settings]) =>
      openWithPrompt(db, { promptId, target, withContext: settings.includeContext }, Date.now()),
    );
  });

  browser.commands.onCommand.addListener((command) => {
    if (command === SEND_LAST_COMMAND) void sendLastPrompt(db);
  });
  registerMenus();

  browser.runtime.onStartup.addListener(() => void forgetAllTabDrafts());
  browser.runtime.onInstalled.addListener((details) => {
    void migrateSettings();
    void attachToOpenTabs();
    const page = pageAfterInstall(details, browser.runtime.getManifest().version);
    if (page) void browser.tabs.create({ url: browser.runtime.getURL(page.path as '/welcome.html'), active: page.active });
  });
});

/** Created once: recreating an alarm at every start of the background would push it back each time. */
async function ensureAlarm(name: string, schedule: { periodInMinutes: number; delayInMinutes: number }): Promise<void> {
  if (!(await browser.alarms.get(name))) await browser.alarms.create(name, schedule);
}

/**
 * Chrome does not run content scripts in tabs that were open before Detour was installed or
 * updated (Firefox does): run them there, so a prompt being typed right now is saved too.
 * (webext-inject-on-install does this too, but asks for the `tabs` permission, which Chrome words
 * as "Read your browsing history"; the chatbot host permissions are enough to query these tabs.)
 */
async function attachToOpenTabs(): Promise<void> {
  if (!browser.scripting) return;
  // Discarded tabs get the script when they load again, as any page does.
  const tabs = await browser.tabs.query({ url: chatbotMatchPatterns(), discarded: false });
  await Promise.all(
    tabs.map((tab) => {
      // Each chatbot's pages get that chatbot's script.
      const site = siteForUrl(tab.url);
      return tab.id === undefined || !site
        ? undefined
        : runScript(tab.id, chatScript(site.id)).catch(() => undefined);
    }),
  );
}
