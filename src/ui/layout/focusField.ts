import { isAtOrBelow, parentFieldPath } from '@/core/view/parentFieldPath';
import { sectionForPath, type SectionId } from '@/core/view/sectionForPath';
import type { FieldPath } from '@/core/validation/types';

/** Scroll a section into view and move focus to its heading. */
export function focusSection(id: SectionId): void {
  const heading = document.getElementById(`${id}-heading`);
  const section = document.getElementById(id);
  section?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  if (heading) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
}

function visible(element: HTMLElement): boolean {
  return element.getClientRects().length > 0;
}

const ROOTS = new Set(['spec', 'spec.template', 'spec.template.spec']);

/**
 * The element that edits a field path: the input with that exact `data-path`, else the first
 * input below it, else the same for each ancestor path.
 */
export function findFieldElement(path: FieldPath): HTMLElement | undefined {
  const elements = [...document.querySelectorAll<HTMLElement>('[data-path]')].filter(visible);
  for (let current: FieldPath | undefined = path; current; current = parentFieldPath(current)) {
    // Climbing to the whole spec would land on an unrelated field: the section heading is better.
    if (ROOTS.has(current)) break;
    const target = current;
    const exact = elements.find((e) => e.dataset.path === target);
    if (exact) return exact;
    const below = elements.find((e) => isAtOrBelow(e.dataset.path ?? '', target));
    if (below) return below;
  }
  return undefined;
}

/** Take the user to the field of a finding: scroll it to the middle and focus it. */
export function focusField(path: FieldPath): void {
  const element = findFieldElement(path);
  if (!element) {
    focusSection(sectionForPath(path));
    return;
  }
  element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
}
