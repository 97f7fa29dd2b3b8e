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
});
