import type { SiteAdapter } from '../sites/types';
import type { Change } from './pace';

/**
 * What a batch of page mutations changed (lib/detect/pace.ts): only the text inside messages (a
 * reply streaming in, whose words never count as the UI's failure); or only what is inside
 * `lastTurn`, the last turn the look before found; or the page. An attribute, or an element
 * added inside a message that is, or holds, one of the adapter's error cards, is a change to
 * the turn it is in when that is the last one, and to the page anywhere else; so is anything
 * outside messages: the stop control, a card, a toast, a dialog, the composer.
 */
export function changeOf(records: readonly MutationRecord[], site: SiteAdapter, lastTurn?: Element, streaming: Streaming = {}): Change {
  const change = classify(records, site, lastTurn, streaming.target);
  // Every record of a text batch is in a message body, its last one's target too.
  streaming.target = change === 'text' && records.length > 0 ? records[records.length - 1]!.target : undefined;
  return change;
}

/**
 * Where a reply is streaming: the node the last batch of records changed, when that batch was
 * text alone. A reply streams into one paragraph for hundreds of batches, and that paragraph is
 * known to be in a message body without asking again: it can only leave it by a change outside
 * messages' text (it, or an element holding it, added elsewhere), which ends the streak.
 */
export interface Streaming {
  target?: Node;
}

function classify(records: readonly MutationRecord[], site: SiteAdapter, lastTurn: Element | undefined, streamingTarget: Node | undefined): Change {
  const { messageBody, turnError } = site.selectors;
  // A reply streaming in brings tens of thousands of records on a few targets. Each target is
  // placed once per run of records on it, and records are read as little as can be: each property
  // read makes the browser build an object. Added nodes are read only where the target now holds
  // an element: under one that holds text alone, nothing added can be a card.
  let change: Change = 'text';
  let placed: Node | undefined;
  let element: Element | null = null;
  let inBody = false;
  let inLastTurn: boolean | undefined;
  let holdsElements = false;
  for (const record of records) {
    const type = record.type;
    const target = record.target;
    if (target !== placed) {
      element = target.nodeType === 1 ? (target as Element) : target.parentElement;
      if (!element) return 'page';
      placed = target;
      inBody = target === streamingTarget || element.closest(messageBody) !== null;
      inLastTurn = undefined;
      holdsElements = element === target && element.firstElementChild !== null;
    }
    // Inside a message, text and what holds no card are the text; the rest, only in the last turn, is that turn.
    if (inBody && type !== 'attributes' && !(holdsElements && type === 'childList' && addsCard(record.addedNodes, turnError))) continue;
    inLastTurn ??= lastTurn !== undefined && lastTurn.contains(element);
    if (!inLastTurn) return 'page';
    change = 'turn';
  }
  return change;
}

function addsCard(added: NodeList, turnError: string): boolean {
  // Indexed, not copied into an array.
  for (let index = 0; index < added.length; index++) {
    const node = added[index]!;
    if (node.nodeType === 1 && ((node as Element).matches(turnError) || (node as Element).querySelector(turnError))) return true;
  }
  return false;
}
