import { describe, expect, it } from 'vitest';
import { type Box, placeNotice } from '../../lib/notice/placement';

const overlaps = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('where the notice goes', () => {
  const viewport = { width: 1280, height: 800 };
  const card = { width: 360, height: 170 };
  const composer = { left: 330, top: 660, width: 760, height: 110 };

  it('sits at the top right when nothing is there', () => {
    expect(placeNotice(viewport, card, [composer])).toEqual({ left: 1280 - 360 - 16, top: 64 });
  });

  it('keeps clear of the chatbot\'s error text at 1280 px, and of the composer', () => {
    // ChatGPT's error card ends at the right of the thread's column, under the top bar.
    const error = { left: 330, top: 90, width: 760, height: 60 };
    const spot = placeNotice(viewport, card, [error, composer]);
    const box = { ...spot, ...card };
    expect(overlaps(box, error)).toBe(false);
    expect(overlaps(box, composer)).toBe(false);
  });

  it('covers as little of the error as it can when nowhere is clear', () => {
    const narrow = { width: 400, height: 300 };
    const error = { left: 0, top: 0, width: 400, height: 200 };
    const spot = placeNotice(narrow, { width: 368, height: 90 }, [error]);
    expect(spot.top).toBeGreaterThanOrEqual(200 + 8);
  });
});
