/**
 * Detour's notice inside a chatbot's page: a small card at the top right, well away from the
 * composer, in a closed shadow root, so that neither the page's styles nor its scripts reach it
 * (the page sees only an empty <detour-notice> element). It shows no prompt text, and its
 * buttons act only on a real click or key press, never on one a page script fakes.
 * Plain DOM: the content script stays free of a UI framework.
 */

export interface NoticeAction {
  readonly label: string;
  /** A few words under the label: why this choice is offered. */
  readonly hint?: string;
  readonly onSelect: () => void;
}

export interface NoticeContent {
  /** Failures are announced at once to screen readers; other notices politely. */
  readonly tone: 'failure' | 'stall' | 'info';
  readonly title: string;
  readonly body: string;
  /** A line above the actions ("Send it to:"). */
  readonly actionsLabel?: string;
  readonly actions: readonly NoticeAction[];
  readonly closeLabel: string;
}

const STYLE = `
:host { all: initial; }
.card {
  position: fixed; top: 64px; right: 16px; z-index: 2147483647;
  box-sizing: border-box; width: min(360px, calc(100vw - 32px));
  padding: 14px 16px; border-radius: 12px;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1f1f1f; background: #ffffff; border: 1px solid #dadce0;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
}
.card[data-tone="failure"] { border-left: 4px solid #c5221f; }
.card[data-tone="stall"] { border-left: 4px solid #b06000; }
.head { display: flex; align-items: flex-start; gap: 8px; }
.title { flex: 1; margin: 0; font-size: 15px; font-weight: 600; }
.body { margin: 6px 0 0; color: #444746; overflow-wrap: anywhere; }
.label { margin: 10px 0 6px; font-weight: 600; font-size: 13px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
button {
  font: inherit; font-size: 13px; cursor: pointer; border-radius: 8px;
  padding: 5px 10px; border: 1px solid #c4c7c5; background: #f8fafd; color: #0b57d0;
}
button:hover { background: #e8f0fe; }
button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
.hint { display: block; font-size: 11px; color: #444746; }
.close { border: none; background: transparent; color: #444746; font-size: 18px; line-height: 1; padding: 2px 6px; }
@media (prefers-color-scheme: dark) {
  .card { color: #e3e3e3; background: #1f1f1f; border-color: #444746; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.5); }
  .body, .close, .hint { color: #c4c7c5; }
  button { background: #282a2c; border-color: #5f6368; color: #a8c7fa; }
  button:hover { background: #333537; }
  button:focus-visible { outline-color: #a8c7fa; }
}
`;

export class PageNotice {
  private host: HTMLElement | undefined;
  private shownTone: NoticeContent['tone'] | undefined;

  constructor(
    private readonly doc: Document,
    private readonly onDismiss: () => void = () => undefined,
  ) {}

  /** The tone of the notice on the page, if one is. */
  get tone(): NoticeContent['tone'] | undefined {
    return this.host?.isConnected ? this.shownTone : undefined;
  }

  show(content: NoticeContent): void {
    this.hide();
    const { doc } = this;
    const host = doc.createElement('detour-notice');
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = STYLE;

    const card = doc.createElement('section');
    card.className = 'card';
    card.dataset.tone = content.tone;
    card.setAttribute('role', content.tone === 'failure' ? 'alert' : 'status');
    card.setAttribute('aria-label', content.title);

    const head = doc.createElement('div');
    head.className = 'head';
    const title = doc.createElement('p');
    title.className = 'title';
    title.textContent = content.title;
    const close = doc.createElement('button');
    close.className = 'close';
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', content.closeLabel);
    close.addEventListener('click', (event) => event.isTrusted && this.dismiss());
    head.append(title, close);

    const body = doc.createElement('p');
    body.className = 'body';
    body.textContent = content.body;
    card.append(head, body);

    if (content.actions.length > 0) {
      if (content.actionsLabel) {
        const label = doc.createElement('p');
        label.className = 'label';
        label.textContent = content.actionsLabel;
        card.append(label);
      }
      const actions = doc.createElement('div');
      actions.className = 'actions';
      for (const action of content.actions) {
        const button = doc.createElement('button');
        button.type = 'button';
        const name = doc.createElement('span');
        name.className = 'name';
        name.textContent = action.label;
        button.append(name);
        if (action.hint) {
          const hint = doc.createElement('span');
          hint.className = 'hint';
          hint.textContent = action.hint;
          button.append(hint);
        }
        button.addEventListener('click', (event) => event.isTrusted && action.onSelect());
        actions.append(button);
      }
      card.append(actions);
    }

    card.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.dismiss();
    });
    root.append(style, card);
    (doc.body ?? doc.documentElement).append(host);
    this.host = host;
    this.shownTone = content.tone;
  }

  hide(): void {
    this.host?.remove();
    this.host = undefined;
  }

  private dismiss(): void {
    this.hide();
    this.onDismiss();
  }
}
