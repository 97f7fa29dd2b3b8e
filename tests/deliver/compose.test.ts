import { describe, expect, it } from 'vitest';
import { composeOutgoing, DEFAULT_PROMPT_CHARS, promptLimit } from '../../lib/deliver/compose';
import type { PromptRecord, Turn } from '../../lib/model';
import { SITES } from '../../lib/sites';

const record = (context: Turn[], text = 'Now write a two-line slogan for the second one.'): PromptRecord => ({
  id: 'p1',
  site: 'chatgpt',
  text,
  url: 'https://chatgpt.com/c/1',
  createdAt: 0,
  updatedAt: 0,
  status: 'failed',
  context,
});
const turn = (author: Turn['author'], text: string): Turn => ({ author, text });
const conversation = [turn('user', 'Give me three names for a bakery.'), turn('assistant', 'Crumb & Brew, The Daily Rise, Knead Coffee.')];

describe('the text sent to another chatbot', () => {
  it('is the prompt alone without context, whatever the target', () => {
    expect(composeOutgoing(record(conversation), false, { maxPromptChars: 100 })).toEqual({
      text: 'Now write a two-line slogan for the second one.',
      omittedTurns: 0,
      cutTurn: false,
    });
  });

  it('says where the earlier turns came from, labels each, and ends with the prompt', () => {
    expect(composeOutgoing(record(conversation), true, {}).text).toBe(
      [
        'For context, here is an earlier conversation I had with ChatGPT:',
        '',
        'Me:\nGive me three names for a bakery.',
        '',
        'ChatGPT:\nCrumb & Brew, The Daily Rise, Knead Coffee.',
        '',
        'My question now:\nNow write a two-line slogan for the second one.',
      ].join('\n'),
    );
  });

  it('keeps within the target\'s limit by dropping the oldest turns whole, and says how many', () => {
    const turns = Array.from({ length: 10 }, (_, index) => turn(index % 2 ? 'assistant' : 'user', `Turn ${index} `.padEnd(100, 'x')));
    const composed = composeOutgoing(record(turns), true, { maxPromptChars: 600 });
    expect(composed.text.length).toBeLessThanOrEqual(600);
    expect(composed.cutTurn).toBe(false);
    expect(composed.omittedTurns).toBeGreaterThan(0);
    expect(composed.text).toContain(`(${composed.omittedTurns} earlier messages are left out: they did not fit.)`);
    // The newest turns are the ones kept, each whole.
    const kept = turns.slice(composed.omittedTurns);
    for (const { text } of kept) expect(composed.text).toContain(text);
    expect(composed.text).not.toContain(turns[composed.omittedTurns - 1]!.text);
    expect(composed.text.endsWith('My question now:\nNow write a two-line slogan for the second one.')).toBe(true);
  });

  it('cuts a turn only when the newest one alone is too long, keeping its end, and says so', () => {
    const long = `${'a'.repeat(900)}THE END`;
    const composed = composeOutgoing(record([turn('user', 'Earlier question'), turn('assistant', long)]), true, { maxPromptChars: 500 });
    expect(composed).toMatchObject({ cutTurn: true, omittedTurns: 1 });
    expect(composed.text.length).toBeLessThanOrEqual(500);
    expect(composed.text).toContain('ChatGPT:\n[…] aaa');
    expect(composed.text).toContain('THE END');
    expect(composed.text).not.toContain('Earlier question');
    expect(composed.text).toContain('(Only the end of the last message fits.)');
  });

  it('sends the prompt alone when the prompt leaves no room for any context', () => {
    const prompt = 'p'.repeat(480);
    expect(composeOutgoing(record(conversation, prompt), true, { maxPromptChars: 500 })).toEqual({ text: prompt, omittedTurns: 0, cutTurn: false });
  });

  it('uses each target\'s documented cap, and a conservative default where none is known', () => {
    expect(promptLimit(SITES.find((site) => site.id === 'copilot')!)).toBe(10_240);
    for (const site of SITES.filter((site) => site.maxPromptChars === undefined)) expect(promptLimit(site)).toBe(DEFAULT_PROMPT_CHARS);
    const turns = Array.from({ length: 40 }, (_, index) => turn(index % 2 ? 'assistant' : 'user', 'y'.repeat(1000)));
    expect(composeOutgoing(record(turns), true, {}).text.length).toBeLessThanOrEqual(DEFAULT_PROMPT_CHARS);
  });
});
