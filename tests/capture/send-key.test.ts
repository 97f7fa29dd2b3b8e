import { describe, expect, it } from 'vitest';
import { isSendKey, type KeyPress } from '../../lib/capture/send-key';

const press = (changes: Partial<KeyPress>): KeyPress => ({ key: 'Enter', shiftKey: false, isComposing: false, keyCode: 13, ...changes });

describe('the key that sends', () => {
  it('is Enter, with Ctrl or ⌘ too', () => {
    expect(isSendKey(press({}))).toBe(true);
    expect(isSendKey(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }))).toBe(true);
    expect(isSendKey(new KeyboardEvent('keydown', { key: 'Enter', metaKey: true }))).toBe(true);
  });

  it('is not Shift+Enter, a new line', () => {
    expect(isSendKey(press({ shiftKey: true }))).toBe(false);
  });

  it('is not the Enter that ends an input-method composition, however the browser marks it', () => {
    expect(isSendKey(press({ isComposing: true }))).toBe(false);
    expect(isSendKey(press({ keyCode: 229 }))).toBe(false);
  });

  it('is no other key', () => {
    expect(isSendKey(press({ key: 'a', keyCode: 65 }))).toBe(false);
    expect(isSendKey(press({ key: 'NumpadEnter' }))).toBe(false);
  });
});
