import { useEffect } from 'react';

import { focusField } from '@/ui/layout/focusField';
import { useAppStore } from '@/state/store';

/** Carries out "go to field" requests once the form is on screen (after a tab switch on phones). */
export function useFocusRequests(): void {
  const request = useAppStore((s) => s.focusRequest);
  useEffect(() => {
    if (!request) return;
    const frame = requestAnimationFrame(() => focusField(request.path));
    return () => cancelAnimationFrame(frame);
  }, [request]);
}
