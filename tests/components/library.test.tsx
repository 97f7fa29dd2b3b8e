import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AlternativesPicker, chosenFirst } from '../../components/AlternativesPicker';
import { LibraryList } from '../../components/LibraryList';
import { PromptCard } from '../../components/PromptCard';
import { PromptList } from '../../components/PromptList';
import { ProviderStrip } from '../../components/ProviderStrip';
import type { PromptRecord } from '../../lib/model';
import { rankAlternatives } from '../../lib/providers/rank';
import type { ProviderView } from '../../lib/providers/view';

afterEach(cleanup);

const prompt = (id: string, extra: Partial<PromptRecord> = {}): PromptRecord => ({
  id,
  site: 'chatgpt',
  text: `Prompt ${id}`,
  url: '',
  createdAt: 0,
  updatedAt: 60_000,
  status: 'answered',
  ...extra,
});

describe('ProviderStrip', () => {
  const providers: ProviderView[] = [
    { site: 'chatgpt', official: { kind: 'none' }, health: 'degraded', disagree: false, seen: { count: 2, last: { site: 'chatgpt', kind: 'error', place: 'turn', text: 'x', at: 0 } } },
    { site: 'claude', official: { kind: 'none' }, health: 'operational', disagree: false },
  ];

  it('shows every chatbot as a dot and a name, each naming its health, and details only on demand', () => {
    render(<ProviderStrip providers={providers} now={0} locale="en" onAllow={() => undefined} />);
    const chip = screen.getByRole('button', { name: 'ChatGPT: having problems' });
    expect(screen.getByRole('button', { name: 'Claude: working' })).toBeTruthy();
    expect(screen.queryByText('Detour saw 2 failures in your tabs in the last hour.')).toBeNull();
    fireEvent.click(chip);
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Detour saw 2 failures in your tabs in the last hour.')).toBeTruthy();
    fireEvent.click(chip);
    expect(screen.queryByText('Detour saw 2 failures in your tabs in the last hour.')).toBeNull();
  });

  it('moves along the strip with the arrow keys', () => {
    render(<ProviderStrip providers={providers} now={0} locale="en" onAllow={() => undefined} />);
    const [first, second] = screen.getAllByRole('button');
    first!.focus();
    fireEvent.keyDown(first!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second!, { key: 'Home' });
    expect(document.activeElement).toBe(first);
  });
});

describe('PromptCard in the popup', () => {
  it('shows the first alternatives, the rest on demand, and takes the focus when asked', () => {
    render(
      <PromptCard prompt={prompt('p', { status: 'failed' })} heading="The prompt that failed" alternatives={rankAlternatives('chatgpt', ['claude', 'gemini', 'grok', 'mistral'])} now={0} locale="en"
        shownTargets={2} autoFocus includeContext={false} onIncludeContextChange={() => undefined} onSend={() => undefined} onCopy={() => undefined} />,
    );
    expect(document.activeElement?.querySelector('.target-name')?.textContent).toBe('Claude');
    const more = screen.getByRole('button', { name: 'More (2)' });
    expect(screen.queryByRole('button', { name: /^Le Chat/ })).toBeNull();
    fireEvent.click(more);
    expect(screen.getByRole('button', { name: /^Le Chat/ })).toBeTruthy();
  });
});

describe('PromptList in the popup', () => {
  it('goes up and down the prompts with the arrows, keeping to the same button', () => {
    render(<PromptList prompts={[prompt('a'), prompt('b')]} search="" now={0} locale="en" onSearch={() => undefined} onSelect={() => undefined} onCopy={() => undefined} onDelete={() => undefined} />);
    const copies = screen.getAllByRole('button', { name: 'Copy' });
    copies[0]!.focus();
    fireEvent.keyDown(copies[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(copies[1]);
    fireEvent.keyDown(copies[1]!, { key: 'ArrowLeft' });
    expect(document.activeElement?.textContent).toBe('Send…');
  });
});

describe('LibraryList', () => {
  const handlers = () => ({
    onCheck: vi.fn(), onPin: vi.fn(), onSelect: vi.fn(), onCopy: vi.fn(), onEdit: vi.fn(), onSave: vi.fn(), onCancel: vi.fn(), onDelete: vi.fn(),
  });

  it('pins, filters by tag, selects prompts to delete together, and edits text and tags', () => {
    const rows = new Map<string, ReturnType<typeof handlers>>();
    const row = (record: PromptRecord) => rows.get(record.id) ?? rows.set(record.id, handlers()).get(record.id)!;
    const onTag = vi.fn();
    const onDeleteChecked = vi.fn();
    const props = {
      prompts: [prompt('a', { pinned: true, tags: ['work'] }), prompt('b')],
      search: '', tag: undefined, tags: [{ tag: 'work', count: 1 }], currentId: undefined, now: 60_000, locale: 'en',
      onSearch: () => undefined, onTag, onCheckAll: () => undefined, onDeleteChecked, row,
    };
    const { rerender } = render(<LibraryList {...props} checked={new Set()} editingId={undefined} />);
    expect((screen.getByRole('button', { name: 'Delete 0 selected' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Unpin “Prompt a”' }));
    expect(rows.get('a')!.onPin).toHaveBeenCalledWith(false);
    fireEvent.click(screen.getByRole('button', { name: 'Pin “Prompt b”' }));
    expect(rows.get('b')!.onPin).toHaveBeenCalledWith(true);
    fireEvent.click(screen.getByRole('button', { name: 'work' }));
    expect(onTag).toHaveBeenCalledWith('work');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select “Prompt b”' }));
    expect(rows.get('b')!.onCheck).toHaveBeenCalledWith(true);

    rerender(<LibraryList {...props} checked={new Set(['a', 'b'])} editingId="b" />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete 2 selected' }));
    expect(onDeleteChecked).toHaveBeenCalled();
    fireEvent.input(screen.getByRole('textbox', { name: 'Prompt' }), { target: { value: 'New words' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Tags' }), { target: { value: 'home, ideas' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(rows.get('b')!.onSave).toHaveBeenCalledWith({ text: 'New words', tags: ['home', ' ideas'] });
  });
});

describe('AlternativesPicker', () => {
  it('puts the chatbots ticked first, each group in its order', () => {
    expect(chosenFirst(['chatgpt', 'claude', 'gemini', 'grok'], new Set(['grok', 'claude']))).toEqual(['claude', 'grok', 'chatgpt', 'gemini']);
    const onChange = vi.fn();
    render(<AlternativesPicker order={['chatgpt', 'claude', 'gemini']} chosen={new Set()} onChange={onChange} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Signed in to Gemini' }));
    expect(onChange).toHaveBeenCalledWith(['gemini', 'chatgpt', 'claude'], new Set(['gemini']));
  });
});
