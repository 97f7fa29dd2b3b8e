import { describe, expect, it } from 'vitest';
import { parseJsonExport } from '../../lib/export/import';

const good = {
  id: 'a',
  site: 'chatgpt',
  text: 'hello',
  url: '',
  status: 'sent',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:01Z',
};
const file = (prompts: unknown[], extra: object = {}) => JSON.stringify({ format: 'detour-prompts', version: 1, exportedAt: '2026-01-02T00:00:00Z', prompts, ...extra });

describe('importing a Detour export', () => {
  it('refuses what is not JSON, saying so', () => {
    const result = parseJsonExport('{"format": "detour-prompts", "prompts": [');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^This file is not valid JSON/);
  });

  it('refuses JSON that is not a Detour export', () => {
    expect(parseJsonExport('[1,2,3]')).toEqual({ ok: false, error: 'This is not a Detour export: it has no "format": "detour-prompts".' });
    expect(parseJsonExport('{"format":"other"}').ok).toBe(false);
  });

  it('refuses an export from a newer Detour, telling the person to update', () => {
    const result = parseJsonExport(JSON.stringify({ format: 'detour-prompts', version: 99, prompts: [] }));
    expect(result).toEqual({ ok: false, error: 'This export was made by a newer Detour (format version 99); update Detour to import it.' });
  });

  it('refuses an export without a prompts list or a version', () => {
    expect(parseJsonExport(JSON.stringify({ format: 'detour-prompts', version: 1 })).ok).toBe(false);
    expect(parseJsonExport(JSON.stringify({ format: 'detour-prompts', prompts: [] })).ok).toBe(false);
  });

  it('skips each bad prompt with a reason and keeps the good ones', () => {
    const result = parseJsonExport(
      file([good, { ...good, id: 'b', site: 'bard' }, { ...good, id: 'c', text: '   ' }, { ...good, id: 'd', createdAt: 'yesterday' }, 42]),
    );
    expect(result.ok && result.prompts.map((prompt) => prompt.id)).toEqual(['a']);
    expect(result.ok && result.errors).toEqual([
      'Prompt 2 was skipped: "site" is "bard", not one of chatgpt, claude, gemini, copilot, perplexity, mistral, deepseek, grok.',
      'Prompt 3 was skipped: "text" is empty.',
      'Prompt 4 was skipped: "createdAt" is not a date (ISO 8601, like 2026-01-31T12:00:00Z).',
      'Prompt 5 was skipped: it is not an object.',
    ]);
  });

  it('keeps the newest copy of a prompt listed twice', () => {
    const result = parseJsonExport(file([good, { ...good, text: 'newer', updatedAt: '2026-03-01T00:00:00Z' }]));
    expect(result.ok && result.prompts.map((prompt) => prompt.text)).toEqual(['newer']);
  });

  it('lists the first problems and counts the rest', () => {
    const result = parseJsonExport(file(Array.from({ length: 25 }, () => 7)));
    expect(result.ok && result.errors).toHaveLength(21);
    expect(result.ok && result.errors.at(-1)).toBe('…and 5 more skipped.');
  });

  it('accepts a byte-order mark and any Unicode in the text', () => {
    const text = 'Ünïcödé 🙂 \u202etxt.exe עברית';
    const result = parseJsonExport(`\ufeff${file([{ ...good, text }])}`);
    expect(result.ok && result.prompts[0]?.text).toBe(text);
  });
});
