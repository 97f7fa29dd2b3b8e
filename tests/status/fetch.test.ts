import { afterEach, describe, expect, it, vi } from 'vitest';
import { FETCH_TIMEOUT_MS, fetchStatus } from '../../lib/status/fetch';
import { fakeResponse, readStatusFixture, sourceOf } from './cases';

afterEach(() => {
  vi.useRealTimers();
});

describe('fetchStatus', () => {
  it('asks without cookies or the HTTP cache, and reads the answer', async () => {
    const source = sourceOf('claude');
    const fetch = vi.fn(async () => fakeResponse(readStatusFixture('claude-degraded.json'), { url: source.url }));
    const status = await fetchStatus(source, { fetch });
    expect(status.health).toBe('degraded');
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(source.url);
    expect(init).toMatchObject({ credentials: 'omit', cache: 'no-store' });
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it('gives up after the time-out and calls it unknown', async () => {
    vi.useFakeTimers();
    const fetch = vi.fn(
      (_url: string | URL | Request, init?: RequestInit) =>
        new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    const pending = fetchStatus(sourceOf('chatgpt'), { fetch });
    await vi.advanceTimersByTimeAsync(FETCH_TIMEOUT_MS - 1);
    let settled = false;
    void pending.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toMatchObject({ health: 'unknown', reason: 'timeout' });
  });

  it('times out a body that stalls after its headers', async () => {
    vi.useFakeTimers();
    const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) =>
      fakeResponse('', {
        text: () => new Promise<string>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
      }),
    );
    const pending = fetchStatus(sourceOf('claude'), { fetch, timeoutMs: 1_000 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await pending).toMatchObject({ health: 'unknown', reason: 'timeout' });
  });

  it('calls a network error unknown, never an outage', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await fetchStatus(sourceOf('gemini'), { fetch })).toMatchObject({ health: 'unknown', reason: 'network' });
  });

  it('reads a redirect to another page as moved', async () => {
    const fetch = vi.fn(async () =>
      fakeResponse(readStatusFixture('broken-redirect-to-html.html'), { contentType: 'text/html', url: 'https://www.perplexity.ai/' }),
    );
    expect(await fetchStatus(sourceOf('perplexity'), { fetch })).toMatchObject({ health: 'unknown', reason: 'moved' });
  });

  it('asks a feed for XML', async () => {
    const source = sourceOf('grok');
    const fetch = vi.fn(async () =>
      fakeResponse(readStatusFixture('grok-web-outage.xml'), { contentType: 'application/rss+xml', url: source.url }),
    );
    expect((await fetchStatus(source, { fetch })).health).toBe('down');
    const init = (fetch.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(new Headers(init.headers).get('accept')).toMatch(/xml/);
  });
});
