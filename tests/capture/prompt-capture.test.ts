import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Draft, DraftRecorder } from '../../lib/capture/draft-recorder';
import { PromptCapture, SEND_CONFIRM_MS } from '../../lib/capture/prompt-capture';
import { chatgpt } from '../../lib/sites/chatgpt';
import { readFixture } from '../fixtures';

describe('PromptCapture on ChatGPT', () => {
  let sent: Draft[];
  let saved: string[];
  let capture: PromptCapture;
  const composer = () => document.querySelector<HTMLElement>('#prompt-textarea')!;
  const type = (text: string) => {
    composer().innerHTML = text ? `<p>${text}</p>` : '<p><br class="ProseMirror-trailingBreak"></p>';
    capture.typed();
  };

  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
    document.documentElement.innerHTML = new DOMParser()
      .parseFromString(readFixture('chatgpt', 'healthy-conversation.html'), 'text/html')
      .documentElement.innerHTML;
    sent = [];
    saved = [];
    const recorder = new DraftRecorder({ delayMs: 300, save: (draft, reason) => saved.push(`${reason}:${draft.text}`) });
    capture = new PromptCapture(document, chatgpt, recorder, (draft) => sent.push(draft));
  });
  afterEach(() => vi.useRealTimers());

  it('saves at the send attempt and counts the send once the site empties the composer', () => {
    type('Plan a picnic');
    capture.sendAttempt();
    expect(saved).toEqual(['send:Plan a picnic']);
    capture.check();
    expect(sent).toEqual([]);
    type('');
    capture.check();
    expect(sent.map((draft) => draft.text)).toEqual(['Plan a picnic']);
  });

  it('does not count Enter that the site ignored (the composer kept its text)', () => {
    type('Plan a picnic');
    capture.sendAttempt();
    vi.advanceTimersByTime(SEND_CONFIRM_MS + 1);
    capture.check();
    type('');
    capture.check();
    expect(sent).toEqual([]);
  });

  it('counts a send made another way when the prompt shows as the user turn', () => {
    type('Now write a two-line slogan for the second one.');
    vi.advanceTimersByTime(300);
    composer().innerHTML = '<p><br class="ProseMirror-trailingBreak"></p>';
    capture.check();
    expect(sent.map((draft) => draft.text)).toEqual(['Now write a two-line slogan for the second one.']);
  });

  it('reads the composer again after messages\' text alone changed only where a message body selector takes it in', () => {
    type('Plan a picnic');
    composer().innerHTML = '<p>Plan a picnic for six</p>';
    // Outside messages: as the look before read it (what changed it was no text of theirs).
    capture.check(true);
    vi.advanceTimersByTime(300);
    expect(saved).toEqual(['typing:Plan a picnic']);
    capture.check();
    vi.advanceTimersByTime(300);
    expect(saved).toEqual(['typing:Plan a picnic', 'typing:Plan a picnic for six']);
    // Inside a wrapper a redesign gave a message body's class, it is read again.
    const wrapper = document.createElement('div');
    wrapper.className = 'whitespace-pre-wrap';
    const editor = composer();
    editor.replaceWith(wrapper);
    wrapper.append(editor);
    editor.innerHTML = '<p>Plan a picnic for eight</p>';
    capture.check(true);
    vi.advanceTimersByTime(300);
    expect(saved.at(-1)).toBe('typing:Plan a picnic for eight');
  });

  it('finds the composer and the send button from events on their children', () => {
    expect(capture.isComposer(composer().firstElementChild)).toBe(true);
    type('x');
    const send = document.querySelector('[data-testid="send-button"]') ?? document.createElement('button');
    expect(capture.isComposer(send)).toBe(false);
  });

  it('saves what is typed in whatever editable there is when the adapter\'s composer is gone', () => {
    composer().remove();
    document.querySelector('textarea[name="prompt-textarea"]')?.remove();
    document.body.insertAdjacentHTML('beforeend', '<div class="new-composer" contenteditable="true"><p>Plan a picnic</p></div>');
    const renamed = document.querySelector('.new-composer')!;
    expect(capture.isComposer(renamed.firstElementChild)).toBe(true);
    capture.typed();
    capture.sendAttempt();
    expect(saved).toEqual(['send:Plan a picnic']);
    renamed.innerHTML = '<p><br></p>';
    capture.check();
    expect(sent.map((draft) => draft.text)).toEqual(['Plan a picnic']);
  });

  it('takes no other editable for the composer while the adapter\'s is there', () => {
    document.body.insertAdjacentHTML('beforeend', '<textarea class="search"></textarea>');
    expect(capture.isComposer(document.querySelector('.search'))).toBe(false);
  });
});
