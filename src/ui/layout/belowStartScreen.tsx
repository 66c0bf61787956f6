import Box from '@mui/material/Box';
import {
  lazy,
  startTransition,
  Suspense,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';

import { useAppStore } from '@/state/store';
import { useIsDesktop } from '@/ui/hooks/useIsDesktop';

// The form and the output pane load as their own code. On a first visit they sit below the start
// screen: the page is prerendered without them; a desktop renders them right after start, a phone
// when they come near the screen, so its start-up runs only the first screen.
const FormSections = lazy(() =>
  import('@/ui/layout/FormSections').then((m) => ({ default: m.FormSections })),
);
const OutputPane = lazy(() =>
  import('@/ui/layout/OutputPane').then((m) => ({ default: m.OutputPane })),
);
export const LazyYamlPanel = lazy(() =>
  import('@/ui/layout/OutputPane').then((m) => ({ default: m.YamlPanel })),
);
export const LazyFindingsPanel = lazy(() =>
  import('@/ui/preview/FindingsPanel').then((m) => ({ default: m.FindingsPanel })),
);

/** One screen height below the viewport: a reader scrolling down finds the part rendered. */
const AHEAD = '0px 0px 100% 0px';

/**
 * Renders `children` after start: on a desktop at once; on a phone once the start screen is closed
 * or the stand-in comes within a screen of the viewport (or takes focus: "Skip to the form"). Rendering is a transition, so
 * the page keeps answering input meanwhile. The stand-in is busy and holds the place.
 */
function WhenNearScreen({ id, children }: { id?: string; children: ReactNode }) {
  const isDesktop = useIsDesktop();
  const waitForScroll = useAppStore((s) => s.startScreenOpen) && !isDesktop;
  const [near, setNear] = useState(false);
  const [byFocus, setByFocus] = useState(false);
  const standIn = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = standIn.current;
    if (near || !element) return undefined;
    const show = () => startTransition(() => setNear(true));
    if (!waitForScroll || typeof IntersectionObserver !== 'function') {
      show();
      return undefined;
    }
    const observer = new IntersectionObserver(
      (entries) => entries.some((entry) => entry.isIntersecting) && show(),
      { rootMargin: AHEAD },
    );
    observer.observe(element);
    // Focus must follow into what renders: no transition then.
    const focused = () => {
      setByFocus(true);
      setNear(true);
    };
    element.addEventListener('focusin', focused);
    return () => {
      observer.disconnect();
      element.removeEventListener('focusin', focused);
    };
  }, [near, waitForScroll]);
  const placeholder = (
    <Box ref={standIn} id={id} tabIndex={-1} aria-busy="true" sx={{ minHeight: '100vh' }} />
  );
  if (!near) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      {children}
      {byFocus && id && <FocusOnMount id={id} />}
    </Suspense>
  );
}

/** Moves focus to the element that took the stand-in's id, once it is in the page. */
function FocusOnMount({ id }: { id: string }) {
  useEffect(() => document.getElementById(id)?.focus(), [id]);
  return null;
}

export const LazyFormSections = () => (
  <WhenNearScreen id="form">
    <FormSections />
  </WhenNearScreen>
);
export const LazyOutputPane = () => (
  <WhenNearScreen>
    <OutputPane />
  </WhenNearScreen>
);
