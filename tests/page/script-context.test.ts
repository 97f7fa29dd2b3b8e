import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ScriptContext } from '../../lib/page/script-context';

describe('the lifetime of a copy of the content script', () => {
  it('ends the older copy when a newer one starts in the same world, handing over its state', () => {
    const scope = {};
    const older = new ScriptContext<{ draft: string }>('chat', scope);
    older.onHandOver(() => ({ draft: 'Hello wor' }));
    const ended = vi.fn();
    older.onInvalidated(ended);
    const newer = new ScriptContext<{ draft: string }>('chat', scope);
    expect(ended).toHaveBeenCalledOnce();
    expect(older.isInvalid).toBe(true);
    expect(newer.isValid).toBe(true);
    expect(newer.inherited).toEqual({ draft: 'Hello wor' });
    newer.notifyInvalidated();
  });

  it('is not ended by anything the page can dispatch', async () => {
    const ctx = new ScriptContext('chat', {});
    const name = `${fakeBrowser.runtime.id}:chat:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'chat', messageId: 'forged' } }));
    window.postMessage({ type: name, contentScriptName: 'chat', messageId: 'forged' }, '*');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ctx.isValid).toBe(true);
    ctx.notifyInvalidated();
  });

  it('ends when the extension cuts it off (updated, reloaded or removed), and its listeners stop', () => {
    const ctx = new ScriptContext('chat', {});
    const heard = vi.fn();
    ctx.addEventListener(document, 'input', heard);
    document.dispatchEvent(new Event('input'));
    const id = fakeBrowser.runtime.id;
    Object.assign(fakeBrowser.runtime, { id: undefined });
    try {
      document.dispatchEvent(new Event('input'));
      expect(heard).toHaveBeenCalledOnce();
      expect(ctx.isInvalid).toBe(true);
    } finally {
      Object.assign(fakeBrowser.runtime, { id });
    }
  });

  it('runs no timer of its own once ended, and leaves nothing behind per timer while it lives', () => {
    vi.useFakeTimers();
    const listen = vi.spyOn(AbortSignal.prototype, 'addEventListener');
    try {
      const ctx = new ScriptContext('chat', {});
      const fired = vi.fn();
      // A person typing: every keystroke sets a timer and clears the one before.
      let timer: ReturnType<typeof setTimeout> | undefined;
      for (let key = 0; key < 1000; key++) {
        clearTimeout(timer);
        timer = ctx.setTimeout(fired, 300);
      }
      expect(listen).not.toHaveBeenCalled();
      vi.advanceTimersByTime(300);
      expect(fired).toHaveBeenCalledOnce();
      ctx.setTimeout(fired, 300);
      ctx.notifyInvalidated();
      vi.advanceTimersByTime(300);
      expect(fired).toHaveBeenCalledOnce();
    } finally {
      listen.mockRestore();
      vi.useRealTimers();
    }
  });
});
