import { describe, expect, it } from 'vitest';
import { Serial, SerialByKey } from '../../lib/messaging/serial';

/** A call that finishes when the test says so, logging when it starts and ends. */
function deferred(log: string[], name: string) {
  let settle!: { resolve: (value: string) => void; reject: (error: Error) => void };
  const call = () => {
    log.push(`start ${name}`);
    return new Promise<string>((resolve, reject) => (settle = { resolve, reject })).finally(() => log.push(`end ${name}`));
  };
  return { call, settle: () => settle };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Serial', () => {
  it('starts a call only when the one before has finished, in the order asked', async () => {
    const log: string[] = [];
    const serial = new Serial();
    const first = deferred(log, 'save');
    const second = deferred(log, 'outcome');
    const results = [serial.run(first.call), serial.run(second.call)];
    await tick();
    expect(log).toEqual(['start save']);
    first.settle().resolve('saved');
    await tick();
    expect(log).toEqual(['start save', 'end save', 'start outcome']);
    second.settle().resolve('recorded');
    expect(await Promise.all(results)).toEqual(['saved', 'recorded']);
  });

  it('gives a failure to its own caller and still runs the next call', async () => {
    const serial = new Serial();
    const failing = serial.run(() => Promise.reject(new Error('disk full')));
    const next = serial.run(async () => 'ran');
    await expect(failing).rejects.toThrow('disk full');
    await expect(next).resolves.toBe('ran');
  });
});

describe('SerialByKey', () => {
  it('runs calls of one key in order and calls of another key alongside', async () => {
    const log: string[] = [];
    const serial = new SerialByKey<number>();
    const first = deferred(log, 'tab 1 first');
    const second = deferred(log, 'tab 1 second');
    const other = deferred(log, 'tab 2');
    const results = [serial.run(1, first.call), serial.run(1, second.call), serial.run(2, other.call)];
    await tick();
    expect(log).toEqual(['start tab 1 first', 'start tab 2']);
    first.settle().resolve('a');
    await tick();
    expect(log).toEqual(['start tab 1 first', 'start tab 2', 'end tab 1 first', 'start tab 1 second']);
    second.settle().resolve('b');
    other.settle().resolve('c');
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c']);
  });

  it('gives a failure to its own caller and still runs the next call of that key', async () => {
    const serial = new SerialByKey<string>();
    const failing = serial.run('k', () => Promise.reject(new Error('gone')));
    const next = serial.run('k', async () => 'ran');
    await expect(failing).rejects.toThrow('gone');
    await expect(next).resolves.toBe('ran');
  });
});
