import { deletePrompts, editPrompt, listTags, restorePrompts } from '../db/library';
import { getPrompt, listPrompts, mergePrompts, recordOutcome, rescuePrompt } from '../db/prompts';
import type { DetourDb } from '../db/schema';
import { t } from '../i18n';
import { checkOwnPrompt } from './callers';
import { SerialByKey } from './serial';
import type { Handlers } from './serve';
import { alternativesNow, gatherProviders } from '../providers/board';
import { chatbotRecovered } from '../retry/offers';
import { cancelResend, listResends, scheduleResend } from '../retry/resend';
import { openWithPrompt } from '../deliver/open';
import { loadSettings } from '../settings';
import { currentTab, noteArrival, refreshTab } from '../tabs/health';
import { saveOrKeep } from '../save/kept';
import { noteTabDraft, resumeDraft } from '../save/tab-drafts';
import { claimDelivery, clearNetworkEvidence, putTabRecord } from '../tabs/records';
import { runScript } from '../tabs/scripts';
import { EXTRAS_SCRIPT } from '../chat/extras';

/** How the background answers each message. The database and the clock are handed in. */
export function createHandlers(db: DetourDb, now: () => number = Date.now): Handlers {
  /**
   * One prompt's saves are handled one after another, in the order they came: a page going away
   * sends its newest text without waiting for the answer to the save before it (Outbox.hurry),
   * and the older one must not land after it.
   */
  const saves = new SerialByKey<string>();
  return {
    'prompt.save': (input, sender) =>
      saves.run(input.id, async () => {
        checkOwnPrompt('prompt.save', await getPrompt(db, input.id), sender);
        // Noted first, so the prompt keeps its id across an update even when the disk refuses this
        // save (and a note that cannot be written never stands in the save's way). A save sent as
        // its tab closes names no tab (Firefox): there is no tab left to note it for.
        if (sender.tabId !== undefined) await noteTabDraft(sender.tabId, input).catch(() => undefined);
        await saveOrKeep(db, input, now());
      }),

    'draft.resume': (request, sender) => (sender.tabId === undefined ? undefined : resumeDraft(db, sender.tabId, request)),

    'prompt.outcome': async ({ id, ...result }, sender) => {
      checkOwnPrompt('prompt.outcome', await getPrompt(db, id), sender);
      await recordOutcome(db, id, result, now());
      // A reply in a tab shows the chatbot works again: send or offer the prompts that failed there before.
      const site = result.outcome === 'answered' ? (await getPrompt(db, id))?.site : undefined;
      if (site) await chatbotRecovered(db, site, now(), id);
    },

    'prompt.rescue': async (input) => ({ id: await rescuePrompt(db, input, now()) }),

    'tab.report': async (report, sender) => {
      // Kept in storage while the badge is updated from the background's copy of it (records.ts).
      const kept = putTabRecord({ ...report, tabId: sender.tabId, at: now() });
      // Its failure is the report's, awaited below: not an unhandled rejection meanwhile.
      kept.catch(() => undefined);
      // Each page that is a challenge counts towards a challenge loop.
      if (report.page?.kind === 'challenge') await noteArrival(db, sender.tabId, { gate: 'challenge', at: report.page.loadedAt, site: report.site }, now());
      // A reply under way again means the chat moved on from any failed request.
      if (report.health.status === 'healthy' && report.health.answering) await clearNetworkEvidence(sender.tabId);
      await refreshTab(db, sender.tabId, now());
      await kept;
    },

    'tab.get': ({ tabId }) => currentTab(tabId),

    'prompts.list': (query) => listPrompts(db, query),

    'prompts.get': ({ id }) => getPrompt(db, id),

    'prompts.delete': ({ ids }) => deletePrompts(db, ids),

    'prompts.restore': async ({ prompts }) => ({ restored: await restorePrompts(db, prompts) }),

    'prompts.edit': ({ id, edit }) => editPrompt(db, id, edit, now()),

    'prompts.tags': () => listTags(db),

    'send.open': async (request, sender) => {
      checkOwnPrompt('send.open', await getPrompt(db, request.promptId), sender);
      // From the in-page notice, the chat tab itself is the opener.
      return openWithPrompt(db, { ...request, openerTabId: request.openerTabId ?? sender.tabId }, now());
    },

    'providers.list': (options) => gatherProviders(db, options, now),

    // Ranking never waits long for a status page: the notice must show at once.
    'alternatives.rank': ({ site }) => alternativesNow(db, site, now),

    'resend.schedule': async ({ promptId }, sender) => {
      const record = await getPrompt(db, promptId);
      checkOwnPrompt('resend.schedule', record, sender);
      if (!record) throw new Error(t('promptGone'));
      return scheduleResend(record, now());
    },

    'resend.cancel': ({ promptId }) => cancelResend(promptId),

    'resend.list': () => listResends(),

    'delivery.claim': (_, sender) => claimDelivery(sender.tabId, now()),

    'chat.extras': (_, sender) => runScript(sender.tabId, EXTRAS_SCRIPT),
  };
}
