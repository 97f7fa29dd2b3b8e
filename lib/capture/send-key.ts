/** The fields of a key press that say whether it sends. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'isComposing' | 'keyCode'>;

/**
 * Enter sends in every supported chatbot (Ctrl/⌘+Enter in some settings); Shift+Enter is a new
 * line. Enter that ends an input-method composition (Japanese, Chinese…) only picks the word:
 * browsers mark it with `isComposing`, or, in Safari and older Chrome, with keyCode 229.
 */
export function isSendKey(event: KeyPress): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229;
}
