import { locateFailure } from '../detect/failure';
import { composerElement } from '../page/composer';
import type { SiteAdapter } from '../sites/types';

/** What the in-page notice must not cover, most important first: the chatbot's own error, then its composer. */
export function keepClearOf(doc: Document, site: SiteAdapter): Element[] {
  const composer = composerElement(doc, site);
  return [locateFailure(doc, site, composer)?.element, composer?.closest('form') ?? composer].filter((element) => element !== undefined);
}
