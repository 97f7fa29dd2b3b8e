import { describe, expect, it } from 'vitest';
import { detectFailure, locateFailure } from '../../lib/detect/failure';
import { isGenerating } from '../../lib/page/conversation';
import { chatgpt } from '../../lib/sites/chatgpt';
import { deepseek } from '../../lib/sites/deepseek';
import type { SiteAdapter } from '../../lib/sites/types';

/**
 * The site-independent layer on markup no adapter knows: the layout of a chat UI (a thread, then
 * a composer) with none of the adapter's classes or test ids, as after a redesign.
 */

function page(thread: string, after = '', lang = 'en'): Document {
  return new DOMParser().parseFromString(
    `<html lang="${lang}"><head><title>Chat</title></head><body><div id="app"><nav><a href="/c/1">Old chat: "Something went wrong"</a></nav>
      <main><div class="thread">${thread}</div>
      <form class="composer"><div contenteditable="true" role="textbox"><p><br></p></div><button aria-label="Send">↑</button></form></main></div>${after}</body></html>`,
    'text/html',
  );
}

const question = '<div class="row me"><div class="bubble">Give me three names for a bakery.</div></div>';
const answer = '<div class="row bot"><div class="md"><p>Here are three names:</p><ol><li>Crumb &amp; Brew</li><li>The Daily Rise</li></ol></div></div>';
const half = '<div class="row bot"><div class="md"><p>Here are three</p></div></div>';

function seen(doc: Document, site: SiteAdapter = chatgpt) {
  return detectFailure(doc, site);
}

describe('the site-independent layer', () => {
  it('reads an error block between a half-written answer and the composer', () => {
    const failure = seen(page(`${question}${half}<div class="err"><span>Something went wrong (1099)</span><button>Retry</button></div>`));
    expect(failure).toMatchObject({ kind: 'error', place: 'turn', text: 'Something went wrong (1099)' });
  });

  it('reads Chinese and Japanese errors, and a limit, in the last reply', () => {
    expect(seen(page(`${question}<div class="row bot"><div class="x"><span>服务器繁忙，请稍后再试。</span></div></div>`, '', 'zh-CN'), deepseek)).toMatchObject({ kind: 'error' });
    expect(seen(page(`${question}<div class="row bot"><div>応答の生成中にエラーが発生しました。</div></div>`, '', 'ja'))).toMatchObject({ kind: 'error' });
    expect(seen(page(`${question}<div class="row bot"><div>You've reached your limit. Try again at 5 PM.</div></div>`))).toMatchObject({ kind: 'limit' });
  });

  it('stays quiet on an error followed by a newer good answer', () => {
    expect(seen(page(`${question}<div class="err">Something went wrong.</div>${question}${answer}`))).toBeUndefined();
  });

  it('stays quiet on what someone wrote: a quote, code, a table, a list, prose, the last prompt sent', () => {
    const quoting = [
      `${question}<div class="row bot"><div class="md"><p>“Something went wrong” means the server failed.</p></div></div>`,
      `${question}<div class="row bot"><div class="md"><pre><code>HTTP/1.1 502 Bad Gateway</code></pre></div></div>`,
      `${question}<div class="row bot"><table><tr><td>Something went wrong</td><td>a 500</td></tr></table></div>`,
      `${question}<div class="row bot"><div class="md"><p>Two causes:</p><p>Something went wrong on the server, or the network.</p></div></div>`,
      `${question}<div class="row bot"><blockquote>Too many requests in 1 hour.</blockquote></div>`,
      `${answer}<div class="row me"><div class="bubble">"Something went wrong" again, why?</div></div>`,
    ];
    for (const thread of quoting) expect(seen(page(thread)), thread).toBeUndefined();
  });

  it('reads ARIA notices: a toast after the composer, a dialog, but not one an older message holds, nor one hidden', () => {
    expect(seen(page(`${question}${answer}`, '<div role="status"><div>Network error. Please try again.</div></div>'))).toMatchObject({ place: 'toast' });
    expect(seen(page(`${question}${answer}`, '<div role="dialog"><h2>You have hit the usage limit</h2><p>Upgrade to keep going.</p></div>'))).toMatchObject({ kind: 'limit', place: 'dialog' });
    const announcer = '<p role="alert" style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">Something went wrong - Chat</p>';
    expect(seen(page(`${question}${answer}`, announcer))).toBeUndefined();
    const old = `<div data-message-author-role="assistant"><div role="alert">Something went wrong.</div></div><div data-message-author-role="user"><div class="whitespace-pre-wrap">Again</div></div><div data-message-author-role="assistant"><div class="markdown"><p>Fine now.</p></div></div>`;
    expect(seen(page(old))).toBeUndefined();
  });

  it('reads a toast with no role from the portal after the composer', () => {
    expect(seen(page(`${question}${answer}`, '<div class="portal"><div class="t">Too many requests. Try again later.</div></div>'))).toMatchObject({ kind: 'limit', place: 'toast' });
  });

  it('gives the card a failure line belongs to, for its words and for the notice to keep clear of', () => {
    const doc = page(`${question}<div class="card"><div><span>18 hours before limit is gone</span></div><p>Wait or upgrade to SuperGrok.</p></div>`);
    const found = locateFailure(doc, { ...chatgpt, texts: { ...chatgpt.texts, limit: { en: ['wait or upgrade', 'before limit is gone'] } } });
    expect(found?.failure.text).toBe('18 hours before limit is gone Wait or upgrade to SuperGrok.');
    expect(found?.element?.className).toBe('card');
  });

  it('sees a reply under way by the stop control beside the composer, labelled or drawn', () => {
    const labelled = page(`${question}${half}`);
    labelled.querySelector('form')!.insertAdjacentHTML('beforeend', '<button aria-label="Stop generating">■</button>');
    expect(isGenerating(labelled, chatgpt)).toBe(true);
    const drawn = page(`${question}${half}`);
    drawn.querySelector('form')!.insertAdjacentHTML('beforeend', '<button><svg><rect width="10" height="10"></rect></svg></button>');
    expect(isGenerating(drawn, chatgpt)).toBe(true);
    const dictation = page(`${question}${half}`);
    dictation.querySelector('form')!.insertAdjacentHTML('beforeend', '<button aria-label="Stop dictation">■</button>');
    expect(isGenerating(dictation, chatgpt)).toBe(false);
  });
});

