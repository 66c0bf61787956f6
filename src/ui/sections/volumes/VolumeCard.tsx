import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Volume } from 'kubernetes-types/core/v1';

import { patchVolume, removeVolume } from '@/core/model/draftOps';
import { VOLUME_KINDS, volumeKindOf } from '@/core/view/volumeKinds';
import { useActions, useDraft, useExpanded } from '@/state/store';
import { itemKey } from '@/state/uiSlice';
import {} from '@/state/uiSlice';
import { FieldText } from '@/ui/fields/FieldText';
import { ExpandToggle } from '@/ui/fields/ExpandToggle';
import { FindingCounts } from '@/ui/fields/FindingCounts';
import { usePodPath } from '@/ui/hooks/useDraftEdit';
import { MountsEditor } from '@/ui/sections/volumes/MountsEditor';
import { VolumeSourceFields } from '@/ui/sections/volumes/VolumeSourceFields';

/** One volume: its name, its source, and its mounts. */
export function VolumeCard({ index, count }: { index: number; count: number }) {
  const volume = useDraft((d) => d.volumes[index]);
  const { apply } = useActions();
  const podPath = usePodPath();
  const key = itemKey('volumes', index);
  const expanded = useExpanded(key, count);
  if (!volume) return null;
  const bodyId = `volumes-${index}-editor`;
  const kind = volumeKindOf(volume);
  const title = VOLUME_KINDS.find((k) => k.id === kind)?.title ?? 'Other source';
  const path = podPath(`spec.volumes[${index}]`);
  const set = (next: Volume) => apply((draft) => patchVolume(draft, index, next));
  const who = `volume ${volume.name || index + 1}`;
  return (
    <Paper variant="outlined" component="article" aria-label={who} sx={{ p: expanded ? 2 : 1.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: expanded ? 2 : 0 }}>
        <ExpandToggle itemKey={key} expanded={expanded} who={who} controls={bodyId} />
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="subtitle2" component="h3" sx={{ overflowWrap: 'anywhere' }}>
            {title}: {volume.name || 'unnamed'}
          </Typography>
          {!expanded && (
            <Typography
              variant="body2"
              color="text.secondary"
              sx={{ overflowWrap: 'anywhere', display: 'flex', gap: 1, flexWrap: 'wrap' }}
            >
              {volume.hostPath && <span>{volume.hostPath.path}</span>}
              <FindingCounts path={path} />
            </Typography>
          )}
        </Box>
        <IconButton
          aria-label={`Remove ${who}`}
          size="small"
          onClick={() => apply((d) => removeVolume(d, index))}
        >
          <DeleteOutlineIcon fontSize="small" />
        </IconButton>
      </Box>
      {expanded && (
        <Stack spacing={2} id={bodyId}>
          <FieldText
            label="Volume name"
            path={`${path}.name`}
            value={volume.name}
            onValueChange={(name) => set({ ...volume, name })}
            helperText="Mounts refer to the volume by this name."
          />
          <VolumeSourceFields volume={volume} path={path} onChange={set} />
          <MountsEditor volumeName={volume.name} who={who} />
        </Stack>
      )}
    </Paper>
  );
}
