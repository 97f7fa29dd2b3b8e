import * as v from 'valibot';
import { ChatHealthSchema, type DeepReadonly, FailureSchema, PromptRecordSchema, SiteIdSchema, StallSchema, TabPageSchema, TurnSchema } from '../model';
import { RESUME_HEAD_CHARS } from '../save/tab-drafts';
import type { HandledType, Request } from './protocol';

/**
 * One schema per message the background answers, made of the domain's own (lib/model.ts): a
 * request that does not match is refused before any handler sees it. Background only: the
 * content script sends these shapes but never carries the schemas.
 */

const prompt = PromptRecordSchema.entries;
const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const Context = v.optional(v.array(TurnSchema));
const Nothing = v.object({});

const outcome = { id: prompt.id, url: prompt.url };

export const REQUESTS = {
  'prompt.save': v.object({
    id: prompt.id,
    site: prompt.site,
    text: prompt.text,
    url: prompt.url,
    createdAt: prompt.createdAt,
    sent: v.boolean(),
  }),
  'draft.resume': v.object({ site: SiteIdSchema, head: v.pipe(v.string(), v.maxLength(RESUME_HEAD_CHARS)) }),
  'prompt.outcome': v.variant('outcome', [
    v.object({ ...outcome, outcome: v.literal('answered') }),
    v.object({ ...outcome, outcome: v.literal('failed'), failure: FailureSchema, context: Context }),
    v.object({ ...outcome, outcome: v.literal('stalled'), stall: StallSchema }),
  ]),
  'prompt.rescue': v.object({
    id: prompt.id,
    site: prompt.site,
    text: prompt.text,
    url: prompt.url,
    failure: FailureSchema,
    context: Context,
  }),
  'tab.report': v.object({ site: SiteIdSchema, url: prompt.url, health: ChatHealthSchema, promptId: v.optional(prompt.id), page: v.optional(TabPageSchema) }),
  'tab.get': v.object({ tabId: TabId }),
  'prompts.list': v.object({
    search: v.optional(v.string()),
    tag: v.optional(v.string()),
    pinnedFirst: v.optional(v.boolean()),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  }),
  'prompts.get': v.object({ id: prompt.id }),
  'prompts.delete': v.object({ ids: v.array(prompt.id) }),
  // An undo puts back what 'prompts.delete' handed the page: whole records, as the model has them.
  'prompts.restore': v.object({ prompts: v.array(PromptRecordSchema) }),
  'prompts.edit': v.object({
    id: prompt.id,
    edit: v.object({ text: v.optional(prompt.text), pinned: v.optional(v.boolean()), tags: v.optional(v.array(v.string())) }),
  }),
  'prompts.tags': Nothing,
  'send.open': v.object({
    promptId: prompt.id,
    target: SiteIdSchema,
    withContext: v.boolean(),
    openerTabId: v.optional(TabId),
  }),
  'chat.extras': Nothing,
  'delivery.claim': Nothing,
  'providers.list': v.object({
    force: v.optional(v.boolean()),
    // A status page is never waited for longer than a person would wait for the popup.
    waitMs: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(60_000))),
  }),
  'alternatives.rank': v.object({ site: SiteIdSchema }),
  'resend.schedule': v.object({ promptId: prompt.id }),
  'resend.cancel': v.object({ promptId: prompt.id }),
  'resend.list': Nothing,
} satisfies { [K in HandledType]: v.GenericSchema<unknown, unknown> };

/**
 * Fails to compile when a schema and its message's type drift apart: what a schema lets through
 * must be what the handler expects, and what a sender may send must pass the schema.
 */
type Accepts<K extends HandledType> = [v.InferOutput<(typeof REQUESTS)[K]>] extends [Request<K>]
  ? [Request<K>] extends [DeepReadonly<v.InferInput<(typeof REQUESTS)[K]>>]
    ? true
    : false
  : false;
true satisfies [{ [K in HandledType]: Accepts<K> }[HandledType]] extends [true] ? true : false;

/** What is wrong with a request, from the first problem: `"text": Invalid type: Expected string but received 42`. */
export function whyMalformed(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  return path ? `"${path}": ${issue.message}` : issue.message;
}
