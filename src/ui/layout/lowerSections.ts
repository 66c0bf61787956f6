import { lazySection } from '@/ui/layout/LazySection';

// Below the fold on every screen: their code is a chunk of its own, loaded after start.
export const VolumesSection = lazySection('volumes', 'Volumes', 260, () =>
  import('@/ui/sections/VolumesSection').then((m) => ({ default: m.VolumesSection })),
);
export const ResourcesSection = lazySection('resources', 'Resources', 360, () =>
  import('@/ui/sections/ResourcesSection').then((m) => ({ default: m.ResourcesSection })),
);
export const SchedulingSection = lazySection('scheduling', 'Scheduling', 520, () =>
  import('@/ui/sections/SchedulingSection').then((m) => ({ default: m.SchedulingSection })),
);
export const ReviewSection = lazySection('review', 'Review', 360, () =>
  import('@/ui/sections/ReviewSection').then((m) => ({ default: m.ReviewSection })),
);
