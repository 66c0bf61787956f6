import { keyframes } from '@emotion/react';
import { alpha, styled } from '@mui/material/styles';
import { useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';

import { placeHint } from '@/core/view/hintPlacement';

const appear = keyframes`from { opacity: 0; }`;

/** Where a hint is placed in the document: in its control's landmark, so none is outside one. */
const LANDMARKS = 'main, nav, header, footer, aside, [role="dialog"]';

// MUI's Tooltip look, without its Popper: nothing of it exists until a hint is shown.
const Bubble = styled('div')(({ theme }) => ({
  position: 'fixed',
  zIndex: theme.zIndex.tooltip,
  maxWidth: 300,
  padding: '4px 8px',
  borderRadius: theme.shape.borderRadius,
  backgroundColor: alpha(theme.palette.grey[700], 0.92),
  color: theme.palette.common.white,
  fontFamily: theme.typography.fontFamily,
  fontSize: theme.typography.pxToRem(11),
  fontWeight: theme.typography.fontWeightMedium,
  lineHeight: 1.4,
  overflowWrap: 'break-word',
  '@media (prefers-reduced-motion: no-preference)': {
    animation: `${appear} 150ms ease-out`,
  },
}));

export interface HintBubbleProps {
  id: string;
  anchor: HTMLElement;
  title: string;
  /** The pointer reached the bubble (it stays while the pointer is on it). */
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

/** A shown hint: placed by its anchor (measured after each render, so a new title re-centres). */
export function HintBubble({ id, anchor, title, onPointerEnter, onPointerLeave }: HintBubbleProps) {
  const bubble = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = bubble.current;
    if (!element) return;
    // Measured where `fixed` puts 0, 0: an ancestor with a transform or containment moves that
    // point off the viewport's corner, and the placement takes it off.
    element.style.top = '0px';
    element.style.left = '0px';
    const origin = element.getBoundingClientRect();
    const place = placeHint(
      anchor.getBoundingClientRect(),
      { width: element.offsetWidth, height: element.offsetHeight },
      { width: document.documentElement.clientWidth, height: window.innerHeight },
    );
    element.style.top = `${place.top - origin.top}px`;
    element.style.left = `${place.left - origin.left}px`;
    element.style.visibility = 'visible';
  });
  return createPortal(
    <Bubble
      ref={bubble}
      id={id}
      role="tooltip"
      data-hint
      style={{ visibility: 'hidden' }}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      {title}
    </Bubble>,
    anchor.closest(LANDMARKS) ?? document.body,
  );
}
