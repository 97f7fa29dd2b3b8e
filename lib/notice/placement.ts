/**
 * Where the in-page notice goes: the first of a few usual places (top right, top left, top centre,
 * bottom right, bottom left; then just above or below the chatbot's own error) that keeps clear of
 * what it must never cover: the chatbot's error text first, its composer next. Pure: boxes in,
 * a position out, so a test can check any window size.
 */

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** From the window's edges; the top one leaves room for a site's header bar. */
const MARGIN = 16;
const TOP = 64;
/** Between the notice and the error it sits next to. */
const GAP = 8;

function overlap(a: Box, b: Box): number {
  const width = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const height = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

function fits(box: Box, viewport: Size): boolean {
  return box.left >= 0 && box.top >= 0 && box.left + box.width <= viewport.width && box.top + box.height <= viewport.height;
}

/**
 * The notice's top-left corner. `avoid` is in order of importance (the error, then the composer):
 * the first place that covers none of them wins; failing that, the one covering least of the
 * most important.
 */
export function placeNotice(viewport: Size, card: Size, avoid: readonly Box[]): { left: number; top: number } {
  const right = viewport.width - card.width - MARGIN;
  const bottom = viewport.height - card.height - MARGIN;
  const centre = (viewport.width - card.width) / 2;
  const spots = [
    { left: right, top: TOP },
    { left: MARGIN, top: TOP },
    { left: centre, top: TOP },
    { left: right, top: bottom },
    { left: MARGIN, top: bottom },
  ];
  const [error] = avoid;
  if (error) {
    const alignedRight = Math.min(right, Math.max(MARGIN, error.left + error.width - card.width));
    spots.push({ left: alignedRight, top: error.top - card.height - GAP }, { left: alignedRight, top: error.top + error.height + GAP });
  }
  const boxes = spots.map((spot) => ({ ...spot, width: card.width, height: card.height })).filter((box) => fits(box, viewport));
  const clear = boxes.find((box) => avoid.every((region) => overlap(box, region) === 0));
  if (clear) return { left: clear.left, top: clear.top };
  const cost = (box: Box) => avoid.map((region) => overlap(box, region));
  const best = boxes.sort((a, b) => {
    const [costA, costB] = [cost(a), cost(b)];
    const differs = costA.findIndex((value, index) => value !== costB[index]);
    return differs < 0 ? 0 : costA[differs]! - costB[differs]!;
  })[0];
  return best ? { left: best.left, top: best.top } : { left: Math.max(0, right), top: TOP };
}
