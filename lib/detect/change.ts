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
  // A streaming reply changes the same paragraph many times a batch: each target is placed once.
  let inMessage: Node | undefined;
  for (const record of records) {
    if (record.type === 'attributes') return 'page';
    if (record.target !== inMessage) {
      const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      if (!target?.closest(messageBody)) return 'page';
      inMessage = record.target;
    }
    // Indexed, not copied into an array: a reply streaming in brings tens of thousands of records.
    const added = record.addedNodes;
    for (let index = 0; index < added.length; index++) {
      const node = added[index]!;
      if (node.nodeType === 1 && ((node as Element).matches(turnError) || (node as Element).querySelector(turnError))) return 'page';
    }
  }
  return 'text';
}
