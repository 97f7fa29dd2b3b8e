import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_CHARS, parseJsonExport } from '../../lib/export/import';

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
      'Prompt 2 was skipped: "site" is "bard", not one of chatgpt, claude, gemini, copilot, perplexity, mistral, deepseek, grok, duckai, huggingchat, meta, poe, qwen, kimi.',
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

describe('why an imported prompt was skipped', () => {
  const skipped = (prompt: unknown) => {
    const result = parseJsonExport(file([prompt]));
    return result.ok ? result.errors : [result.error];
  };

  it('names a nested field by its path, and what it had to be', () => {
    expect(skipped({ ...good, failure: { kind: 'oops', place: 'turn', text: '', at: good.createdAt } })).toEqual([
      'Prompt 1 was skipped: "failure.kind" is "oops", not one of error, limit, page, network.',
    ]);
    expect(skipped({ ...good, context: [{ author: 'user', text: 'hi' }, 'hi'] })).toEqual([
      'Prompt 1 was skipped: "context[1]" is not an object.',
    ]);
    expect(skipped({ ...good, context: [{ author: 'bot', text: 'hi' }] })).toEqual([
      'Prompt 1 was skipped: "context[0].author" is "bot", not one of user, assistant.',
    ]);
    expect(skipped({ ...good, context: 'hi' })).toEqual(['Prompt 1 was skipped: "context" is not a list.']);
    expect(skipped({ ...good, stall: 'long' })).toEqual(['Prompt 1 was skipped: "stall" is not an object.']);
  });

  it('says the same of a missing field as of a wrong one', () => {
    const { site: _site, createdAt: _createdAt, ...rest } = good;
    expect(skipped({ ...rest, createdAt: good.createdAt })).toEqual([
      'Prompt 1 was skipped: "site" is undefined, not one of chatgpt, claude, gemini, copilot, perplexity, mistral, deepseek, grok, duckai, huggingchat, meta, poe, qwen, kimi.',
    ]);
    expect(skipped({ ...rest, site: 'claude' })).toEqual([
      'Prompt 1 was skipped: "createdAt" is not a date (ISO 8601, like 2026-01-31T12:00:00Z).',
    ]);
    expect(skipped({ ...good, url: undefined })).toEqual(['Prompt 1 was skipped: "url" is missing or not text.']);
  });

  it('refuses an id that is not text, empty or longer than 200 characters', () => {
    expect(skipped({ ...good, id: 42 })).toEqual(['Prompt 1 was skipped: "id" is missing or not text.']);
    expect(skipped({ ...good, id: '' })).toEqual(['Prompt 1 was skipped: "id" is empty.']);
    expect(skipped({ ...good, id: ' \n' })).toEqual(['Prompt 1 was skipped: "id" is empty.']);
    expect(skipped({ ...good, id: 'x'.repeat(201) })).toEqual(['Prompt 1 was skipped: "id" is longer than 200 characters.']);
    expect(skipped({ ...good, id: 'x'.repeat(200) })).toEqual([]);
  });

  it('reads any date Date.parse reads, not only the form Detour writes', () => {
    for (const date of ['2026-01-01', '2026-01-01T00:00:00', 'Thu, 01 Jan 2026 00:00:00 GMT', '2026-01-01T05:30:00.123456+05:30']) {
      const result = parseJsonExport(file([{ ...good, createdAt: date }]));
      expect(result.ok && result.prompts[0]?.createdAt).toBe(Date.parse(date));
    }
  });

  it('refuses a time before 1970, which the model does not keep', () => {
    expect(skipped({ ...good, sentAt: '1969-12-31T23:59:59Z' })).toEqual(['Prompt 1 was skipped: "sentAt" is before 1970.']);
  });

  it('reads a stall length that is not a non-negative number as 0', () => {
    const at = good.createdAt;
    const stalls = [
      { reason: 'no-reply', at, seconds: -5 },
      { reason: 'no-reply', at, seconds: '30' },
      { reason: 'no-reply', at },
      { reason: 'no-progress', at, seconds: 12.5 },
    ];
    const result = parseJsonExport(file(stalls.map((stall, index) => ({ ...good, id: `s${index}`, status: 'stalled', stall }))));
    expect(result.ok && result.prompts.map((prompt) => prompt.stall?.seconds)).toEqual([0, 0, 0, 12.5]);
  });

  it('leaves out fields Detour does not know, and the retry offer', () => {
    const result = parseJsonExport(file([{ ...good, colour: 'red', retryOfferedAt: good.createdAt }]));
    expect(result.ok && result.prompts[0]).toEqual({ ...good, createdAt: Date.parse(good.createdAt), updatedAt: Date.parse(good.updatedAt) });
  });
});

describe('refusing a whole file', () => {
  const error = (input: string) => {
    const result = parseJsonExport(input);
    return result.ok ? undefined : result.error;
  };
  const envelope = (fields: object) => JSON.stringify({ format: 'detour-prompts', version: 1, prompts: [], ...fields });

  it('names what is wrong with the envelope', () => {
    expect(error('null')).toBe('This is not a Detour export: it has no "format": "detour-prompts".');
    expect(error('{"version":1,"prompts":[]}')).toBe('This is not a Detour export: it has no "format": "detour-prompts".');
    for (const version of ['1', 1.5, 0, null]) expect(error(envelope({ version }))).toBe('This Detour export has no valid "version".');
    expect(error(envelope({ prompts: {} }))).toBe('This Detour export has no "prompts" list.');
    expect(error(envelope({ version: 2 }))).toBe('This export was made by a newer Detour (format version 2); update Detour to import it.');
    expect(error(envelope({}))).toBeUndefined();
  });

  it('refuses a file too large to be an export without reading it', () => {
    expect(error(' '.repeat(MAX_IMPORT_CHARS + 1))).toBe('This file is too large to be a Detour export (over 256 MB).');
  });
});
