import { browser } from 'wxt/browser';
import { badgeLook, showBadge } from './badge';
import { deletePrompt, getPrompt, listPrompts, mergePrompts, recordOutcome, recoverPrompt, savePrompt } from './db/prompts';
import type { DetourDb } from './db/schema';
import { toCsv } from './export/csv';
import { exportFilename, type ExportFile, type ExportFormat } from './export/formats';
import { parseJsonExport } from './export/import';
import { toJson } from './export/json';
import { toMarkdown } from './export/markdown';
import type { Handlers } from './messages';
import { composeOutgoing } from './send/compose';
import { loadSettings } from './settings';
import { siteById } from './sites';
import { claimDelivery, getTabRecord, putDelivery, putTabRecord } from './tab-records';

/** How the background answers each message. The database and the clock are handed in. */
export function createHandlers(db: DetourDb, now: () => number = Date.now): Handlers {
  return {
    'prompt.save': (input) => savePrompt(db, input, now()),

    'prompt.outcome': async ({ id, ...result }) => {
      await recordOutcome(db, id, result, now());
    },

    'prompt.recover': async (input) => ({ id: await recoverPrompt(db, input, now()) }),

    'tab.report': async (report, sender) => {
      if (sender.tabId === undefined) return;
      await putTabRecord({ ...report, tabId: sender.tabId, at: now() });
      await showBadge(sender.tabId, badgeLook(report));
    },

    'tab.get': ({ tabId }) => getTabRecord(tabId),

    'prompts.list': (query) => listPrompts(db, query),

    'prompts.get': ({ id }) => getPrompt(db, id),

    'prompts.delete': ({ id }) => deletePrompt(db, id),

    'prompts.export': async ({ format }) => exportAll(await listPrompts(db), format, new Date(now())),

    'prompts.import': async ({ text }) => {
      const parsed = parseJsonExport(text);
      if (!parsed.ok) throw new Error(parsed.error);
      return { ...(await mergePrompts(db, parsed.prompts)), errors: parsed.errors };
    },

    'send.open': async ({ promptId, target, withContext, openerTabId }, sender) => {
      const record = await getPrompt(db, promptId);
      if (!record) throw new Error('That prompt is no longer saved.');
      const site = siteById(target);
      if (!site) throw new Error(`Detour does not know the chatbot "${target}".`);
      const settings = await loadSettings();
      // From the in-page notice, the chat tab itself is the opener.
      const openerId = openerTabId ?? sender.tabId;
      const opener = openerId === undefined ? undefined : await browser.tabs.get(openerId).catch(() => undefined);
      // The tab starts blank so its delivery is stored before the chatbot's page can ask for it.
      const tab = await browser.tabs.create({
        url: 'about:blank',
        active: true,
        ...(opener?.id !== undefined && { openerTabId: opener.id, index: opener.index + 1 }),
      });
      if (tab.id === undefined) throw new Error('The browser did not open a tab.');
      await putDelivery(tab.id, { text: composeOutgoing(record, withContext), target, send: settings.sendMode === 'send' }, now());
      await browser.tabs.update(tab.id, { url: site.newChatUrl });
      return { tabId: tab.id };
    },

    'delivery.claim': async (_, sender) => (sender.tabId === undefined ? undefined : claimDelivery(sender.tabId, now())),
  };
}

function exportAll(records: Parameters<typeof toJson>[0], format: ExportFormat, date: Date): ExportFile {
  const filename = exportFilename(format, date);
  switch (format) {
    case 'json':
      return { filename, mime: 'application/json', text: toJson(records, date) };
    case 'markdown':
      return { filename, mime: 'text/markdown', text: toMarkdown(records, date) };
    case 'csv':
      return { filename, mime: 'text/csv', text: toCsv(records) };
  }
}
