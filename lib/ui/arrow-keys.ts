/**
 * Arrow keys in Detour's lists, for people who use the keyboard: Tab reaches a list, the arrows
 * move within it. Plain DOM on the event's own list, so any component can take them as its
 * onKeyDown without a ref.
 */

const usable = (element: HTMLElement) => !(element as HTMLButtonElement).disabled && !element.closest('[hidden]');

function focusAt(items: readonly HTMLElement[], index: number): boolean {
  const item = items[Math.max(0, Math.min(items.length - 1, index))];
  if (!item) return false;
  item.focus();
  return true;
}

/** One row of items (buttons that wrap): every arrow moves to the previous or next, Home and End to the ends. */
export function listKeys(event: KeyboardEvent, itemSelector: string): void {
  const list = event.currentTarget as HTMLElement;
  const items = Array.from(list.querySelectorAll<HTMLElement>(itemSelector)).filter(usable);
  const at = items.findIndex((item) => item === document.activeElement);
  if (at < 0) return;
  const to = { ArrowLeft: at - 1, ArrowUp: at - 1, ArrowRight: at + 1, ArrowDown: at + 1, Home: 0, End: items.length - 1 }[event.key];
  if (to !== undefined && focusAt(items, to)) event.preventDefault();
}

/**
 * Rows of items (a list of prompts, each with its buttons): up and down go to the same button of
 * the row above or below, left and right along the row.
 */
export function gridKeys(event: KeyboardEvent, rowSelector: string, itemSelector: string): void {
  const grid = event.currentTarget as HTMLElement;
  const rows = Array.from(grid.querySelectorAll<HTMLElement>(rowSelector)).map((row) =>
    Array.from(row.querySelectorAll<HTMLElement>(itemSelector)).filter(usable),
  );
  const row = rows.findIndex((items) => items.includes(document.activeElement as HTMLElement));
  if (row < 0) return;
  const column = rows[row]!.indexOf(document.activeElement as HTMLElement);
  const vertical = { ArrowUp: row - 1, ArrowDown: row + 1, Home: 0, End: rows.length - 1 }[event.key];
  const horizontal = { ArrowLeft: column - 1, ArrowRight: column + 1 }[event.key];
  const moved =
    vertical !== undefined
      ? focusAt(rows[Math.max(0, Math.min(rows.length - 1, vertical))] ?? [], column)
      : horizontal !== undefined && focusAt(rows[row]!, horizontal);
  if (moved) event.preventDefault();
}
