import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, useState, type ReactNode } from 'react';

import { useDerived } from '@/state/derived';
import { findingsPanelCode, yamlPanelCode } from '@/ui/layout/afterStartParts';
import { FormSectionsIsland } from '@/ui/layout/islands';
import { LoadedAfterStart } from '@/ui/layout/LoadedAfterStart';
import { ViewTabs } from '@/ui/layout/ViewTabs';
import { afterStart } from '@/ui/startPhase';
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

/**
 * A tab's panel: rendered when first shown, then kept (hidden) so it keeps its scroll position and
 * state. Rendering the hidden YAML and Findings at start took a phone a long task for nothing.
 */
function TabPanel({
  value,
  tab,
  children,
}: {
  value: MobileTab;
  tab: MobileTab;
  children: ReactNode;
}) {
  const shown = tab === value;
  const [rendered, setRendered] = useState(shown);
  if (shown && !rendered) setRendered(true);
  return (
    <Box role="tabpanel" id={`panel-${value}`} aria-labelledby={`tab-${value}`} hidden={!shown}>
      {rendered && children}
    </Box>
  );
}

/** Phone layout: Form, YAML and Findings as tabs. */
export function MobileLayout() {
  const tab = useUiStore((s) => s.mobileTab);
  const { setMobileTab } = useUiActions();
  useEffect(() => {
    // Their code is in before anyone taps a tab, fetched once the app has started.
    void afterStart(yamlPanelCode.preload);
    void afterStart(findingsPanelCode.preload);
  }, []);
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
        <ViewTabs
          label="View"
          value={tab}
          onChange={setMobileTab}
          tabs={TABS.map((t) => ({
            value: t.value,
            label:
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
              ),
          }))}
        />
      </Box>
      <Box sx={{ px: 1.5, py: 2 }}>
        <TabPanel value="form" tab={tab}>
          <FormSectionsIsland />
        </TabPanel>
        <TabPanel value="yaml" tab={tab}>
          <LoadedAfterStart code={yamlPanelCode} fallback={WAITING} />
        </TabPanel>
        <TabPanel value="findings" tab={tab}>
          <LoadedAfterStart code={findingsPanelCode} fallback={WAITING} />
        </TabPanel>
      </Box>
    </>
  );
}
