import { describe, expect, it } from 'vitest';
import { arrive, LOOP, loopOf, signInArrival, type Arrival } from '../../lib/tabs/navigation';

const at = (gate: Arrival['gate'], time: number): Arrival => ({ gate, at: time, site: 'chatgpt' });

describe('login and challenge loops', () => {
  it('counts arrivals at the sign-in page within a minute, each navigation once', () => {
    let arrivals: Arrival[] = [];
    for (const time of [0, 400, 20_000, 40_000]) arrivals = arrive(arrivals, at('sign-in', time));
    expect(arrivals.map((arrival) => arrival.at)).toEqual([0, 20_000, 40_000]);
    expect(loopOf(arrivals, undefined, 40_000)).toEqual({ gate: 'sign-in', count: LOOP.arrivals });
    expect(loopOf(arrivals.slice(0, 2), undefined, 20_000)).toBeUndefined();
  });

  it('forgets arrivals older than the window', () => {
    const arrivals = [at('challenge', 0), at('challenge', 10_000), at('challenge', 65_000)].reduce(arrive, [] as Arrival[]);
    expect(arrivals.map((arrival) => arrival.at)).toEqual([10_000, 65_000]);
    expect(loopOf([at('challenge', 0), at('challenge', 1500), at('challenge', 3000)], undefined, 65_000)).toBeUndefined();
  });

  it('is over once the tab reads a chat page after the last arrival (the person got in)', () => {
    const loop = [at('sign-in', 0), at('sign-in', 2000), at('sign-in', 4000)];
    const chat = { page: { kind: 'chat' as const, loadedAt: 5000 }, health: { status: 'healthy' as const, answering: false }, at: 5500 };
    expect(loopOf(loop, chat, 6000)).toBeUndefined();
    expect(loopOf(loop, { ...chat, page: { kind: 'sign-in', loadedAt: 5000 } }, 6000)).toBeDefined();
  });

  it('takes only a chatbot\'s sign-in pages for arrivals', () => {
    expect(signInArrival('https://chatgpt.com/auth/login', 5)).toEqual({ gate: 'sign-in', at: 5, site: 'chatgpt' });
    expect(signInArrival('https://chatgpt.com/c/abc', 5)).toBeUndefined();
    expect(signInArrival('https://example.com/login', 5)).toBeUndefined();
    expect(signInArrival(undefined, 5)).toBeUndefined();
  });
});
