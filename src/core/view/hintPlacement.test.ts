import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { HINT_EDGE, HINT_GAP, placeHint } from './hintPlacement';

const VIEWPORT = { width: 400, height: 800 };
const HINT = { width: 100, height: 24 };

describe('placeHint', () => {
  it('centres the hint below its anchor', () => {
    const anchor = { top: 100, bottom: 140, left: 150, width: 40 };
    expect(placeHint(anchor, HINT, VIEWPORT)).toEqual({
      top: 140 + HINT_GAP,
      left: 120,
      side: 'below',
    });
  });

  it('keeps a hint of a control at the right edge inside the viewport', () => {
    const anchor = { top: 10, bottom: 50, left: 360, width: 40 };
    expect(placeHint(anchor, HINT, VIEWPORT).left).toBe(400 - HINT_EDGE - 100);
  });

  it('keeps a hint of a control at the left edge inside the viewport', () => {
    const anchor = { top: 10, bottom: 50, left: 0, width: 40 };
    expect(placeHint(anchor, HINT, VIEWPORT).left).toBe(HINT_EDGE);
  });

  it('goes above a control near the bottom of the viewport', () => {
    const anchor = { top: 760, bottom: 790, left: 150, width: 40 };
    expect(placeHint(anchor, HINT, VIEWPORT)).toMatchObject({
      top: 760 - HINT_GAP - 24,
      side: 'above',
    });
  });

  it('stays below when there is no room above either', () => {
    const anchor = { top: 10, bottom: 50, left: 150, width: 40 };
    expect(placeHint(anchor, HINT, { width: 400, height: 60 }).side).toBe('below');
  });

  it('never starts left of the edge margin, and fits whenever the viewport is wide enough', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -200, max: 600 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 10, max: 380 }),
        (left, width, hintWidth) => {
          const anchor = { top: 100, bottom: 140, left, width };
          const place = placeHint(anchor, { width: hintWidth, height: 24 }, VIEWPORT);
          expect(place.left).toBeGreaterThanOrEqual(HINT_EDGE);
          expect(place.left + hintWidth).toBeLessThanOrEqual(VIEWPORT.width - HINT_EDGE);
        },
      ),
    );
  });
});
