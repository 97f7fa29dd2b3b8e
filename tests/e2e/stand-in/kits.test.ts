import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isGenerating } from '../../../lib/page/conversation';
import { firstShown } from '../../../lib/page/dom';
import { detectFailure } from '../../../lib/detect/failure';
import { siteById } from '../../../lib/sites';
import { FIXTURE_ROOT } from '../../fixtures';
import { KITS } from './kits';
import type { StandInKit } from './kits/types';

/**
 * Each stand-in page must read, through Detour's own adapter, the way its fixtures do: healthy
 * when healthy, generating while streaming, and each failure as that failure. A kit that drifts
 * from the adapter (or the other way round) fails here before it can make a browser test lie.
 */

/** What the editor library puts in the mount, as far as selectors can tell. */
function editorElement(kit: StandInKit): string {
  const attributes = Object.entries(kit.editorAttributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  switch (kit.editor) {
    case 'prosemirror':
      return `<div contenteditable="true" class="ProseMirror"${attributes}><p><br class="ProseMirror-trailingBreak"></p></div>`;
    case 'quill':
      return `<div class="ql-container"><div class="ql-editor ql-blank" contenteditable="true"${attributes}><p><br></p></div><div class="ql-clipboard" contenteditable="true" tabindex="-1"></div></div>`;
    case 'lexical':
      return `<div contenteditable="true" data-lexical-editor="true"${attributes}><p><br></p></div>`;
    case 'react-textarea':
    case 'svelte-textarea':
      return `<textarea${attributes}></textarea>`;
  }
}

function render(
  kit: StandInKit,
  options: { reply?: Parameters<StandInKit['assistantTurn']>[0]; generating?: boolean; hasText?: boolean; toast?: string; dialog?: string },
): Document {
  const turns = [kit.userTurn('Give me three names for a bakery.', 1), options.reply ? kit.assistantTurn(options.reply, 2) : '']
    .filter(Boolean)
    .join('\n');
  const doc = new DOMParser().parseFromString(kit.page(turns, 'Bakery'), 'text/html');
  doc.querySelector(kit.places.editorMount)!.innerHTML = editorElement(kit);
  doc.querySelector(kit.places.controls)!.innerHTML = kit.composerControls({
    generating: options.generating ?? false,
    hasText: options.hasText ?? false,
  });
  if (options.toast) doc.querySelector(kit.places.toasts)!.innerHTML = kit.toast(options.toast);
  if (options.dialog) doc.body.insertAdjacentHTML('beforeend', kit.dialog(options.dialog));
  return doc;
}

const done = { html: '<p>Crumb &amp; Brew, The Daily Rise, Knead Coffee.</p>', streaming: false };

describe.each(KITS.map((kit) => [kit.site, kit] as const))('the %s stand-in', (id, kit) => {
  const site = siteById(id)!;

  it('is served at a host of its site', () => {
    expect(site.hosts).toContain(kit.host);
  });

  it('reads as healthy after an answer, with the composer and send button where the adapter looks', () => {
    const doc = render(kit, { reply: done, hasText: true });
    expect(detectFailure(doc, site)).toBeUndefined();
    expect(isGenerating(doc, site)).toBe(false);
    expect(firstShown(doc, site.selectors.composer)).toBeDefined();
    expect(firstShown(doc, site.selectors.sendButton)?.matches(kit.places.send)).toBe(true);
  });

  it('reads as generating while the reply streams', () => {
    const doc = render(kit, { reply: { html: '<p>Crumb</p>', streaming: true }, generating: true });
    expect(detectFailure(doc, site)).toBeUndefined();
    expect(isGenerating(doc, site)).toBe(true);
  });

  // Where the site shows a failed reply: in the reply (most), or as a toast (the stand-in app does the same).
  const place = kit.generationErrorIn ?? 'turn';
  const failed = (html: string, error: string) =>
    place === 'toast' ? { reply: { html, streaming: false }, toast: error } : { reply: { html, streaming: false, error } };
  it.each([
    ['generation error', (k: StandInKit) => failed('<p>Crumb</p>', k.texts.generationError)],
    ['network error', (k: StandInKit) => failed('', k.texts.networkError)],
  ] as const)(`reads a %s as a failure in the ${place}`, (_, options) => {
    const failure = detectFailure(render(kit, options(kit)), site);
    expect(failure).toMatchObject({ kind: 'error', place });
  });

  it('reads its rate-limit toast and its plan-limit dialog as limits', () => {
    expect(detectFailure(render(kit, { reply: done, toast: kit.texts.rateLimit }), site)).toMatchObject({ kind: 'limit', place: 'toast' });
    expect(detectFailure(render(kit, { reply: done, dialog: kit.texts.planLimit }), site)).toMatchObject({ kind: 'limit', place: 'dialog' });
  });

  it('serves a gateway error page from its fixtures', () => {
    expect(kit.gatewayErrorFixture).toMatch(/^page-/);
    expect(existsSync(join(FIXTURE_ROOT, id, kit.gatewayErrorFixture))).toBe(true);
  });
});
