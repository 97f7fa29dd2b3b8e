import { describe, expect, it } from 'vitest';
import {
  health,
  initialState,
  nextDeadline,
  observe,
  outcomeBetween,
  sent,
  type ChatState,
  type Snapshot,
} from '../../lib/detect/chat-state';
import type { Failure } from '../../lib/model';
import type { Sight } from '../../lib/detect/sight';

const timing = { stallMs: 60_000, noReplyMs: 30_000 };
const toast: Failure = { kind: 'limit', place: 'toast', text: 'Too many requests in 1 hour. Try again later.' };

function snap(overrides: Partial<Snapshot> = {}): Snapshot {
  return { failure: undefined, generating: false, mark: '2:assistant:10:done', lastAuthor: 'assistant', conversation: 'c1', ...overrides };
}

/** Runs a sequence of [time, snapshot] observations from an initial page. */
function run(start: ChatState, steps: [number, Partial<Snapshot>][]): ChatState {
  return steps.reduce((state, [at, overrides]) => observe(state, snap(overrides), at, timing), start);
}

describe('chat state', () => {
  it('is healthy and idle on a quiet page', () => {
    expect(health(initialState(snap(), 0))).toEqual({ status: 'healthy', answering: false });
  });

  it('reports a failure the page shows, and keeps a toast that vanished until the chat moves on', () => {
    const base = initialState(snap(), 0);
    const failed = observe(base, snap({ failure: toast }), 1000, timing);
    expect(health(failed)).toEqual({ status: 'failed', failure: toast });
    const toastGone = observe(failed, snap(), 5000, timing);
    expect(health(toastGone).status).toBe('failed');
    const moved = observe(toastGone, snap({ mark: '4:assistant:20:new reply' }), 9000, timing);
    expect(health(moved)).toEqual({ status: 'healthy', answering: false });
  });

  it('clears a failure when the user sends again', () => {
    const failed = observe(initialState(snap(), 0), snap({ failure: toast }), 1000, timing);
    expect(health(sent(failed, 2000))).toEqual({ status: 'healthy', answering: true });
  });

  it('calls a reply that stops moving a stall after stallMs, and not before', () => {
    const start = initialState(snap(), 0);
    const streaming = run(start, [
      [1000, { generating: true, mark: '3:assistant:5:a' }],
      [2000, { generating: true, mark: '3:assistant:9:ab' }],
    ]);
    expect(health(observe(streaming, snap({ generating: true, mark: '3:assistant:9:ab' }), 61_999, timing)).status).toBe('healthy');
    const stalled = observe(streaming, snap({ generating: true, mark: '3:assistant:9:ab' }), 62_000, timing);
    expect(health(stalled)).toEqual({ status: 'stalled', stall: { reason: 'no-progress', seconds: 60 } });
    expect(nextDeadline(streaming, timing)).toBe(62_000);
  });

  it('ends a stall when the reply moves again or generation stops', () => {
    const stalled = run(initialState(snap(), 0), [
      [1000, { generating: true, mark: 'm1' }],
      [70_000, { generating: true, mark: 'm1' }],
    ]);
    expect(health(stalled).status).toBe('stalled');
    expect(health(observe(stalled, snap({ generating: true, mark: 'm2' }), 71_000, timing)).status).toBe('healthy');
    expect(health(observe(stalled, snap({ generating: false, mark: 'm1' }), 71_000, timing)).status).toBe('healthy');
  });

  it('calls a send with no reply started a stall after noReplyMs', () => {
    const waiting = sent(initialState(snap(), 0), 1000);
    const userTurnShown = observe(waiting, snap({ lastAuthor: 'user', mark: '3:user:12:x' }), 1200, timing);
    expect(nextDeadline(userTurnShown, timing)).toBe(31_000);
    const stalled = observe(userTurnShown, snap({ lastAuthor: 'user', mark: '3:user:12:x' }), 31_000, timing);
    expect(health(stalled)).toEqual({ status: 'stalled', stall: { reason: 'no-reply', seconds: 30 } });
  });

  it('counts a reply as started when generation starts or an assistant turn appears', () => {
    const waiting = sent(initialState(snap(), 0), 1000);
    expect(observe(waiting, snap({ generating: true }), 2000, timing).awaiting).toBeUndefined();
    expect(observe(waiting, snap({ mark: '4:assistant:3:new' }), 2000, timing).awaiting).toBeUndefined();
  });

  it('keeps waiting when a new chat gets its conversation id after the first send', () => {
    const fresh = initialState(snap({ conversation: undefined, mark: '0' }), 0);
    const waiting = sent(fresh, 1000);
    const renamed = observe(waiting, snap({ conversation: 'c9', lastAuthor: 'user', mark: '1:user:4:hi' }), 1500, timing);
    expect(renamed.awaiting).toBeDefined();
  });

  it('starts afresh in another conversation', () => {
    const failed = observe(initialState(snap(), 0), snap({ failure: toast }), 1000, timing);
    const elsewhere = observe(failed, snap({ conversation: 'c2' }), 2000, timing);
    expect(health(elsewhere)).toEqual({ status: 'healthy', answering: false });
  });

  it('names what became of an exchange', () => {
    const waiting = sent(initialState(snap(), 0), 0);
    const streaming = observe(waiting, snap({ generating: true, mark: 'a' }), 1000, timing);
    const done = observe(streaming, snap({ generating: false, mark: 'b' }), 2000, timing);
    expect(outcomeBetween(waiting, streaming)).toBeUndefined();
    expect(outcomeBetween(streaming, done)).toBe('answered');
    expect(outcomeBetween(streaming, observe(streaming, snap({ failure: toast }), 2000, timing))).toBe('failed');
    const stalled = observe(streaming, snap({ generating: true, mark: 'a' }), 70_000, timing);
    expect(outcomeBetween(streaming, stalled)).toBe('stalled');
    expect(outcomeBetween(stalled, observe(stalled, snap({ generating: false, mark: 'c' }), 71_000, timing))).toBe('answered');
  });

  describe('a page Detour cannot read', () => {
    const rules = { ...timing, blank: { ms: 20_000, text: (seconds: number) => `blank after ${seconds} s` } };
    const sight = (overrides: Partial<Sight> = {}): Sight => ({ kind: 'chat', composer: true, thread: true, editable: true, rendered: true, ...overrides });
    // null: a new chat, whose URL names no conversation yet.
    const look = (state: ChatState, at: number, overrides: Partial<Sight>, conversation: string | null = 'c1') =>
      observe(state, snap({ sight: sight(overrides), conversation: conversation ?? undefined }), at, rules);

    it('is blank when no composer and nothing drawn lasts the set time: a failure', () => {
      const loading = look(initialState(snap(), 0), 0, { composer: false, editable: false, rendered: false });
      expect(health(loading).status).toBe('healthy');
      expect(nextDeadline(loading, rules)).toBe(20_000);
      const blank = look(loading, 20_000, { composer: false, editable: false, rendered: false });
      expect(health(blank)).toEqual({ status: 'failed', failure: { kind: 'page', place: 'page', text: 'blank after 20 s' } });
      expect(health(look(blank, 21_000, {})).status).toBe('healthy');
    });

    it('is blind when the adapter finds no composer, or on a conversation no turns, for the set time; never on other pages', () => {
      const start = initialState(snap(), 0);
      expect(health(look(look(start, 0, { composer: false }), 20_000, { composer: false }))).toEqual({ status: 'blind', reason: 'no-composer' });
      expect(health(look(look(start, 0, { thread: false }), 20_000, { thread: false }))).toEqual({ status: 'blind', reason: 'no-thread' });
      expect(health(look(look(start, 0, { thread: false }, null), 20_000, { thread: false }, null)).status).toBe('healthy');
      const signIn = { kind: 'sign-in' as const, composer: false, editable: false, rendered: false };
      expect(health(look(look(start, 0, signIn), 60_000, signIn)).status).toBe('healthy');
    });

    it('starts the clock again when what is wrong changes, and lets a failure the page shows win', () => {
      const start = look(initialState(snap(), 0), 0, { composer: false, editable: false, rendered: false });
      const drawn = look(start, 15_000, { composer: false });
      expect(health(look(drawn, 20_000, { composer: false })).status).toBe('healthy');
      expect(health(look(drawn, 35_000, { composer: false })).status).toBe('blind');
      const failing = observe(drawn, snap({ failure: toast, sight: sight({ composer: false }) }), 40_000, rules);
      expect(health(failing)).toEqual({ status: 'failed', failure: toast });
    });
  });
});
