import { useEffect, useState } from 'preact/hooks';

/**
 * A long list drawn a window at a time: only the rows near the viewport are in the page, and
 * the rest is empty space of their estimated height, so the scroll bar stays true to the
 * library's size and a page of 100,000 prompts costs what a page of 100 does.
 */

export interface WindowGeometry {
  /** How far the list's top is above the viewport's top (negative while it is below). */
  readonly scrolledPast: number;
  readonly viewportHeight: number;
  readonly rowHeight: number;
  readonly total: number;
}

/** Rows drawn beyond the viewport on each side, so a short scroll never shows empty space. */
export const OVERSCAN = 20;
/** The window moves in steps of this many rows, not at every pixel. */
export const STEP = 25;

/** The first row to draw and how many. */
export function windowAt(geometry: WindowGeometry): { offset: number; count: number } {
  const { scrolledPast, viewportHeight, rowHeight, total } = geometry;
  const first = Math.floor(Math.max(0, scrolledPast) / rowHeight) - OVERSCAN;
  const offset = Math.min(Math.max(0, Math.floor(first / STEP) * STEP), Math.max(0, total - 1));
  const count = Math.ceil(viewportHeight / rowHeight) + 2 * OVERSCAN + STEP;
  return { offset, count };
}

/**
 * The window of the list in `element` as the page scrolls: its first row (a multiple of STEP) and
 * how many rows to draw. `rowHeight` is the rows' measured average.
 */
export function useScrollWindow(element: HTMLElement | null, rowHeight: number, total: number | undefined): { offset: number; count: number } {
  const initial = windowAt({ scrolledPast: 0, viewportHeight: globalThis.innerHeight || 800, rowHeight, total: total ?? 0 });
  const [window, setWindow] = useState(initial);
  useEffect(() => {
    if (!element || total === undefined) return undefined;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const next = windowAt({ scrolledPast: -element.getBoundingClientRect().top, viewportHeight: innerHeight, rowHeight, total });
      setWindow((now) => (now.offset === next.offset && now.count === next.count ? now : next));
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(measure);
    };
    measure();
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('resize', onScroll, { passive: true });
    return () => {
      removeEventListener('scroll', onScroll);
      removeEventListener('resize', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [element, rowHeight, total]);
  return window;
}
