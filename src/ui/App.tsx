import Box from '@mui/material/Box';

import { useFocusRequests } from '@/ui/hooks/useFocusRequests';
import { useIsDesktop } from '@/ui/hooks/useIsDesktop';
import {
  AppHeaderIsland,
  FormSectionsIsland,
  MobileLayoutIsland,
  OutputPaneIsland,
  StartScreenIsland,
} from '@/ui/layout/islands';
import { SectionNav } from '@/ui/layout/SectionNav';
import { SkipLink } from '@/ui/layout/SkipLink';

/**
 * Desktop: section navigation | the form | the sticky YAML editor with findings.
 * Phone: tabs for Form, YAML and Findings.
 */
export function App() {
  const isDesktop = useIsDesktop();
  useFocusRequests();
  return (
    <>
      <SkipLink href="#form">Skip to the form</SkipLink>
      <AppHeaderIsland />
      <StartScreenIsland />
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
            <FormSectionsIsland />
            <OutputPaneIsland />
          </Box>
        ) : (
          // Phones only: desktops never load the tabs.
          <MobileLayoutIsland />
        )}
      </Box>
    </>
  );
}
