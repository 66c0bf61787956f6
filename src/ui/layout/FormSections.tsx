import Stack from '@mui/material/Stack';

import { lazySection } from '@/ui/layout/LazySection';
import { ContainersSection } from '@/ui/sections/ContainersSection';
import { UserAccountSection } from '@/ui/sections/UserAccountSection';
import { WorkloadSection } from '@/ui/sections/WorkloadSection';

// Below the fold on every screen: their code loads right after the first render.
const VolumesSection = lazySection('volumes', 'Volumes', 260, () =>
  import('@/ui/sections/VolumesSection').then((m) => ({ default: m.VolumesSection })),
);
const ResourcesSection = lazySection('resources', 'Resources', 360, () =>
  import('@/ui/sections/ResourcesSection').then((m) => ({ default: m.ResourcesSection })),
);
const SchedulingSection = lazySection('scheduling', 'Scheduling', 520, () =>
  import('@/ui/sections/SchedulingSection').then((m) => ({ default: m.SchedulingSection })),
);
const ReviewSection = lazySection('review', 'Review', 360, () =>
  import('@/ui/sections/ReviewSection').then((m) => ({ default: m.ReviewSection })),
);

/** Every form section, in navigation order. */
export function FormSections() {
  return (
    <Stack
      spacing={3}
      component="form"
      id="form"
      tabIndex={-1}
      aria-label="Workload form"
      noValidate
      onSubmit={(event) => event.preventDefault()}
      sx={{ minWidth: 0, '&:focus': { outline: 'none' } }}
    >
      <WorkloadSection />
      <UserAccountSection />
      <ContainersSection />
      <VolumesSection />
      <ResourcesSection />
      <SchedulingSection />
      <ReviewSection />
    </Stack>
  );
}
