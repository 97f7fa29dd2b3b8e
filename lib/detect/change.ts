import type { SiteAdapter } from '../sites/types';
import type { Change } from './pace';

/**
 * What a batch of page mutations changed: only the text inside messages (a reply streaming in,
 * whose words never count as the UI's failure), or the page. Anything else, however small, is the
 * page: an attribute (the stop control, a busy mark), a card, a toast, a dialog, the composer, and
 * an element added inside a message that is, or holds, one of the adapter's error cards.
 */
export function changeOf(records: readonly MutationRecord[], site: SiteAdapter): Change {
  const { messageBody, turnError } = site.selectors;
  // A reply streaming in brings tens of thousands of records on a few targets. Each target is
  // placed once per run of records on it, and records are read as little as can be: each property
  // read makes the browser build an object. Added nodes are read only where the target now holds
  // an element: under one that holds text alone, nothing added can be a card.
  let placed: Node | undefined;
  let holdsElements = false;
  for (const record of records) {
    const type = record.type;
    if (type === 'attributes') return 'page';
    const target = record.target;
    if (target !== placed) {
      const element = target.nodeType === 1 ? (target as Element) : target.parentElement;
      if (!element?.closest(messageBody)) return 'page';
      placed = target;
      holdsElements = element === target && element.firstElementChild !== null;
    }
    if (holdsElements && type === 'childList' && addsCard(record.addedNodes, turnError)) return 'page';
  }
  return 'text';
}

function addsCard(added: NodeList, turnError: string): boolean {
  // Indexed, not copied into an array.
  for (let index = 0; index < added.length; index++) {
    const node = added[index]!;
    if (node.nodeType === 1 && ((node as Element).matches(turnError) || (node as Element).querySelector(turnError))) return true;
  }
  return false;
}
