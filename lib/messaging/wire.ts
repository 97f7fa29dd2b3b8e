import { browser, type Browser } from 'wxt/browser';

/**
 * How a message crosses between Detour's parts: `{ type, data }` one way, `{ res }` or
 * `{ err }` back. A few lines over the browser's own runtime messaging, in place of a library,
 * because the chat page's script carries it into every chatbot page. Listeners answer through
 * `sendResponse` (and return true), which Chrome, Firefox and the polyfill all take.
 */

interface Envelope {
  readonly type: string;
  readonly data: unknown;
}

/** What an error keeps across: its words and what a caller can tell apart (see errorCode). */
interface WireError {
  readonly message: string;
  readonly name?: string;
  readonly code?: string;
}

type Reply = { readonly res: unknown } | { readonly err: WireError };

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as Envelope).type === 'string';
}

function toWire(error: unknown): WireError {
  if (!(error instanceof Error)) return { message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { message: error.message, name: error.name, ...(typeof code === 'string' && { code }) };
}

function fromWire({ message, name, code }: WireError): Error {
  const error = new Error(message);
  if (name) error.name = name;
  return code ? Object.assign(error, { code }) : error;
}

/** Sends `data` as `type` to the background and Detour's pages (or to a tab's script) and returns the reply's `res`, or throws its `err`. */
export async function send(type: string, data: unknown, tabId?: number): Promise<unknown> {
  const envelope: Envelope = { type, data };
  const reply = (await (tabId === undefined ? browser.runtime.sendMessage(envelope) : browser.tabs.sendMessage(tabId, envelope))) as Reply | undefined;
  if (typeof reply !== 'object' || reply === null) throw new Error(`Nothing in Detour answered "${type}"`);
  if ('err' in reply) throw fromWire(reply.err);
  return reply.res;
}

/**
 * Answers the messages `answer` takes (it returns undefined for the others, which are left to
 * other listeners). Returns a function that stops listening.
 */
export function listen(answer: (type: string, data: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown> | undefined): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: Reply) => void): true | undefined => {
    if (!isEnvelope(message)) return undefined;
    const answering = answer(message.type, message.data, sender);
    if (!answering) return undefined;
    answering.then(
      (res: unknown) => sendResponse({ res }),
      (error: unknown) => sendResponse({ err: toWire(error) }),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
