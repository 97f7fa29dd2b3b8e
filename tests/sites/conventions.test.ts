import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chatbotMatchPatterns, SITES, siteForUrl } from '../../lib/sites';
import { SITE_IDS } from '../../lib/sites/types';
import { FIXTURE_ROOT, fixtureNames, fixtureState, loadFixture, readFixture, STATES } from '../fixtures';

/** Conventions every site adapter keeps, so a new one cannot arrive half-done. */
describe.each(SITES.map((site) => [site.id, site] as const))('%s adapter', (id, site) => {
  it('has a fixture for every state', () => {
    const states = new Set(fixtureNames(id).map(fixtureState));
    expect([...STATES].filter((state) => !states.has(state))).toEqual([]);
  });

  it('names each fixture by its state and cites its sources', () => {
    for (const name of fixtureNames(id)) {
      expect(fixtureState(name), name).toBeDefined();
      expect(readFixture(id, name), name).toMatch(/<!--[\s\S]*Sources:[\s\S]*-->/);
    }
  });

  it('has a SOURCES.md listing its evidence', () => {
    expect(existsSync(join(FIXTURE_ROOT, id, 'SOURCES.md'))).toBe(true);
  });

  it('says which words every failure fixture must be reported with', () => {
    for (const name of fixtureNames(id).filter((file) => /^(error|limit|page)-/.test(file))) {
      const doc = loadFixture(id, name);
      expect(doc.querySelector('meta[name="detour:place"]')?.getAttribute('content'), name).toBeTruthy();
      expect(doc.querySelector('meta[name="detour:text"]')?.getAttribute('content'), name).toBeTruthy();
    }
  });

  it('uses only valid selectors', () => {
    for (const [key, selector] of Object.entries(site.selectors)) {
      expect(() => document.querySelector(selector), key).not.toThrow();
    }
  });

  it('is served on hosts no other adapter claims', () => {
    const others = SITES.filter((other) => other.id !== id).flatMap((other) => other.hosts);
    expect(site.hosts.filter((host) => others.includes(host))).toEqual([]);
  });
});

describe('the registry', () => {
  it('claims a chat that is only part of its host under its path alone', () => {
    expect(siteForUrl('https://huggingface.co/chat/conversation/66f0a1')?.id).toBe('huggingchat');
    expect(siteForUrl('https://huggingface.co/chat')?.id).toBe('huggingchat');
    for (const url of ['https://huggingface.co/models', 'https://huggingface.co/chatbots', 'https://huggingface.co/']) expect(siteForUrl(url), url).toBeUndefined();
    expect(chatbotMatchPatterns()).toContain('https://huggingface.co/chat/*');
    expect(chatbotMatchPatterns()).not.toContain('https://huggingface.co/*');
  });

  it('says of every chatbot whether it needs an account, and knows some that do not', () => {
    for (const site of SITES) expect(typeof site.needsAccount, site.id).toBe('boolean');
    expect(SITES.filter((site) => !site.needsAccount).map((site) => site.id)).toEqual(['duckai', 'qwen']);
  });

  it('lists each site once, under an id the types know', () => {
    const ids = SITES.map((site) => site.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(SITE_IDS).toContain(id);
  });
});
