import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import type { PromptRecord } from '../../lib/model';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PromptCard } from '../../components/PromptCard';
import { PromptList } from '../../components/PromptList';
import { ResendList } from '../../components/ResendList';
import { rankAlternatives } from '../../lib/providers/rank';
import { TabStatus } from '../../components/TabStatus';
import { siteName } from '../../lib/sites';

afterEach(cleanup);

const prompt: PromptRecord = {
  id: 'p1',
  site: 'chatgpt',
  text: 'Plan a picnic for six',
  url: 'https://chatgpt.com/c/1',
  createdAt: 0,
  updatedAt: 60_000,
  status: 'failed',
  failure: { kind: 'error', place: 'turn', text: 'Something went wrong', at: 60_000 },
  context: [{ author: 'user', text: 'Earlier' }],
};

describe('TabStatus', () => {
  it('says what failed in this tab', () => {
    render(<TabStatus view={{ kind: 'chatbot', site: 'chatgpt', health: { status: 'failed', failure: { kind: 'error', place: 'turn', text: 'Network error' } } }} />);
    expect(screen.getByRole('alert').textContent).toBe('ChatGPT failed in this tab“Network error”');
  });

  it('says when Detour cannot read the page, and why', () => {
    render(<TabStatus view={{ kind: 'chatbot', site: 'claude', health: { status: 'blind', reason: 'no-composer' } }} />);
    expect(screen.getByText("Detour can't read this page — the site may have changed")).toBeTruthy();
    expect(screen.getByText('It finds no message box on Claude. What you type is still saved.')).toBeTruthy();
  });

  it('says when the tab is not a chatbot', () => {
    render(<TabStatus view={{ kind: 'not-chatbot' }} />);
    expect(screen.getByText('This tab is not a chatbot Detour watches.')).toBeTruthy();
  });
});

describe('PromptCard', () => {
  it('offers one button per alternative and sends to the one clicked', () => {
    const onSend = vi.fn();
    render(
      <PromptCard prompt={prompt} heading="The prompt that failed" alternatives={rankAlternatives('chatgpt', ['claude', 'gemini', 'duckai'])}
        now={0} locale="en" includeContext={false} onIncludeContextChange={() => undefined} onSend={onSend} onCopy={() => undefined} />,
    );
    fireEvent.click(screen.getByRole('button', { name: `${siteName('gemini')} needs an account` }));
    expect(onSend).toHaveBeenCalledWith('gemini');
    // Duck.ai needs no account, so it comes before the two that do.
    expect(screen.getAllByRole('button').slice(0, 3).map((button) => button.textContent)).toEqual([
      'Duck.ai' + 'no account needed',
      'Claude' + 'needs an account',
      'Gemini' + 'needs an account',
    ]);
    expect(screen.getByText('Include the 1 earlier message of that conversation')).toBeTruthy();
  });

  it('offers to send a failed prompt again where it failed, only when asked for a way to', () => {
    const onResend = vi.fn();
    const failed = { ...prompt, status: 'failed' } as const;
    const card = (extra: { onResend?: () => void }) => (
      <PromptCard prompt={failed} heading="h" alternatives={[]} now={0} locale="en" includeContext={false}
        onIncludeContextChange={() => undefined} onSend={() => undefined} onCopy={() => undefined} {...extra} />
    );
    const { unmount } = render(card({}));
    expect(screen.queryByRole('button', { name: /Send here again/ })).toBeNull();
    unmount();
    render(card({ onResend }));
    fireEvent.click(screen.getByRole('button', { name: `Send here again when ${siteName(prompt.site)} is working` }));
    expect(onResend).toHaveBeenCalledTimes(1);
  });
});

describe('ResendList', () => {
  it('lists each prompt kept to send again, with how long ago, and cancels the one asked', () => {
    const onCancel = vi.fn();
    const entry = { promptId: 'p1', site: 'chatgpt', url: 'https://chatgpt.com/c/1', preview: 'Plan a picnic', createdAt: 0 } as const;
    render(<ResendList pending={[entry]} now={5 * 60_000} locale="en" onCancel={onCancel} />);
    expect(screen.getByText('Waiting to send again')).toBeTruthy();
    expect(screen.getByText(/kept 5 minutes ago/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledWith(entry);
  });

  it('shows nothing when nothing waits', () => {
    const { container } = render(<ResendList pending={[]} now={0} locale="en" onCancel={() => undefined} />);
    expect(container.textContent).toBe('');
  });
});

describe('PromptList', () => {
  it('lists prompts with their age and status, and searches as you type', () => {
    const onSearch = vi.fn();
    const onDelete = vi.fn();
    render(
      <PromptList prompts={[prompt]} search="" now={180_000} locale="en" onSearch={onSearch} onSelect={() => undefined}
        onCopy={() => undefined} onDelete={onDelete} />,
    );
    expect(screen.getByText('Plan a picnic for six')).toBeTruthy();
    expect(screen.getByText(/2 minutes ago/)).toBeTruthy();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'picnic' } });
    expect(onSearch).toHaveBeenCalledWith('picnic');
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onDelete).toHaveBeenCalledWith(prompt);
  });

  it('says when nothing matches a search', () => {
    render(<PromptList prompts={[]} search="zzz" now={0} locale="en" onSearch={() => undefined} onSelect={() => undefined} onCopy={() => undefined} onDelete={() => undefined} />);
    expect(screen.getByText('No saved prompt contains that.')).toBeTruthy();
  });
});
