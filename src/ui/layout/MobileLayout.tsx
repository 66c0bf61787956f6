import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, useState, type ReactNode } from 'react';

import { useDerived } from '@/state/derived';
import { findingsPanelCode, yamlPanelCode } from '@/ui/layout/afterStartParts';
import { FormSectionsIsland } from '@/ui/layout/islands';
import { FormPlaceholder } from '@/ui/layout/FormPlaceholder';
import { LoadedAfterStart } from '@/ui/layout/LoadedAfterStart';
import { ViewTabs } from '@/ui/layout/ViewTabs';
import { afterStart } from '@/ui/startPhase';
import { useUiActions, useUiStore, type MobileTab } from '@/ui/hooks/useUiStore';
import { useWhenNearScreen } from '@/ui/hooks/useWhenNearScreen';

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

/** The Findings tab's label, with the count of errors and warnings once there are any. */
function FindingsTabLabel({ label }: { label: string }) {
  const errors = useDerived((d) => d.findings.filter((f) => f.severity === 'error').length);
  const warnings = useDerived((d) => d.findings.filter((f) => f.severity === 'warning').length);
  const findingCount = errors + warnings;
  return findingCount > 0 ? (
    <Badge badgeContent={findingCount} color="error" sx={{ '& .MuiBadge-badge': { right: -12 } }}>
      {label}
    </Badge>
  ) : (
    label
  );
}

/**
 * Phone layout: Form, YAML and Findings as tabs. On a first visit they sit below the preset
 * gallery: the form (and the checks its findings count needs) renders once it nears the screen,
 * so the gallery a phone shows first starts without the form's cost.
 */
export function MobileLayout() {
  const tab = useUiStore((s) => s.mobileTab);
  const { setMobileTab } = useUiActions();
  const {
    near: formNear,
    byFocus: formByFocus,
    ref: formRef,
  } = useWhenNearScreen<HTMLDivElement>(FormSectionsIsland.preload);
  useEffect(() => {
    // Their code is in before anyone taps a tab: fetched once the tabs near the screen.
    if (!formNear) return;
    void afterStart(yamlPanelCode.preload);
    void afterStart(findingsPanelCode.preload);
  }, [formNear]);
  useEffect(() => {
    // Focus was on the stand-in ("Skip to the form"): it moves to the form that replaced it.
    if (formNear && formByFocus) document.getElementById('form')?.focus();
  }, [formNear, formByFocus]);
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
              t.value === 'findings' && formNear ? <FindingsTabLabel label={t.label} /> : t.label,
          }))}
        />
      </Box>
      <Box ref={formRef} sx={{ px: 1.5, py: 2 }}>
        <TabPanel value="form" tab={tab}>
          {formNear ? <FormSectionsIsland /> : <FormPlaceholder />}
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
