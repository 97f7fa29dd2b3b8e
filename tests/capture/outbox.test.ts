import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Outbox, type OutcomeRequest } from '../../lib/capture/outbox';
import type { PromptInput } from '../../lib/db/prompts';

const input = (id: string, text: string, sent = false): PromptInput => ({
  id,
  text,
  sent,
  site: 'chatgpt',
  url: 'https://chatgpt.com/',
  createdAt: 1,
});

describe('the outbox of a chat page', () => {
  let written: string[];
  let failing: Error | undefined;
  let failures: [unknown, PromptInput | undefined][];
  let recovered: number;
  let outbox: Outbox;

  beforeEach(() => {
    vi.useFakeTimers();
    written = [];
    failing = undefined;
    failures = [];
    recovered = 0;
    outbox = new Outbox({
      save: async (save) => {
        await Promise.resolve();
        if (failing) throw failing;
        written.push(`save ${save.id} ${save.text}${save.sent ? ' (sent)' : ''}`);
      },
      outcome: async (request: OutcomeRequest) => {
        if (failing) throw failing;
        written.push(`outcome ${request.id} ${request.outcome}`);
      },
      onFailure: (error, save) => failures.push([error, save]),
      onRecovered: () => recovered++,
      setTimeout: (run, ms) => setTimeout(run, ms),
    });
  });
  afterEach(() => vi.useRealTimers());

  it('writes each save at once, in order', async () => {
    outbox.save(input('p1', 'one'));
    await vi.advanceTimersByTimeAsync(0);
    outbox.save(input('p2', 'two'));
    await vi.advanceTimersByTimeAsync(0);
    expect(written).toEqual(['save p1 one', 'save p2 two']);
    expect(outbox.idle).toBe(true);
  });

  it('keeps a sent prompt whose save fails and writes it when the save works again, however the page moved on', async () => {
    failing = Object.assign(new Error('The quota has been exceeded.'), { code: 'quota' });
    outbox.save(input('p1', 'Plan a picnic'));
    outbox.save(input('p1', 'Plan a picnic for six', true));
    outbox.outcome({ id: 'p1', url: 'https://chatgpt.com/c/1', outcome: 'answered' });
    await vi.advanceTimersByTimeAsync(0);
    expect(written).toEqual([]);
    expect(failures[0]?.[1]).toMatchObject({ id: 'p1' });
    expect(outbox.pending()).toEqual([input('p1', 'Plan a picnic for six', true)]);
    failing = undefined;
    await vi.advanceTimersByTimeAsync(10_000);
    // The newest text of the prompt, as sent, then its outcome: never the stale draft.
    expect(written).toEqual(['save p1 Plan a picnic for six (sent)', 'outcome p1 answered']);
    expect(recovered).toBe(1);
    expect(outbox.idle).toBe(true);
  });

  it('never undoes a send with a later draft save of the same prompt', async () => {
    failing = new Error('Could not establish connection. Receiving end does not exist.');
    outbox.save(input('p1', 'sent text', true));
    await vi.advanceTimersByTimeAsync(0);
    outbox.save(input('p1', 'sent text'));
    failing = undefined;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(written).toEqual(['save p1 sent text (sent)']);
  });

  it('tries again sooner at first, then every 10 s, until it lands', async () => {
    failing = new Error('disk trouble');
    outbox.save(input('p1', 'x'));
    await vi.advanceTimersByTimeAsync(0);
    const tries = () => failures.length;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(tries()).toBe(2);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(tries()).toBe(3);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(tries()).toBe(4);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(tries()).toBe(5);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(tries()).toBe(6);
    failing = undefined;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(written).toEqual(['save p1 x']);
  });

  it('sends all it holds at once when the page goes away, without waiting for the save under way', async () => {
    const sent: string[] = [];
    let answer: () => void = () => undefined;
    const hurried = new Outbox({
      // The first save's answer comes only when the test says: the page may be gone by then.
      save: (save) => {
        sent.push(save.text);
        return sent.length === 1 ? new Promise<void>((resolve) => (answer = resolve)) : Promise.resolve();
      },
      outcome: async () => undefined,
      onFailure: () => undefined,
      onRecovered: () => undefined,
      setTimeout: (run, ms) => setTimeout(run, ms),
    });
    hurried.save(input('p1', 'Plan a pic'));
    hurried.save(input('p1', 'Plan a picnic'));
    await vi.advanceTimersByTimeAsync(0);
    // In order, one write at a time: the newest text waits for the answer to the one before.
    expect(sent).toEqual(['Plan a pic']);
    hurried.hurry();
    expect(sent).toEqual(['Plan a pic', 'Plan a picnic']);
    await vi.advanceTimersByTimeAsync(0);
    expect(hurried.holds('p1')).toBe(false);
    // The answer comes after all: nothing is sent twice.
    answer();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toEqual(['Plan a pic', 'Plan a picnic']);
    expect(hurried.idle).toBe(true);
  });

  it('writes nothing while held, then under the id the prompt was given', async () => {
    let release: () => void = () => undefined;
    outbox.hold(new Promise<void>((resolve) => (release = resolve)));
    outbox.save(input('new', 'Hello world'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(written).toEqual([]);
    outbox.rename('new', 'earlier');
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(written).toEqual(['save earlier Hello world']);
  });
});
