import { $createParagraphNode, $getRoot, COMMAND_PRIORITY_HIGH, createEditor, KEY_ENTER_COMMAND } from 'lexical';
import { registerPlainText } from '@lexical/plain-text';
import { baseKeymap, splitBlock } from 'prosemirror-commands';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import Quill from 'quill';
import { createElement, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { mount } from 'svelte';
import Composer from './Composer.svelte';
import type { StandInEditor } from '../kits/types';

/**
 * The real editor libraries the chatbots use, mounted as the sites mount them. The stand-in app
 * reads the text from each editor's own state (never from the DOM), so a prompt that Detour puts
 * in the DOM without the framework registering it is not sent, as on the real site.
 */
export interface MountedEditor {
  /** The text as the editor's framework holds it. */
  text(): string;
  clear(): void;
}

export interface EditorHooks {
  readonly onChange: () => void;
  readonly onEnter: () => void;
}

function proseMirror(mount: Element, attributes: Record<string, string>, hooks: EditorHooks): MountedEditor {
  const view: EditorView = new EditorView(mount, {
    state: EditorState.create({
      schema,
      plugins: [
        keymap({
          Enter: () => {
            hooks.onEnter();
            return true;
          },
          'Shift-Enter': splitBlock,
        }),
        keymap(baseKeymap),
      ],
    }),
    attributes,
    dispatchTransaction(transaction) {
      view.updateState(view.state.apply(transaction));
      if (transaction.docChanged) hooks.onChange();
    },
  });
  return {
    text: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
    clear: () => view.dispatch(view.state.tr.delete(0, view.state.doc.content.size)),
  };
}

function quill(mount: Element, attributes: Record<string, string>, hooks: EditorHooks): MountedEditor {
  const host = document.createElement('div');
  mount.append(host);
  const editor = new Quill(host, {
    formats: [],
    modules: {
      toolbar: false,
      keyboard: {
        bindings: {
          send: { key: 'Enter', shiftKey: false, handler: () => (hooks.onEnter(), false) },
        },
      },
    },
  });
  for (const [name, value] of Object.entries(attributes)) editor.root.setAttribute(name, value);
  editor.on('text-change', () => hooks.onChange());
  return {
    text: () => editor.getText().replace(/\n$/, ''),
    clear: () => editor.setText(''),
  };
}

function lexical(mount: Element, attributes: Record<string, string>, hooks: EditorHooks): MountedEditor {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  for (const [name, value] of Object.entries(attributes)) root.setAttribute(name, value);
  mount.append(root);
  const editor = createEditor({ namespace: 'stand-in', onError: (error) => console.error(error) });
  editor.setRootElement(root);
  registerPlainText(editor);
  editor.registerCommand(
    KEY_ENTER_COMMAND,
    (event) => {
      if (!event || event.shiftKey) return false;
      event.preventDefault();
      hooks.onEnter();
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
  editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
    if (dirtyElements.size > 0 || dirtyLeaves.size > 0) hooks.onChange();
  });
  return {
    text: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
    clear: () =>
      editor.update(() => {
        const body = $getRoot();
        body.clear();
        body.append($createParagraphNode());
      }),
  };
}

function reactTextarea(mount: Element, attributes: Record<string, string>, hooks: EditorHooks): MountedEditor {
  let current = '';
  let setValue: (value: string) => void = () => undefined;
  function Composer() {
    const [value, set] = useState('');
    setValue = set;
    current = value;
    useEffect(() => hooks.onChange(), [value]);
    return createElement('textarea', {
      ...attributes,
      value,
      rows: 1,
      onChange: (event: { target: HTMLTextAreaElement }) => set(event.target.value),
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key === 'Enter' && !event.shiftKey) {
          event.preventDefault();
          hooks.onEnter();
        }
      },
    });
  }
  createRoot(mount).render(createElement(Composer));
  return { text: () => current, clear: () => setValue('') };
}

function svelteTextarea(target: Element, attributes: Record<string, string>, hooks: EditorHooks): MountedEditor {
  const composer = mount(Composer, { target, props: { attributes, onchange: hooks.onChange, onenter: hooks.onEnter } }) as unknown as MountedEditor;
  return { text: () => composer.text(), clear: () => composer.clear() };
}

export function mountEditor(kind: StandInEditor, mount: Element, attributes: Record<string, string>, hooks: EditorHooks): MountedEditor {
  switch (kind) {
    case 'prosemirror':
      return proseMirror(mount, attributes, hooks);
    case 'quill':
      return quill(mount, attributes, hooks);
    case 'lexical':
      return lexical(mount, attributes, hooks);
    case 'react-textarea':
      return reactTextarea(mount, attributes, hooks);
    case 'svelte-textarea':
      return svelteTextarea(mount, attributes, hooks);
  }
}
