import { createElement, type ReactNode } from 'react';

import { useCodeAfterStart } from '@/ui/hooks/useCodeAfterStart';
import type { Preloadable } from '@/ui/layout/preloadable';

/** A part whose code loads after start; `fallback` stands in until then (and in the prerender). */
export function LoadedAfterStart({
  code,
  fallback = null,
}: {
  code: Preloadable<object>;
  fallback?: ReactNode;
}) {
  const component = useCodeAfterStart(code);
  return component ? createElement(component) : fallback;
}