describe('whole pages', () => {
  const bare = (title: string, body: string) => new DOMParser().parseFromString(`<html><head><title>${title}</title></head><body>${body}</body></html>`, 'text/html');

  it('reads a 5xx, a capacity or maintenance page at any path, in any language', () => {
    expect(seen(bare('502', '<h1>502</h1><p>nginx</p>'))).toMatchObject({ kind: 'page', text: '502' });
    expect(seen(bare('Error', '<h1>503 Service Temporarily Unavailable</h1><hr><center>nginx</center>'))).toMatchObject({ kind: 'page' });
    expect(seen(bare('ChatGPT', '<div><p>ChatGPT is at capacity right now</p></div>'))).toMatchObject({ text: 'ChatGPT is at capacity right now' });
    expect(seen(bare('DeepSeek', '<h2>服务暂时不可用</h2>'), deepseek)).toMatchObject({ kind: 'page' });
    expect(seen(bare('Claude', '<h1>Claude will return soon</h1>'))).toMatchObject({ kind: 'page' });
  });

  it('takes a "verify you are human" challenge for a gate, not a failure', () => {
    expect(seen(bare('Just a moment...', '<h1>chatgpt.com</h1><p>Verify you are human by completing the action below.</p>'))).toBeUndefined();
  });

  it('never reads a page of content without a composer as an error page (a shared conversation)', () => {
    const paragraph = '<p>When nginx answers 502 Bad Gateway, the upstream did not answer in time; check its logs and the proxy timeout.</p>';
    expect(seen(bare('Fixing a 502 Bad Gateway', `<main><h1>Fixing a 502 Bad Gateway</h1>${paragraph.repeat(20)}</main>`))).toBeUndefined();
  });

  it('never reads a page with the app as an error page, whatever its title says', () => {
    const app = page(answer);
    app.title = '502 Bad Gateway: how to fix it';
    expect(seen(app)).toBeUndefined();
  });
});
