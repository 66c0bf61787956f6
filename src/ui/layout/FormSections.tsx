import Stack from '@mui/material/Stack';

import { ContainersSection } from '@/ui/sections/ContainersSection';
import { ResourcesSection } from '@/ui/sections/ResourcesSection';
import { ReviewSection } from '@/ui/sections/ReviewSection';
import { SchedulingSection } from '@/ui/sections/SchedulingSection';
import { UserAccountSection } from '@/ui/sections/UserAccountSection';
import { VolumesSection } from '@/ui/sections/VolumesSection';
import { WorkloadSection } from '@/ui/sections/WorkloadSection';

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
