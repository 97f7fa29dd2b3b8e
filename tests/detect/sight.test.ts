import { describe, expect, it } from 'vitest';
import { takeSight } from '../../lib/detect/sight';
import { isSignInUrl } from '../../lib/sites';
import { chatgpt } from '../../lib/sites/chatgpt';
import { deepseek } from '../../lib/sites/deepseek';
import { loadFixture } from '../fixtures';

const doc = (body: string, title = 'ChatGPT') => new DOMParser().parseFromString(`<html><head><title>${title}</title></head><body>${body}</body></html>`, 'text/html');

describe('what Detour can make of a page', () => {
  it('knows a chat page it reads', () => {
    expect(takeSight(loadFixture('chatgpt', 'healthy-conversation.html'), chatgpt, new URL('https://chatgpt.com/c/68f0a1b2'))).toEqual({
      kind: 'chat', composer: true, thread: true, editable: true, rendered: true,
    });
  });

  it('tells a blank shell from a page it cannot read, by whether anything was drawn or can be typed in', () => {
    const url = new URL('https://chatgpt.com/');
    expect(takeSight(doc('<div id="root"></div><script>/* app */</script>'), chatgpt, url)).toMatchObject({ kind: 'chat', composer: false, editable: false, rendered: false });
    expect(takeSight(doc('<main><textarea class="new-composer"></textarea></main>'), chatgpt, url)).toMatchObject({ composer: false, editable: true });
  });

  it('knows sign-in pages, the common paths and the site\'s own, and challenge pages', () => {
    expect(isSignInUrl(new URL('https://chatgpt.com/auth/login?next=/'), chatgpt)).toBe(true);
    expect(isSignInUrl(new URL('https://chat.deepseek.com/sign_in'), deepseek)).toBe(true);
    expect(isSignInUrl(new URL('https://claude.ai/en/login'), chatgpt)).toBe(true);
    expect(isSignInUrl(new URL('https://chatgpt.com/c/login-help'), chatgpt)).toBe(false);
    expect(takeSight(doc('<form><input type="password"></form>', 'Log in'), chatgpt, new URL('https://chatgpt.com/auth/login')).kind).toBe('sign-in');
    expect(takeSight(loadFixture('perplexity', 'negative-cloudflare-challenge.html'), chatgpt, new URL('https://chatgpt.com/')).kind).toBe('challenge');
    expect(takeSight(doc('<h1>Settings</h1>'), chatgpt, new URL('https://chatgpt.com/gpts')).kind).toBe('other');
  });
});
