import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';

import {
  CONTAINERD_VERSIONS,
  KUBERNETES_VERSIONS,
  WINDOWS_VERSIONS,
} from '@/core/validation/targetOptions';
import type { Target } from '@/core/validation/types';
import { useAppStore } from '@/state/store';

const PICKER_SX = { flex: '1 1 160px', minWidth: 0 } as const;

/** The cluster the findings are computed for; remembered across visits. */
export function TargetPicker() {
  const target = useAppStore((s) => s.target);
  const setTarget = useAppStore((s) => s.actions.setTarget);
  return (
    // Wraps on a narrow screen: three selects side by side would be too small to tap.
    <Stack direction="row" useFlexGap sx={{ mb: 1.5, gap: 1, flexWrap: 'wrap' }}>
      <TextField
        select
        sx={PICKER_SX}
        label="Kubernetes version"
        value={target.kubernetesVersion}
        onChange={(event) => setTarget({ kubernetesVersion: event.target.value })}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        helperText="Of the cluster you apply to"
      >
        {KUBERNETES_VERSIONS.map((version) => (
          <option key={version} value={version}>
            {version}
          </option>
        ))}
      </TextField>
      <TextField
        select
        sx={PICKER_SX}
        label="Container runtime on the nodes"
        value={target.containerd}
        onChange={(event) => setTarget({ containerd: event.target.value as Target['containerd'] })}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        helperText="Changes how processes reach mounts"
      >
        {CONTAINERD_VERSIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </TextField>
      <TextField
        select
        sx={PICKER_SX}
        label="Windows Server on the nodes"
        value={target.windows}
        onChange={(event) => setTarget({ windows: event.target.value as Target['windows'] })}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        helperText="Changes which images pull"
      >
        {WINDOWS_VERSIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </TextField>
    </Stack>
  );
}
