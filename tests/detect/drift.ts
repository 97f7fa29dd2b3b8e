import type { SiteId } from '../../lib/sites/types';

/**
 * What redesigns do to a page, as transformations of a fixture: the drift suite
 * (tests/detect/drift.test.ts) requires every fixture to give the same verdict after each.
 */
export type Drift = (doc: Document) => void;

/** FNV-1a, so a class always hashes to the same name, as a build's CSS modules do. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (const char of text) value = Math.imul(value ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return `_${value.toString(36).slice(0, 6)}`;
}

/**
 * Classes whose meaning is a style a browser applies: hashed, the class no longer names it, but the
 * page's stylesheet still hides the element. Fixtures carry no stylesheet, so the style is inlined.
 */
const STYLE_OF_CLASS: Record<string, string> = {
  'sr-only': 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)',
  'visually-hidden': 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)',
  'cdk-visually-hidden': 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)',
  hidden: 'display:none',
  invisible: 'visibility:hidden',
};

function elements(doc: Document): Element[] {
  return Array.from(doc.body?.querySelectorAll('*') ?? []);
}

/** CSS modules, Tailwind's JIT in production, a new design system: every class name becomes a hash. */
export const hashClasses: Drift = (doc) => {
  for (const element of elements(doc)) {
    const classes = Array.from(element.classList);
    if (classes.length === 0) continue;
    const styles = classes.flatMap((name) => STYLE_OF_CLASS[name] ?? []);
    if (styles.length > 0) element.setAttribute('style', `${element.getAttribute('style') ?? ''};${styles.join(';')}`);
    element.setAttribute('class', classes.map(hash).join(' '));
  }
};

/** Production builds strip test ids (data-testid, data-test-id, data-test-render-count…). */
export const dropTestIds: Drift = (doc) => {
  for (const element of elements(doc)) {
    for (const name of element.getAttributeNames()) if (/^data-(test|qa|cy)/.test(name)) element.removeAttribute(name);
  }
};

/** Containers whose children may be wrapped once more (not lists, tables, paragraphs or editors). */
const WRAPPABLE = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'FORM', 'NAV', 'ASIDE', 'HEADER', 'FOOTER', 'FIELDSET', 'BODY']);

/** A new layout component around every container's content: `a > b` selectors no longer match. */
export const extraWrapper: Drift = (doc) => {
  const containers = [doc.body, ...elements(doc)].filter(
    (element): element is HTMLElement => !!element && WRAPPABLE.has(element.tagName) && element.childNodes.length > 0 && !element.closest('[contenteditable]'),
  );
  for (const container of containers) {
    const wrapper = doc.createElement('div');
    wrapper.append(...Array.from(container.childNodes));
    container.append(wrapper);
  }
};

/** Frameworks render attributes in another order after an upgrade. */
export const reorderAttributes: Drift = (doc) => {
  for (const element of elements(doc)) {
    const attributes = Array.from(element.attributes, ({ name, value }) => [name, value] as const).reverse();
    for (const [name] of attributes) element.removeAttribute(name);
    for (const [name, value] of attributes) element.setAttribute(name, value);
  }
};

/**
 * ChatGPT as chat.openai.com drew it in 2023, the markup public bug reports still quote: each turn a
 * full-width `div.group.w-full` (the assistant's shaded `bg-gray-50 dark:bg-[#444654]`) with no
 * author attribute, the error in `div.border-red-500.bg-red-500/10` with "Regenerate response",
 * and a plain `textarea#prompt-textarea` composer. Sources: Higurashi-kagome/mokey
 * "ChatGPT出错时自动刷新页面重新提问.js" (2023, chat.openai.com/chat: `.border-red-500`,
 * `div.bg-gray-50`, `textarea` + sibling button); an archived 2023 share page's turn classes
 * quoted in a public design teardown; bocek.co.jp (2023): "There was an error generating a
 * response" above a "Regenerate response" button.
 */
const chatgpt2023: Drift = (doc) => {
  for (const message of Array.from(doc.querySelectorAll('[data-message-author-role]'))) {
    const turn = message.closest('article, section') ?? message;
    const assistant = message.getAttribute('data-message-author-role') === 'assistant';
    const group = doc.createElement('div');
    group.className = `group w-full text-gray-800 dark:text-gray-100 border-b border-black/10 dark:border-gray-900/50${assistant ? ' bg-gray-50 dark:bg-[#444654]' : ' dark:bg-gray-800'}`;
    const row = doc.createElement('div');
    row.className = 'text-base gap-4 md:gap-6 m-auto md:max-w-2xl lg:max-w-xl xl:max-w-3xl p-4 md:py-6 flex lg:px-0';
    row.append(...Array.from(message.childNodes));
    group.append(row);
    turn.replaceWith(group);
  }
  for (const error of Array.from(doc.querySelectorAll('[class*="text-token-text-error"]'))) {
    error.className = 'py-2 px-3 border text-gray-600 rounded-md text-sm dark:text-gray-100 border-red-500 bg-red-500/10';
  }
  for (const retry of Array.from(doc.querySelectorAll('[data-testid="regenerate-thread-error-button"]'))) {
    retry.removeAttribute('data-testid');
    retry.textContent = 'Regenerate response';
  }
  for (const editor of Array.from(doc.querySelectorAll('#prompt-textarea, [data-composer-markdown]'))) {
    const textarea = doc.createElement('textarea');
    textarea.id = 'prompt-textarea';
    textarea.setAttribute('data-id', 'root');
    textarea.setAttribute('rows', '1');
    textarea.setAttribute('placeholder', 'Send a message.');
    textarea.className = 'm-0 w-full resize-none border-0 bg-transparent p-0 pr-10';
    editor.replaceWith(textarea);
  }
  doc.querySelector('textarea[name="prompt-textarea"]')?.remove();
};

export const DRIFTS: Readonly<Record<string, Drift>> = {
  'hashed classes': hashClasses,
  'no test ids': dropTestIds,
  'extra wrapper': extraWrapper,
  'attributes reordered': reorderAttributes,
  // A redesign seldom does one thing at a time.
  'all four at once': (doc) => [hashClasses, dropTestIds, extraWrapper, reorderAttributes].forEach((drift) => drift(doc)),
};

/** Older generations of a site's markup, where public captures of them exist. */
export const GENERATIONS: Partial<Record<SiteId, Drift>> = { chatgpt: chatgpt2023 };
