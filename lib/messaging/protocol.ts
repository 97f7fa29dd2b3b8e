import type { PromptEdit } from '../db/library';
import type { ListQuery, OutcomeInput, PromptInput, RescueInput } from '../db/prompts';
import type { Delivery, PromptRecord, TabRecord, TabReport } from '../model';
import type { Alternative } from '../providers/rank';
import type { ProviderView } from '../providers/view';
import type { PendingResend } from '../retry/resend';
import type { ResumedDraft, ResumeRequest } from '../save/tab-drafts';
import type { SiteId } from '../sites/types';
import { listen, send } from './wire';

/**
 * The one message protocol between the content script, the background and the extension pages
 * (over lib/messaging/wire.ts): each message names its request and its reply. The background
 * answers all of them but the two it sends a chat tab (TabMessage).
 */

export interface Protocol {
  'prompt.save': { req: PromptInput; res: void };
  /** A new copy of the content script asks which unfinished prompt its tab's composer holds. */
  'draft.resume': { req: ResumeRequest; res: ResumedDraft | undefined };
  'prompt.outcome': { req: OutcomeInput & { readonly id: string; readonly url: string }; res: void };
  /** A failure found on a page that loaded failed: keep its last prompt (see rescuePrompt). */
  'prompt.rescue': { req: RescueInput; res: { id: string } };
  'tab.report': { req: TabReport; res: void };
  'tab.get': { req: { tabId: number }; res: TabRecord | undefined };
  'prompts.list': { req: ListQuery; res: PromptRecord[] };
  'prompts.get': { req: { id: string }; res: PromptRecord | undefined };
  /** Deletes prompts and hands them back as they were, for an undo ('prompts.restore'). */
  'prompts.delete': { req: { ids: readonly string[] }; res: PromptRecord[] };
  'prompts.restore': { req: { prompts: readonly PromptRecord[] }; res: { restored: number } };
  'prompts.edit': { req: { id: string; edit: PromptEdit }; res: PromptRecord | undefined };
  'prompts.tags': { req: Record<string, never>; res: { tag: string; count: number }[] };
  'send.open': {
    req: { promptId: string; target: SiteId; withContext: boolean; openerTabId?: number };
    res: { tabId: number };
  };
  /** A chat tab's script needs the notice or the delivery: the background runs their script in the tab (lib/chat/extras.ts). */
  'chat.extras': { req: Record<string, never>; res: void };
  /** The prompt this tab was opened to receive, handed over once. */
  'delivery.claim': { req: Record<string, never>; res: Delivery | undefined };
  /** Background → chat tab: the prompt it was opened for is ready to claim. */
  'delivery.ready': { req: Record<string, never>; res: void };
  /** Background → chat tab: what its composer holds (the "Send this prompt to" menu). */
  'composer.read': { req: Record<string, never>; res: { text: string } };
  /** Every chatbot's official status and Detour's own evidence (popup, options). */
  'providers.list': { req: { force?: boolean; waitMs?: number }; res: ProviderView[] };
  /** The alternatives to `site`, most likely to work for this person first (in-page notice). */
  'alternatives.rank': { req: { site: SiteId }; res: Alternative[] };
  /** Send a failed prompt again where it failed once that chatbot works; cancel it; list them. */
  'resend.schedule': { req: { promptId: string }; res: PendingResend };
  'resend.cancel': { req: { promptId: string }; res: void };
  'resend.list': { req: Record<string, never>; res: PendingResend[] };
}

export type MessageType = keyof Protocol;
/** The messages the background sends a chat tab, which the tab answers. */
export type TabMessage = 'delivery.ready' | 'composer.read';
/** The messages the background answers (lib/messaging/serve.ts): all but the ones it sends. */
export type HandledType = Exclude<MessageType, TabMessage>;
export type Request<K extends MessageType> = Protocol[K]['req'];
export type Response<K extends MessageType> = Protocol[K]['res'];

/**
 * Sends a message to the background (or, with `tabId`, to that tab's content script) and returns
 * its reply, or throws what the other side threw, with its `code` (see errorCode).
 */
export function sendMessage<K extends MessageType>(type: K, data: Request<K>, tabId?: number): Promise<Response<K>> {
  return send(type, data, tabId) as Promise<Response<K>>;
}

/** The code of an error worth telling apart (a full disk is not a bug), kept across the message. */
export function errorCode(error: unknown): string | undefined {
  const own = (error as { code?: unknown } | undefined)?.code;
  if (typeof own === 'string') return own;
  const names = [error, (error as { inner?: unknown } | undefined)?.inner].map(
    (candidate) => (candidate as { name?: unknown } | undefined)?.name,
  );
  return names.includes('QuotaExceededError') ? 'quota' : undefined;
}

/** Listens, in a chat tab, for one message the background sends it. */
export function onTabMessage<K extends TabMessage>(type: K, listener: () => Response<K>): () => void {
  return listen((sent) => (sent === type ? Promise.resolve().then(listener) : undefined));
}
