import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import { Suspense, useState, type ReactNode } from 'react';

import { useChecks } from '@/state/derivedContext';
import { LazyFindingsPanel, LazyFormSections, LazyYamlPanel } from '@/ui/layout/belowStartScreen';
import { ViewTabs } from '@/ui/layout/ViewTabs';
import { useActions, useAppStore } from '@/state/store';
import { type MobileTab } from '@/state/uiSlice';

const TABS: Record<MobileTab, string> = { form: 'Form', yaml: 'YAML', findings: 'Findings' };

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
      {rendered && <Suspense fallback={null}>{children}</Suspense>}
    </Box>
  );
}

/** The Findings tab's label, with the count of errors and warnings once there are any. */
function FindingsTabLabel() {
  const { findings } = useChecks();
  const findingCount = findings.filter((f) => f.severity !== 'info').length;
  return findingCount > 0 ? (
    <Badge badgeContent={findingCount} color="error" sx={{ '& .MuiBadge-badge': { right: -12 } }}>
      {TABS.findings}
    </Badge>
  ) : (
    TABS.findings
  );
}

/** Phone layout: Form, YAML and Findings as tabs. */
export function MobileLayout() {
  const tab = useAppStore((s) => s.mobileTab);
  const { setMobileTab } = useActions();
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
          tabs={(Object.keys(TABS) as MobileTab[]).map((value) => ({
            value,
            label: value === 'findings' ? <FindingsTabLabel /> : TABS[value],
          }))}
        />
      </Box>
      <Box sx={{ px: 1.5, py: 2 }}>
        <TabPanel value="form" tab={tab}>
          <LazyFormSections />
        </TabPanel>
        <TabPanel value="yaml" tab={tab}>
          <LazyYamlPanel />
        </TabPanel>
        <TabPanel value="findings" tab={tab}>
          <LazyFindingsPanel />
        </TabPanel>
      </Box>
    </>
  );
}
