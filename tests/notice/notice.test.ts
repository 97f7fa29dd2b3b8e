import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageNotice } from '../../lib/notice/notice';
import { shadowOf } from '../setup';

const content = {
  tone: 'failure' as const,
  title: 'ChatGPT failed',
  body: '“Something went wrong” Your prompt is saved in Detour.',
  actionsLabel: 'Send it to:',
  closeLabel: 'Close',
};

describe('the in-page notice', () => {
  afterEach(() => document.querySelector('detour-notice')?.remove());

  it('shows in its own shadow root, announced as an alert, and knows its tone', () => {
    const notice = new PageNotice(document);
    notice.show({ ...content, actions: [{ label: 'Claude', onSelect: () => undefined }] });
    const root = shadowOf(document.querySelector('detour-notice'))!;
    expect(root.querySelector('[role="alert"]')?.getAttribute('aria-label')).toBe('ChatGPT failed');
    expect(root.textContent).toContain('Send it to:');
    expect(notice.tone).toBe('failure');
    // Closed: the page's scripts see an empty element.
    expect(document.querySelector('detour-notice')!.shadowRoot).toBeNull();
    expect(document.querySelector('detour-notice')!.textContent).toBe('');
    notice.hide();
    expect(notice.tone).toBeUndefined();
    expect(document.querySelector('detour-notice')).toBeNull();
  });

  it('acts only on a real click, never on one a page script fakes', () => {
    const onSelect = vi.fn();
    new PageNotice(document).show({ ...content, actions: [{ label: 'Claude', onSelect }] });
    const button = shadowOf(document.querySelector('detour-notice'))!.querySelector<HTMLButtonElement>('.actions button')!;
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('is dismissed with Escape, and says so', () => {
    const onDismiss = vi.fn();
    const notice = new PageNotice(document, onDismiss);
    notice.show({ ...content, actions: [] });
    shadowOf(document.querySelector('detour-notice'))!.querySelector('.card')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(notice.tone).toBeUndefined();
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
