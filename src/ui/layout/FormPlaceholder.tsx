import Stack from '@mui/material/Stack';

import { SECTIONS, type SectionId } from '@/core/ui/sectionForPath';
import { SectionPlaceholder } from '@/ui/layout/SectionPlaceholder';

/** About each section's height on a phone with the first-visit draft, so the page barely moves. */
const PHONE_HEIGHTS: Record<SectionId, number> = {
  workload: 560,
  'user-account': 720,
  containers: 960,
  volumes: 260,
  resources: 360,
  scheduling: 520,
  review: 360,
};

/**
 * The whole form's stand-in until it is rendered (see `useWhenNearScreen`): every section as its
 * heading in a card, under the form's id and name, so "Skip to the form" and section links land
 * where the form will be.
 */
export function FormPlaceholder() {
  return (
    <Stack
      spacing={3}
      id="form"
      tabIndex={-1}
      aria-label="Workload form"
      aria-busy="true"
      sx={{ '&:focus': { outline: 'none' } }}
    >
      {SECTIONS.map(({ id, title }) => (
        <SectionPlaceholder key={id} id={id} title={title} minHeight={PHONE_HEIGHTS[id]} />
      ))}
    </Stack>
  );
}
