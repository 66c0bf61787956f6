import Stack from '@mui/material/Stack';

import { useAppStore } from '@/state/store';
import { OutputActions } from '@/ui/preview/OutputActions';
import { YamlPreview } from '@/ui/preview/YamlPreview';

/** The phone's YAML tab: the output actions (while the tab is shown) and the preview. */
export function YamlPanel() {
  const tab = useAppStore((s) => s.mobileTab);
  return (
    <Stack spacing={2}>
      {tab === 'yaml' && <OutputActions />}
      <YamlPreview />
    </Stack>
  );
}
