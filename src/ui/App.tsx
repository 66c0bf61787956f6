import Box from '@mui/material/Box';
import { useEffect } from 'react';

import { useAppStore } from '@/state/store';
import { AppHeader } from '@/ui/header/AppHeader';
import { useIsDesktop } from '@/ui/hooks/useIsDesktop';
import { focusField } from '@/ui/layout/focusField';
import { MobileLayout } from '@/ui/layout/MobileLayout';
import { LazyFormSections, LazyOutputPane } from '@/ui/layout/belowStartScreen';
import { SectionNav } from '@/ui/layout/SectionNav';
import { SkipLink } from '@/ui/layout/SkipLink';
import { PresetGallery } from '@/ui/presets/PresetGallery';

/**
 * Desktop: section navigation | the form | the sticky YAML editor with findings.
 * Phone: tabs for Form, YAML and Findings.
 */
export function App() {
  const isDesktop = useIsDesktop();
  const focusRequest = useAppStore((s) => s.focusRequest);
  useEffect(() => {
    if (!focusRequest) return;
    // "Go to field" waits a frame: the form is on screen then (after a tab switch on phones).
    const frame = requestAnimationFrame(() => focusField(focusRequest.path));
    return () => cancelAnimationFrame(frame);
  }, [focusRequest]);
  return (
    <>
      <SkipLink href="#form">Skip to the form</SkipLink>
      <AppHeader />
      <PresetGallery />
      <Box component="main" sx={{ maxWidth: 1800, mx: 'auto' }}>
        {isDesktop ? (
          <Box
            sx={{
              display: 'grid',
              gap: 3,
              px: 3,
              py: 3,
              gridTemplateColumns: {
                md: '150px minmax(0, 1fr) minmax(0, 1fr)',
                lg: '180px minmax(0, 1.3fr) minmax(0, 1fr)',
              },
              alignItems: 'start',
            }}
          >
            <SectionNav />
            <LazyFormSections />
            <LazyOutputPane />
          </Box>
        ) : (
          <MobileLayout />
        )}
      </Box>
    </>
  );
}
