import { lastUserMessage } from '../page/conversation';
import type { EditorKind, SiteAdapter } from '../sites/types';
import { sameText } from '../text';
import { editableOf, hasContent, readComposer, shownComposer } from '../page/composer';
import type { Draft, DraftRecorder } from './draft-recorder';

/** Whether an event's target is, or is inside, an element matching `selector`. */
function closest(target: EventTarget | null, selector: string): boolean {
  const element = target as Partial<Element> | null;
  return typeof element?.closest === 'function' && element.closest(selector) !== null;
}

/** A send that the site has not taken within this long did not happen (Enter while busy). */
export const SEND_CONFIRM_MS = 5_000;

/**
 * Watches the composer: typing goes to the recorder; Enter or the send button saves at once, and
 * the prompt counts as sent when the site takes it (the composer empties). A send by other means
 * counts when the composer empties and the prompt shows as the user's last turn.
 */
export class PromptCapture {
  private pendingSend: { readonly draft: Draft; readonly at: number } | undefined;
  /** Where the person types when the adapter's composer is nowhere to be found (the site changed). */
  private fallback: Element | undefined;

  constructor(
    private readonly doc: Document,
    private readonly site: SiteAdapter,
    private readonly recorder: DraftRecorder,
    private readonly onSent: (draft: Draft) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Whether `target` is in the composer (events are caught on the document). When no element
   * matches the adapter's composer, whatever editable the person types in is taken for it, so no
   * prompt is lost when every selector is stale.
   */
  isComposer(target: EventTarget | null): boolean {
    if (closest(target, this.site.selectors.composer)) return true;
    if (shownComposer(this.doc, this.site)) return false;
    const editable = editableOf(target);
    if (editable) this.fallback = editable;
    return editable !== undefined;
  }

  private composer(): { readonly element: Element; readonly editor: EditorKind } | undefined {
    const known = shownComposer(this.doc, this.site);
    if (known) return { element: known, editor: this.site.editor };
    const fallback = this.fallback?.isConnected ? this.fallback : undefined;
    // Read as what it is: a textarea's value, or an editor's text.
    return fallback && { element: fallback, editor: fallback.tagName === 'TEXTAREA' ? 'textarea' : 'prosemirror' };
  }

  /** Whether `target` is the send button or inside it. */
  isSendButton(target: EventTarget | null): boolean {
    return closest(target, this.site.selectors.sendButton);
  }

  private read(composer = this.composer()): string | undefined {
    return composer ? readComposer(composer.element, composer.editor) : undefined;
  }

  /** The prompt being written took the id of the one an earlier copy was writing (see DraftRecorder.adopt). */
  renamed(from: string, to: string): void {
    const pending = this.pendingSend;
    if (pending?.draft.id === from) this.pendingSend = { ...pending, draft: { ...pending.draft, id: to } };
  }

  /** The composer's text changed. */
  typed(): void {
    const text = this.read();
    if (text !== undefined) this.recorder.typed(text);
  }

  /** Enter or the send button: what is in the composer is saved now, before the site clears it. */
  sendAttempt(): void {
    const text = this.read();
    if (text === undefined || !hasContent(text)) return;
    this.recorder.typed(text);
    const draft = this.recorder.flush('send');
    if (draft) this.pendingSend = { draft, at: this.now() };
  }

  /**
   * The page changed: has the site taken the prompt? Then records what the composer holds (a
   * paste, a drop or a fill changes it without an input event). One read of the composer for both.
   * After changes to messages' text alone (`textOnly`), a composer outside messages is as the last
   * look read it, and a send shows outside messages' text too (the composer emptied, a new turn):
   * only a composer a message body selector takes in (a redesign's wrapper) is read again.
   */
  check(textOnly = false): void {
    const composer = this.composer();
    if (textOnly && composer && composer.element.closest(this.site.selectors.messageBody) === null) return;
    const composerText = this.read(composer);
    this.confirmSend(composerText);
    if (composerText !== undefined) this.recorder.typed(composerText);
  }

  private confirmSend(composerText: string | undefined): void {
    const pending = this.pendingSend;
    if (pending && this.now() - pending.at > SEND_CONFIRM_MS) this.pendingSend = undefined;
    const draft = this.pendingSend?.draft ?? this.recorder.draft;
    if (!draft) return;
    const emptied = composerText === undefined || !hasContent(composerText);
    if (!emptied) return;
    const shown = () => sameText(lastUserMessage(this.doc, this.site) ?? '', draft.text);
    if (this.pendingSend || shown()) {
      this.pendingSend = undefined;
      if (this.recorder.draft?.id === draft.id) this.recorder.rotate();
      this.onSent(draft);
    }
  }
}
