/** The anchor's box, as `getBoundingClientRect()` gives it (viewport coordinates). */
export interface AnchorBox {
  top: number;
  bottom: number;
  left: number;
  width: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface HintPlacement {
  top: number;
  left: number;
  side: 'below' | 'above';
}

/** Between the anchor and its hint, as MUI's Tooltip leaves it. */
export const HINT_GAP = 14;
/** The least room a hint keeps from the viewport's edges. */
export const HINT_EDGE = 8;

/**
 * Where a hint goes: centred below its anchor, above it when the viewport has no room below (and
 * room above), and always inside the viewport horizontally, so a button at the screen's edge
 * never pushes its hint off screen.
 */
export function placeHint(anchor: AnchorBox, hint: Size, viewport: Size): HintPlacement {
  const below = anchor.bottom + HINT_GAP;
  const above = anchor.top - HINT_GAP - hint.height;
  const roomBelow = below + hint.height <= viewport.height - HINT_EDGE;
  const side = roomBelow || above < HINT_EDGE ? 'below' : 'above';
  const centred = anchor.left + anchor.width / 2 - hint.width / 2;
  const left = Math.max(HINT_EDGE, Math.min(centred, viewport.width - HINT_EDGE - hint.width));
  return { top: side === 'below' ? below : above, left, side };
}
