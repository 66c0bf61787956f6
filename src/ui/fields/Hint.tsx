import {
  cloneElement,
  useEffect,
  useId,
  useState,
  type FocusEvent,
  type PointerEvent,
  type ReactElement,
} from 'react';

import { HintBubble } from '@/ui/fields/HintBubble';

/** As MUI's Tooltip: a pointer passing over a toolbar does not flash every hint. */
const ENTER_DELAY_MS = 100;
/** Time to move the pointer from the control onto its hint, which then stays (WCAG 1.4.13). */
const LEAVE_GRACE_MS = 100;

interface HintChildProps {
  onPointerEnter?: (event: PointerEvent<HTMLElement>) => void;
  onPointerLeave?: (event: PointerEvent<HTMLElement>) => void;
  onFocus?: (event: FocusEvent<HTMLElement>) => void;
  onBlur?: (event: FocusEvent<HTMLElement>) => void;
  'aria-describedby'?: string;
}

/** One pending change at a time: a newer one replaces it. */
function pendingChange() {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    after: (delay: number, change: () => void) => {
      clearTimeout(timer);
      timer = setTimeout(change, delay);
    },
    cancel: () => clearTimeout(timer),
  };
}

function focusIsVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    // A browser without :focus-visible: keyboard and mouse focus look alike, so show it.
    return true;
  }
}

/**
 * A short text shown by a control on mouse hover or keyboard focus, and tied to it as its
 * description while shown. Its child must have an accessible name of its own. Nothing but the
 * child renders until a hint is shown: MUI's Tooltip, mounted for every header button at start,
 * cost a phone a long task right after the app started.
 */
export function Hint({
  title,
  children,
}: {
  title: string;
  children: ReactElement<HintChildProps>;
}) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [pending] = useState(pendingChange);
  const id = useId();
  const stay = pending.cancel;
  const leave = () => pending.after(LEAVE_GRACE_MS, () => setAnchor(null));
  useEffect(() => pending.cancel, [pending]);

  useEffect(() => {
    if (!anchor) return;
    const hide = () => {
      pending.cancel();
      setAnchor(null);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') hide();
    };
    // A fixed hint would drift from its control: it goes instead.
    document.addEventListener('keydown', onKeyDown);
    window.addEventListener('scroll', hide, true);
    window.addEventListener('resize', hide);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('scroll', hide, true);
      window.removeEventListener('resize', hide);
    };
  }, [anchor, pending]);

  const own = children.props;
  const child = cloneElement(children, {
    onPointerEnter: (event: PointerEvent<HTMLElement>) => {
      own.onPointerEnter?.(event);
      // Touch and pen: a tap would leave a hint behind; the control's name says what it does.
      const target = event.currentTarget;
      if (event.pointerType === 'mouse') pending.after(ENTER_DELAY_MS, () => setAnchor(target));
    },
    onPointerLeave: (event: PointerEvent<HTMLElement>) => {
      own.onPointerLeave?.(event);
      leave();
    },
    onFocus: (event: FocusEvent<HTMLElement>) => {
      own.onFocus?.(event);
      if (!focusIsVisible(event.target)) return;
      stay();
      setAnchor(event.currentTarget);
    },
    onBlur: (event: FocusEvent<HTMLElement>) => {
      own.onBlur?.(event);
      stay();
      setAnchor(null);
    },
    'aria-describedby': anchor ? id : own['aria-describedby'],
  });
  return (
    <>
      {child}
      {anchor && (
        <HintBubble
          id={id}
          anchor={anchor}
          title={title}
          onPointerEnter={stay}
          onPointerLeave={leave}
        />
      )}
    </>
  );
}
