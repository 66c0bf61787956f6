import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { useAppStore } from '@/state/store';
import { YamlPane } from '@/ui/editor/YamlPane';
import { FindingsPanel } from '@/ui/preview/FindingsPanel';
import { OutputActions } from '@/ui/preview/OutputActions';

/** The desktop right pane: output actions, the YAML editor and the findings. */
export function OutputPane() {
  return (
    <Stack
      spacing={2}
      component="aside"
      aria-label="Output"
      sx={{
        position: 'sticky',
        top: 16,
        maxHeight: 'calc(100vh - 32px)',
        overflowY: 'auto',
        pr: 0.5,
        '& > *': { flexShrink: 0 },
      }}
    >
      <Typography variant="h6" component="h2">
        YAML
      </Typography>
      <OutputActions />
      <YamlPane />
      <FindingsPanel />
    </Stack>
  );
}

/** The phone's YAML tab: the output actions (while the tab is shown) and the YAML editor. */
export function YamlPanel() {
  const tab = useAppStore((s) => s.mobileTab);
  return (
    <Stack spacing={2}>
      {tab === 'yaml' && <OutputActions />}
      <YamlPane />
    </Stack>
  );
}
