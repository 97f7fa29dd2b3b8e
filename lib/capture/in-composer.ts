import { hasContent, readComposer } from '../page/composer';
import { firstShown } from '../page/dom';
import type { SiteAdapter } from '../sites/types';
import type { Draft } from './draft-recorder';

/**
 * Whether a prompt is still in the composer, where the person can see it: it is the one being
 * written and the composer is not empty. A site empties the composer the moment it takes a send,
 * before Detour's next look at the page has counted the send, so the composer is read now.
 */
export function stillInComposer(doc: Document, site: SiteAdapter, promptId: string, writing: Draft | undefined): boolean {
  if (writing?.id !== promptId) return false;
  const composer = firstShown(doc, site.selectors.composer);
  return composer !== undefined && hasContent(readComposer(composer, site.editor));
}
