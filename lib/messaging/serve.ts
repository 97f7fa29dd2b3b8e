import * as v from 'valibot';
import { checkClaims, checkSender, type SenderOf, RefusedError, senderOf } from './callers';
import { errorCode, type HandledType, type Request, type Response } from './protocol';
import { listen } from './wire';
import { REQUESTS, whyMalformed } from './requests';

/**
 * The background's side of the protocol: every message is checked at the boundary, its sender
 * first (lib/messaging/callers.ts), then its request against its schema
 * (lib/messaging/requests.ts), and only then handed to its handler, which gets the request as
 * the schema read it. A refused message changes nothing and its sender is told why.
 */

type Handler<K extends HandledType> = (data: Request<K>, sender: SenderOf<K>) => Promise<Response<K>> | Response<K>;
export type Handlers = { [K in HandledType]: Handler<K> };

/** An error as it crosses to the caller: its message, and the code the caller can act on. */
function asReply(error: unknown): Error {
  const reply = new Error(error instanceof Error ? error.message : String(error));
  const code = errorCode(error);
  return code ? Object.assign(reply, { code }) : reply;
}

async function answer<K extends HandledType>(handlers: Handlers, type: K, data: unknown, from: Parameters<typeof senderOf>[0]) {
  const sender = senderOf(from);
  checkSender(type, sender);
  // Every request is an object of named fields; valibot's object would also take a list.
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new RefusedError(type, 'the request is not an object');
  const request = v.safeParse(REQUESTS[type], data, { abortEarly: true });
  if (!request.success) throw new RefusedError(type, whyMalformed(request.issues[0]));
  const read = request.output as Request<K>;
  checkClaims(type, read, sender);
  return (handlers[type] as Handler<K>)(read, sender as SenderOf<K>);
}

/** Answers every message of the protocol, in the background. Returns a function that stops listening (tests). */
export function handleMessages(handlers: Handlers): () => void {
  return listen((type, data, sender) =>
    Object.hasOwn(handlers, type)
      ? answer(handlers, type as HandledType, data, sender).catch((error: unknown) => Promise.reject(asReply(error)))
      : undefined,
  );
}
