import type { PageKind } from '../model';
import { type Composer, findComposer } from '../page/composer';
import { lastTurn } from '../page/tail';
import { isSignInUrl } from '../sites/pages';
import type { SiteAdapter } from '../sites/types';
import { readBlocks } from './blocks';
import { isChallengePage } from './error-page';

/**
 * What Detour can make of a page, beside what it shows: which kind of page it is, and whether the
 * adapter still finds the composer and the conversation. A chat page where it finds neither for a
 * while is one Detour cannot read (the site changed), or one that never rendered (a blank screen).
 */
export interface Sight {
  readonly kind: PageKind;
  /** The adapter finds the composer. */
  readonly composer: boolean;
  /** The adapter finds the conversation's turns. */
  readonly thread: boolean;
  /** Something a person can type in is on the page, whether the adapter knows it or not. */
  readonly editable: boolean;
  /** The page drew more than an empty shell. */
  readonly rendered: boolean;
}

/** Text a page must show to count as drawn: a shell with a spinner or a "Loading…" has less. */
const RENDERED_CHARS = 40;

/** Each site's new-chat path, parsed once (a URL parsed every look was a twentieth of a look). */
const newChatPaths = new WeakMap<SiteAdapter, string>();

/** Where chatting happens: the site's new-chat page or a conversation's. */
function isChatUrl(url: URL, site: SiteAdapter): boolean {
  let path = newChatPaths.get(site);
  if (path === undefined) newChatPaths.set(site, (path = new URL(site.newChatUrl).pathname));
  return url.pathname === path || site.conversationId(url) !== undefined;
}

export function takeSight(doc: Document, site: SiteAdapter, url: URL, found: Composer = findComposer(doc, site)): Sight {
  const composer = found.known !== undefined;
  // The look's last turn, found anyway: a query for the first one runs the turn selector down the
  // page up to it (costly where it uses `:has()`).
  const thread = lastTurn(doc, site) !== undefined;
  // The cheap answer for a page the adapter reads; the rest only when it does not.
  if (composer) return { kind: isSignInUrl(url, site) ? 'sign-in' : isChatUrl(url, site) ? 'chat' : 'other', composer, thread, editable: true, rendered: true };
  const editable = found.found !== undefined;
  const body = doc.body;
  const rendered = !!body && readBlocks(body, { direction: 'within', maxChars: RENDERED_CHARS, shownOnly: true }).reduce((chars, block) => chars + block.text.length, 0) >= RENDERED_CHARS;
  let kind: PageKind = 'other';
  if (isSignInUrl(url, site)) kind = 'sign-in';
  else if (isChallengePage(doc)) kind = 'challenge';
  else if (isChatUrl(url, site)) kind = 'chat';
  return { kind, composer, thread, editable, rendered };
}
