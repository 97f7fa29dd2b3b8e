import { browser } from 'wxt/browser';
import type { PromptInput, OutcomeInput, ListQuery, MergeResult } from '../db/prompts';
import type { ChatHealth, Failure, PromptRecord, Turn } from '../model';
import type { ExportFile, ExportFormat } from '../export/files';
import type { ProviderView } from '../providers/view';
import type { SiteId } from '../sites/types';

/**
 * The one message protocol between the content script, the background and the popup.
 * Each message names its request and its reply; the background answers all of them.
 */

/** What a chat tab reports about itself. */
export interface TabReport {
  readonly site: SiteId;
  readonly url: string;
  readonly health: ChatHealth;
  /** The prompt whose exchange this is about, when it was sent or recovered here. */
  readonly promptId?: string;
}

/** A tab's report as the background keeps it. */
export interface TabRecord extends TabReport {
  readonly tabId: number;
  readonly at: number;
}

/** A prompt on its way to another chatbot, waiting for that tab's content script. */
export interface Delivery {
  readonly text: string;
  readonly target: SiteId;
  /** Press send after filling, or leave the prompt in the composer. */
  readonly send: boolean;
}

export interface ImportResult extends MergeResult {
  readonly errors: readonly string[];
}

export interface Protocol {
  'prompt.save': { req: PromptInput; res: void };
  'prompt.outcome': { req: OutcomeInput & { readonly id: string; readonly url: string }; res: void };
  'prompt.recover': {
    req: { id: string; site: SiteId; text: string; url: string; failure: Failure; context?: readonly Turn[] };
    res: { id: string };
  };
  'tab.report': { req: TabReport; res: void };
  'tab.get': { req: { tabId: number }; res: TabRecord | undefined };
  'prompts.list': { req: ListQuery; res: PromptRecord[] };
  'prompts.get': { req: { id: string }; res: PromptRecord | undefined };
  'prompts.delete': { req: { id: string }; res: void };
  'prompts.export': { req: { format: ExportFormat }; res: ExportFile };
  'prompts.import': { req: { text: string; filename: string }; res: ImportResult };
  'send.open': {
    req: { promptId: string; target: SiteId; withContext: boolean; openerTabId?: number };
    res: { tabId: number };
  };
  'delivery.claim': { req: Record<string, never>; res: Delivery | undefined };
  /** Every chatbot's official status and Detour's own evidence (popup). */
  'providers.list': { req: { force?: boolean; waitMs?: number }; res: ProviderView[] };
  /** The alternatives to `site`, healthiest first within the person's order (in-page notice). */
  'alternatives.rank': { req: { site: SiteId }; res: SiteId[] };
}

/** The one message the background sends a chat tab: the prompt it was opened for is ready. */
export const DELIVERY_READY = { detour: 'delivery.ready' } as const;

export function isDeliveryReady(message: unknown): boolean {
  return (message as { detour?: unknown } | undefined)?.detour === DELIVERY_READY.detour;
}

export type MessageType = keyof Protocol;
export type Request<K extends MessageType> = Protocol[K]['req'];
export type Response<K extends MessageType> = Protocol[K]['res'];

interface Envelope<K extends MessageType = MessageType> {
  readonly detour: K;
  readonly data: Request<K>;
}

type Reply<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string; readonly code?: string };

/** An error the background reports, with a code the caller can act on (e.g. a full disk). */
export class MessageError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/** Sends a message to the background and returns its reply, or throws what it threw. */
export async function sendMessage<K extends MessageType>(type: K, data: Request<K>): Promise<Response<K>> {
  const envelope: Envelope<K> = { detour: type, data };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<Response<K>> | undefined;
  if (!reply) throw new MessageError(`No answer to ${type}`, 'no-answer');
  if (!reply.ok) throw new MessageError(reply.error, reply.code);
  return reply.value;
}

export interface Sender {
  readonly tabId: number | undefined;
  readonly url: string | undefined;
}

export type Handlers = {
  [K in MessageType]: (data: Request<K>, sender: Sender) => Promise<Response<K>> | Response<K>;
};

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as Envelope).detour === 'string';
}

/** The code of an error worth telling apart (a full disk is not a bug). */
export function errorCode(error: unknown): string | undefined {
  const names = [error, (error as { inner?: unknown } | undefined)?.inner].map(
    (candidate) => (candidate as { name?: unknown } | undefined)?.name,
  );
  return names.includes('QuotaExceededError') ? 'quota' : undefined;
}

/**
 * Answers every message of the protocol, in the background. Returns the listener so tests can
 * call it and so it can be removed.
 */
export function handleMessages(handlers: Handlers) {
  const listener = (message: unknown, sender: { tab?: { id?: number }; url?: string }) => {
    if (!isEnvelope(message) || !(message.detour in handlers)) return undefined;
    const handler = handlers[message.detour] as (data: unknown, sender: Sender) => unknown;
    return Promise.resolve()
      .then(() => handler(message.data, { tabId: sender.tab?.id, url: sender.url }))
      .then(
        (value): Reply<unknown> => ({ ok: true, value }),
        (error: unknown): Reply<unknown> => ({
          ok: false,
          error: error instanceof Error ? error.message : String(error),
          code: errorCode(error),
        }),
      );
  };
  browser.runtime.onMessage.addListener(listener);
  return listener;
}
