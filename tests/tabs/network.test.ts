import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DetourDb, openDb } from '../../lib/db/schema';
import { sightingsSince } from '../../lib/db/sightings';
import { readBadge } from '../setup';
import { carriesPrompt, chatEndpointPatterns, combinedHealth, failureOfError, failureOfStatus } from '../../lib/tabs/network';
import { SITES } from '../../lib/sites';
import { currentTab, noteChatRequest } from '../../lib/tabs/health';
import { putTabRecord } from '../../lib/tabs/records';

const describeStatus = (status: number) => `HTTP ${status}`;
const describeError = (error: string) => error;

describe('network evidence', () => {
  let db: DetourDb;
  let name: string;
  beforeEach(() => {
    name = `network-${crypto.randomUUID()}`;
    db = openDb(name);
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(name);
  });

  it('watches every site\'s chat endpoints, as valid match patterns', () => {
    const patterns = chatEndpointPatterns();
    expect(patterns.length).toBeGreaterThanOrEqual(SITES.length);
    for (const pattern of patterns) expect(pattern).toMatch(/^(https|wss):\/\/[^/*]+\/.*$/);
  });

  it('counts only requests that carry a prompt', () => {
    expect(carriesPrompt({ method: 'POST', type: 'xmlhttprequest' })).toBe(true);
    expect(carriesPrompt({ method: 'GET', type: 'websocket' })).toBe(true);
    expect(carriesPrompt({ method: 'GET', type: 'xmlhttprequest' })).toBe(false);
  });

  it('reads 5xx as a failure and 429 as a limit, and nothing else', () => {
    expect(failureOfStatus(502, describeStatus)).toEqual({ kind: 'network', place: 'network', text: 'HTTP 502' });
    expect(failureOfStatus(429, describeStatus)).toEqual({ kind: 'limit', place: 'network', text: 'HTTP 429' });
    for (const status of [200, 204, 301, 404, 413]) expect(failureOfStatus(status, describeStatus)).toBeUndefined();
  });

  it('reads a broken connection as a failure, but not a request stopped on purpose', () => {
    expect(failureOfError('net::ERR_CONNECTION_RESET', describeError)).toMatchObject({ kind: 'network' });
    expect(failureOfError('NS_ERROR_NET_RESET', describeError)).toMatchObject({ kind: 'network' });
    for (const stopped of ['net::ERR_ABORTED', 'NS_BINDING_ABORTED', 'net::ERR_BLOCKED_BY_CLIENT']) {
      expect(failureOfError(stopped, describeError)).toBeUndefined();
    }
  });

  it('lets what the page shows win, and counts a failed request while the page looks healthy', () => {
    const evidence = { site: 'chatgpt', failure: { kind: 'network', place: 'network', text: 'HTTP 502' }, at: 1 } as const;
    const pageFailure = { status: 'failed', failure: { kind: 'error', place: 'turn', text: 'Something went wrong' } } as const;
    expect(combinedHealth(pageFailure, evidence)).toBe(pageFailure);
    expect(combinedHealth({ status: 'healthy', answering: false }, evidence)).toEqual({ status: 'failed', failure: evidence.failure });
    expect(combinedHealth({ status: 'healthy', answering: false }, undefined)).toEqual({ status: 'healthy', answering: false });
  });

  it('flags a tab whose chat request failed, and clears it when a later one succeeds', async () => {
    await putTabRecord({ tabId: 4, site: 'chatgpt', url: 'https://chatgpt.com/c/1', health: { status: 'healthy', answering: false }, at: 1 });
    const request = { tabId: 4, url: 'https://chatgpt.com/backend-api/f/conversation', method: 'POST', type: 'xmlhttprequest' };
    await noteChatRequest(db, { ...request, statusCode: 502 }, 10);
    expect(await readBadge(4)).toEqual({ text: '!', title: 'Detour: ChatGPT failed: the chat request failed (HTTP 502)' });
    expect((await currentTab(4))?.health.status).toBe('failed');
    await noteChatRequest(db, { ...request, statusCode: 502 }, 12);
    expect(await sightingsSince(db, 0)).toMatchObject({ chatgpt: { count: 1 } });

    await noteChatRequest(db, { ...request, statusCode: 200 }, 20);
    expect((await readBadge(4)).text).toBe('');
  });

  it('ignores requests of other hosts, of no tab, and that carry no prompt', async () => {
    await noteChatRequest(db, { tabId: 5, url: 'https://example.com/api', method: 'POST', type: 'xmlhttprequest', statusCode: 500 }, 1);
    await noteChatRequest(db, { tabId: -1, url: 'https://chatgpt.com/backend-api/f/conversation', method: 'POST', type: 'xmlhttprequest', statusCode: 500 }, 1);
    await noteChatRequest(db, { tabId: 5, url: 'https://chatgpt.com/backend-api/conversations', method: 'GET', type: 'xmlhttprequest', statusCode: 500 }, 1);
    expect(await currentTab(5)).toBeUndefined();
  });
});
