import { describe, expect, it } from 'vitest';
import { OVERSCAN, STEP, windowAt } from '../../lib/ui/virtual-window';

describe('the window of a long list', () => {
  const at = (scrolledPast: number, total = 100_000) => windowAt({ scrolledPast, viewportHeight: 800, rowHeight: 100, total });

  it('covers the viewport and some rows either side, moving in steps', () => {
    expect(at(-500)).toEqual({ offset: 0, count: 8 + 2 * OVERSCAN + STEP });
    const middle = at(500_000);
    expect(middle.offset % STEP).toBe(0);
    // The first row in view (5,000) and the last (5,008) are drawn, with rows to spare.
    expect(middle.offset).toBeLessThanOrEqual(5000 - OVERSCAN);
    expect(middle.offset + middle.count).toBeGreaterThanOrEqual(5008 + OVERSCAN);
    // A scroll within a step draws the same rows.
    expect(at(500_000 + 100)).toEqual(middle);
  });

  it('never starts past the last row, whatever the scroll says', () => {
    expect(at(10_000_000, 30).offset).toBeLessThan(30);
    expect(at(10_000_000, 0).offset).toBe(0);
  });
});
