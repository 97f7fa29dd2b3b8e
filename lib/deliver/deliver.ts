import { readComposer } from '../page/composer';
import type { Delivery } from '../model';
import { lastUserMessage } from '../page/conversation';
import { firstShown } from '../page/dom';
import { waitFor } from '../page/wait';
import type { SiteAdapter } from '../sites/types';
import { sameText } from '../text';
import { type FillMethod, fillComposer } from './fill';

export type DeliveryResult =
  | { readonly ok: true; readonly method: FillMethod; readonly exact: boolean; readonly sent: boolean }
  | { readonly ok: false; readonly reason: 'too-long' | 'no-composer' | 'not-registered' | 'no-send-button' | 'not-sent' };

export interface DeliveryTimeouts {
  /** For the composer to appear: the chatbot's app may still be loading, or signing in. */
  readonly composerMs: number;
  /** For the send button to become usable once the text is in. */
  readonly sendButtonMs: number;
  /** For the site to take the prompt after send is pressed. */
  readonly sentMs: number;
}

export const DELIVERY_TIMEOUTS: DeliveryTimeouts = { composerMs: 30_000, sendButtonMs: 10_000, sentMs: 8_000 };

function isEnabled(button: Element): boolean {
  return !(button as HTMLButtonElement).disabled && button.getAttribute('aria-disabled') !== 'true';
}

/**
 * Puts a prompt in this chatbot's composer and, when asked, sends it: waits for the composer,
 * fills it so the editor registers the text, waits for the send button, presses it, and checks
 * that the site took the prompt (the composer empties or the prompt shows as the user's turn).
 */
export async function deliver(
  doc: Document,
  site: SiteAdapter,
  delivery: Delivery,
  timeouts: DeliveryTimeouts = DELIVERY_TIMEOUTS,
): Promise<DeliveryResult> {
  const { selectors } = site;
  // A prompt the site would refuse or cut is not put in at all: the person copies it, or picks another.
  if (site.maxPromptChars !== undefined && delivery.text.length > site.maxPromptChars) return { ok: false, reason: 'too-long' };
  const composer = await waitFor(doc, () => firstShown(doc, selectors.composer), timeouts.composerMs);
  if (!composer) return { ok: false, reason: 'no-composer' };
  const filled = await fillComposer(composer, site.editor, delivery.text);
  if (!filled) return { ok: false, reason: 'not-registered' };
  if (!delivery.send) return { ok: true, ...filled, sent: false };

  const findButton = () => {
    const button = firstShown(doc, selectors.sendButton);
    return button && isEnabled(button) ? button : undefined;
  };
  const button = await waitFor(doc, findButton, timeouts.sendButtonMs);
  if (!button) return { ok: false, reason: 'no-send-button' };
  (button as HTMLElement).click();

  const taken = () => {
    const current = firstShown(doc, selectors.composer);
    const emptied = current !== undefined && readComposer(current, site.editor).trim() === '';
    const shown = sameText(lastUserMessage(doc, site) ?? '', delivery.text);
    return emptied || shown ? true : undefined;
  };
  const sent = await waitFor(doc, taken, timeouts.sentMs);
  return sent ? { ok: true, ...filled, sent: true } : { ok: false, reason: 'not-sent' };
}
