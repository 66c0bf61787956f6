import Stack from '@mui/material/Stack';

import { useAppStore } from '@/state/store';
import { OutputActions } from '@/ui/preview/OutputActions';
import { YamlPane } from '@/ui/editor/YamlPane';

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
