import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';

import {
  CONTAINERD_VERSIONS,
  KUBERNETES_VERSIONS,
  WINDOWS_VERSIONS,
} from '@/core/validation/targetOptions';
import { useAppStore } from '@/state/store';

const PICKERS: ReadonlyArray<{
  field: 'kubernetesVersion' | 'containerd' | 'windows';
  label: string;
  helperText: string;
  options: ReadonlyArray<{ value: string; label: string }>;
}> = [
  {
    field: 'kubernetesVersion',
    label: 'Kubernetes version',
    helperText: 'Of the cluster you apply to',
    options: KUBERNETES_VERSIONS.map((version) => ({ value: version, label: version })),
  },
  {
    field: 'containerd',
    label: 'Container runtime on the nodes',
    helperText: 'Changes how processes reach mounts',
    options: CONTAINERD_VERSIONS,
  },
  {
    field: 'windows',
    label: 'Windows Server on the nodes',
    helperText: 'Changes which images pull',
    options: WINDOWS_VERSIONS,
  },
];

/** The cluster the findings are computed for; remembered across visits. */
export function TargetPicker() {
  const target = useAppStore((s) => s.target);
  const setTarget = useAppStore((s) => s.actions.setTarget);
  return (
    // Wraps on a narrow screen: three selects side by side would be too small to tap.
    <Stack direction="row" useFlexGap sx={{ mb: 1.5, gap: 1, flexWrap: 'wrap' }}>
      {PICKERS.map(({ field, label, helperText, options }) => (
        <TextField
          key={field}
          select
          sx={{ flex: '1 1 160px', minWidth: 0 }}
          label={label}
          helperText={helperText}
          value={target[field]}
          // Each option list holds only values of its field.
          onChange={(event) => setTarget({ [field]: event.target.value })}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </TextField>
      ))}
    </Stack>
  );
}
