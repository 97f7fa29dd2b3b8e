import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import type { PromptRecord } from '../../lib/model';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PromptCard } from '../../components/PromptCard';
import { PromptList } from '../../components/PromptList';
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

  it('says when the tab is not a chatbot', () => {
    render(<TabStatus view={{ kind: 'not-chatbot' }} />);
    expect(screen.getByText('This tab is not a chatbot Detour watches.')).toBeTruthy();
  });
});

describe('PromptCard', () => {
  it('offers one button per alternative and sends to the one clicked', () => {
    const onSend = vi.fn();
    render(
      <PromptCard prompt={prompt} heading="The prompt that failed" alternatives={['claude', 'gemini']} includeContext={false}
        onIncludeContextChange={() => undefined} onSend={onSend} onCopy={() => undefined} />,
    );
    fireEvent.click(screen.getByRole('button', { name: siteName('gemini') }));
    expect(onSend).toHaveBeenCalledWith('gemini');
    expect(screen.getByText('Include the 1 earlier message of that conversation')).toBeTruthy();
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
