import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Stack from '@mui/material/Stack';

import { AppHeader } from '@/ui/header/AppHeader';
import { FindingsPanel } from '@/ui/preview/FindingsPanel';
import { OutputActions } from '@/ui/preview/OutputActions';
import { YamlPreview } from '@/ui/preview/YamlPreview';
import { ContainersSection } from '@/ui/sections/ContainersSection';
import { UserAccountSection } from '@/ui/sections/UserAccountSection';
import { WorkloadSection } from '@/ui/sections/WorkloadSection';

/** Two panes: the form, and the live YAML preview with its findings. */
export function App() {
  return (
    <>
      <AppHeader />
      <Container maxWidth="xl" component="main" sx={{ py: 3 }}>
        <Box
          sx={{
            display: 'grid',
            gap: 3,
            gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) minmax(0, 1fr)' },
            alignItems: 'start',
          }}
        >
          <Stack
            spacing={3}
            component="form"
            aria-label="Workload form"
            noValidate
            onSubmit={(e) => e.preventDefault()}
          >
            <WorkloadSection />
            <UserAccountSection />
            <ContainersSection />
          </Stack>
          <Stack
            spacing={2}
            component="aside"
            aria-label="Output"
            sx={{ position: { md: 'sticky' }, top: 16 }}
          >
            <OutputActions />
            <YamlPreview />
            <FindingsPanel />
          </Stack>
        </Box>
      </Container>
    </>
  );
}
