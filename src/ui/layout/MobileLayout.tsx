import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';

import { useDerived } from '@/state/derived';
import { findingsPanelCode, yamlPanelCode } from '@/ui/layout/afterStartParts';
import { FormSectionsIsland } from '@/ui/layout/islands';
import { LoadedAfterStart } from '@/ui/layout/LoadedAfterStart';
import { useUiActions, useUiStore, type MobileTab } from '@/ui/hooks/useUiStore';

const TABS: ReadonlyArray<{ value: MobileTab; label: string }> = [
  { value: 'form', label: 'Form' },
  { value: 'yaml', label: 'YAML' },
  { value: 'findings', label: 'Findings' },
];

// The hidden tabs' code loads after start; a glance at them before that shows this.
const WAITING = (
  <Typography variant="body2" color="text.secondary" role="status">
    Loading…
  </Typography>
);

/** Phone layout: Form, YAML and Findings as tabs; hidden panels stay mounted. */
export function MobileLayout() {
  const tab = useUiStore((s) => s.mobileTab);
  const { setMobileTab } = useUiActions();
  const errors = useDerived((d) => d.findings.filter((f) => f.severity === 'error').length);
  const warnings = useDerived((d) => d.findings.filter((f) => f.severity === 'warning').length);
  const findingCount = errors + warnings;
  return (
    <>
      <Box
        sx={{
          position: 'sticky',
          top: 0,
          zIndex: 10,
          bgcolor: 'background.default',
          borderBottom: 1,
          borderColor: 'divider',
        }}
      >
        <Tabs
          value={tab}
          onChange={(_, next: MobileTab) => setMobileTab(next)}
          variant="fullWidth"
          aria-label="View"
        >
          {TABS.map((t) => (
            <Tab
              key={t.value}
              value={t.value}
              id={`tab-${t.value}`}
              aria-controls={`panel-${t.value}`}
              label={
                t.value === 'findings' && findingCount > 0 ? (
                  <Badge
                    badgeContent={findingCount}
                    color="error"
                    sx={{ '& .MuiBadge-badge': { right: -12 } }}
                  >
                    {t.label}
                  </Badge>
                ) : (
                  t.label
                )
              }
            />
          ))}
        </Tabs>
      </Box>
      <Box sx={{ px: 1.5, py: 2 }}>
        <Box role="tabpanel" id="panel-form" aria-labelledby="tab-form" hidden={tab !== 'form'}>
          <FormSectionsIsland />
        </Box>
        <Box role="tabpanel" id="panel-yaml" aria-labelledby="tab-yaml" hidden={tab !== 'yaml'}>
          <LoadedAfterStart code={yamlPanelCode} fallback={WAITING} />
        </Box>
        <Box
          role="tabpanel"
          id="panel-findings"
          aria-labelledby="tab-findings"
          hidden={tab !== 'findings'}
        >
          <LoadedAfterStart code={findingsPanelCode} fallback={WAITING} />
        </Box>
      </Box>
    </>
  );
}
