import { describe, expect, it } from 'vitest';
import type { ChatHealth } from '../../lib/model';
import {
  copiedNotice,
  DELIVERY_PROBLEMS,
  deliveryFailedNotice,
  healthNotice,
  isHealthTone,
  NOTICE_ALTERNATIVES,
  resendScheduledNotice,
  saveFailedNotice,
} from '../../lib/notice/wording';
import { rankAlternatives } from '../../lib/providers/rank';

const failed: ChatHealth = {
  status: 'failed',
  failure: { kind: 'error', place: 'turn', text: 'Something went wrong while generating the response.' },
};
const NOW = Date.UTC(2026, 10, 22, 12);
const DAY = 24 * 60 * 60 * 1000;
// Claude answered yesterday; Duck.ai needs no account; the others need one and were not used.
const alternatives = rankAlternatives('chatgpt', ['claude', 'gemini', 'copilot', 'duckai', 'mistral', 'deepseek'], {
  health: { gemini: 'degraded' },
  lastAnsweredAt: { claude: NOW - DAY },
  now: NOW,
});
const at = { now: NOW, locale: 'en' };

describe('the notice about the chat’s health', () => {
  it('says nothing about a healthy chat, answering or not', () => {
    expect(healthNotice({ status: 'healthy', answering: false }, { site: 'chatgpt', promptId: 'p1', alternatives, ...at })).toBeUndefined();
    expect(healthNotice({ status: 'healthy', answering: true }, { site: 'chatgpt', promptId: 'p1', alternatives, ...at })).toBeUndefined();
  });

  it('quotes a failure, says the prompt is saved and offers the first alternatives by name', () => {
    expect(healthNotice(failed, { site: 'chatgpt', promptId: 'p1', alternatives, ...at })).toEqual({
      tone: 'failure',
      title: 'ChatGPT failed',
      body: '“Something went wrong while generating the response.” Your prompt is saved in Detour.',
      actionsLabel: 'Send it to:',
      actions: [
        ...[
          { label: 'Claude', target: 'claude', hint: 'you used it yesterday' },
          { label: 'Duck.ai', target: 'duckai', hint: 'no account needed' },
          { label: 'Microsoft Copilot', target: 'copilot', hint: 'needs an account' },
          { label: 'Le Chat', target: 'mistral', hint: 'needs an account' },
        ].slice(0, NOTICE_ALTERNATIVES),
        { label: 'Send here again when ChatGPT is working', target: 'resend' },
      ],
      closeLabel: 'Close',
    });
  });

  it('says why a troubled chatbot comes last', () => {
    const [, , , , , last] = alternatives;
    expect(last).toMatchObject({ site: 'gemini', health: 'degraded' });
    const wording = healthNotice(failed, { site: 'chatgpt', promptId: 'p1', alternatives: [last!], ...at })!;
    expect(wording.actions[0]).toEqual({ label: 'Gemini', target: 'gemini', hint: 'having problems · needs an account' });
  });

  it('offers nothing to send, and claims nothing saved, before a prompt is', () => {
    const wording = healthNotice(failed, { site: 'claude', promptId: undefined, alternatives, ...at })!;
    expect(wording.title).toBe('Claude failed');
    expect(wording.body).toBe('“Something went wrong while generating the response.”');
    expect(wording.actions).toEqual([]);
    expect(wording.actionsLabel).toBeUndefined();
  });

  it('cuts a long failure text short', () => {
    const long: ChatHealth = { status: 'failed', failure: { kind: 'page', place: 'page', text: 'x'.repeat(500) } };
    const body = healthNotice(long, { site: 'chatgpt', promptId: undefined, alternatives, ...at })!.body;
    expect(body.length).toBeLessThan(200);
    expect(body.startsWith('“x')).toBe(true);
  });

  it('tells a reply that stopped from one that never started, with the seconds waited', () => {
    const stalled = (reason: 'no-reply' | 'no-progress'): ChatHealth => ({ status: 'stalled', stall: { reason, seconds: 45 } });
    const noProgress = healthNotice(stalled('no-progress'), { site: 'chatgpt', promptId: 'p1', alternatives, ...at })!;
    expect(noProgress).toMatchObject({
      tone: 'stall',
      title: 'ChatGPT seems stuck',
      body: 'The reply has not moved for 45 seconds. Your prompt is saved in Detour.',
    });
    expect(healthNotice(stalled('no-reply'), { site: 'chatgpt', promptId: undefined, alternatives, ...at })!.body).toBe(
      'No reply has started 45 seconds after sending.',
    );
  });

  it('counts failure and stall notices as the chat’s, the others not', () => {
    expect([isHealthTone('failure'), isHealthTone('stall'), isHealthTone('info'), isHealthTone(undefined)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('the notice after choosing to send again', () => {
  it('says what happens next, when another chatbot will be offered, and where to cancel', () => {
    expect(resendScheduledNotice('chatgpt', 30)).toEqual({
      tone: 'info',
      title: 'Detour will send it to ChatGPT again',
      body: 'Your prompt goes to this conversation again as soon as ChatGPT answers again. If it is still down after 30 minutes, Detour offers you another chatbot. To cancel, open Detour from the toolbar.',
      actions: [],
      closeLabel: 'Close',
    });
  });
});

describe('the notice about a save that failed', () => {
  const quota = Object.assign(new Error('The quota has been exceeded.'), { code: 'quota' });
  const other = new Error('Transaction aborted');

  it('names a full disk, and promises the text is in the composer when it is', () => {
    expect(saveFailedNotice(quota, true)).toEqual({
      tone: 'info',
      title: 'Detour could not save your prompt',
      body: 'Your disk is full. Your text is still in the composer; free some space and Detour will save it.',
      actions: [],
      closeLabel: 'Close',
    });
    expect(saveFailedNotice(other, true).body).toBe('Your text is still in the composer, and Detour will try again. (Transaction aborted)');
  });

  it('reads a full disk from the error’s name too (as the database throws it)', () => {
    const thrown = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    expect(saveFailedNotice(thrown, true).body).toMatch(/^Your disk is full/);
  });

  it('never says the text is in the composer when it is not, and says where it is instead', () => {
    for (const error of [quota, other, 'a string thrown']) {
      const wording = saveFailedNotice(error, false);
      expect(wording.title).toBe('Detour could not save your prompt');
      expect(wording.body).not.toMatch(/composer/);
      expect(wording.body).toContain('Detour keeps your prompt in memory');
    }
    // A full disk: the background keeps it, past the tab; otherwise only this tab has it.
    expect(saveFailedNotice(quota, false).body).toBe(
      'Your disk is full. Detour keeps your prompt in memory and saves it as soon as there is space; keep the browser open until then.',
    );
    expect(saveFailedNotice(other, false).body).toBe(
      'Detour keeps your prompt in memory and will try again; keep this tab open until then. (Transaction aborted)',
    );
    expect(saveFailedNotice('a string thrown', false).body).toMatch(/\(a string thrown\)$/);
  });
});

describe('the notice about a prompt that could not be put in', () => {
  it('says how long a prompt may be, and how long this one is', () => {
    expect(deliveryFailedNotice('too-long', { id: 'copilot', maxPromptChars: 10_240 }, 12_000)).toEqual({
      tone: 'info',
      title: 'Detour could not put your prompt into Microsoft Copilot',
      body: 'Microsoft Copilot takes at most 10240 characters, and this prompt has 12000. Copy it and shorten it there, or send it to another chatbot.',
      actions: [{ label: 'Copy prompt', target: 'copy' }],
      closeLabel: 'Close',
    });
  });

  it('explains each other problem in its own words, always offering the copy', () => {
    const bodies = (Object.keys(DELIVERY_PROBLEMS) as (keyof typeof DELIVERY_PROBLEMS)[]).map((reason) => {
      const wording = deliveryFailedNotice(reason, { id: 'claude' }, 10);
      expect(wording.actions).toEqual([{ label: 'Copy prompt', target: 'copy' }]);
      return wording.body;
    });
    expect(bodies).toEqual([
      "Claude's message box did not appear (are you signed in?). Copy the prompt and paste it yourself.",
      'Claude did not accept the text Detour entered. Copy the prompt and paste it yourself.',
      "Your prompt is in Claude's message box, but sending did not work. Press send yourself, or copy it.",
      "Your prompt is in Claude's message box, but sending did not work. Press send yourself, or copy it.",
    ]);
  });

  it('says whether the copy worked', () => {
    expect(copiedNotice('gemini', true)).toMatchObject({
      title: 'Detour could not put your prompt into Gemini',
      body: 'Copied. Paste it into the message box with Ctrl+V (⌘V on a Mac).',
      actions: [],
    });
    expect(copiedNotice('gemini', false).body).toBe('The browser did not allow copying. Open Detour from the toolbar to copy the prompt.');
  });
});
