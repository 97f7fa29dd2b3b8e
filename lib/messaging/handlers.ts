import { deletePrompts, editPrompt, listTags, restorePrompts } from '../db/library';
import { getPrompt, listPrompts, mergePrompts, recordOutcome, rescuePrompt, savePrompt } from '../db/prompts';
import type { DetourDb } from '../db/schema';
import { toCsv } from '../export/csv';
import { exportFilename, type ExportFile, type ExportFormat } from '../export/files';
import { parseImport } from '../export/import-file';
import { toJson } from '../export/json';
import { toMarkdown } from '../export/markdown';
import type { Handlers } from './protocol';
import { alternativesNow, gatherProviders } from '../providers/board';
import { offerRetries } from '../retry/offers';
import { openWithPrompt } from '../deliver/open';
import { currentTab, refreshTab } from '../tabs/health';
import { claimDelivery, clearNetworkEvidence, putTabRecord } from '../tabs/records';

/** How the background answers each message. The database and the clock are handed in. */
export function createHandlers(db: DetourDb, now: () => number = Date.now): Handlers {
  return {
    'prompt.save': (input) => savePrompt(db, input, now()),

    'prompt.outcome': async ({ id, ...result }) => {
      await recordOutcome(db, id, result, now());
      // A reply in a tab shows the chatbot works again: offer the prompts that failed there before.
      const site = result.outcome === 'answered' ? (await getPrompt(db, id))?.site : undefined;
      if (site) await offerRetries(db, site, now(), id);
    },

    'prompt.rescue': async (input) => ({ id: await rescuePrompt(db, input, now()) }),

    'tab.report': async (report, sender) => {
      if (sender.tabId === undefined) return;
      await putTabRecord({ ...report, tabId: sender.tabId, at: now() });
      // A reply under way again means the chat moved on from any failed request.
      if (report.health.status === 'healthy' && report.health.answering) await clearNetworkEvidence(sender.tabId);
      await refreshTab(db, sender.tabId, now());
    },

    'tab.get': ({ tabId }) => currentTab(tabId),

    'prompts.list': (query) => listPrompts(db, query),

    'prompts.get': ({ id }) => getPrompt(db, id),

    'prompts.delete': ({ ids }) => deletePrompts(db, ids),

    'prompts.restore': async ({ prompts }) => ({ restored: await restorePrompts(db, prompts) }),

    'prompts.edit': ({ id, edit }) => editPrompt(db, id, edit, now()),

    'prompts.tags': () => listTags(db),

    'prompts.export': async ({ format }) => exportAll(await listPrompts(db), format, new Date(now())),

    'prompts.import': async ({ text }) => {
      const parsed = parseImport(text);
      if (!parsed.ok) throw new Error(parsed.error);
      return { ...(await mergePrompts(db, parsed.prompts)), errors: parsed.errors };
    },

    'send.open': (request, sender) =>
      // From the in-page notice, the chat tab itself is the opener.
      openWithPrompt(db, { ...request, openerTabId: request.openerTabId ?? sender.tabId }, now()),

    'providers.list': (options) => gatherProviders(db, options, now),

    // Ranking never waits long for a status page: the notice must show at once.
    'alternatives.rank': ({ site }) => alternativesNow(db, site, now),

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
