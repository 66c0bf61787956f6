import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import IconButton from '@mui/material/IconButton';
import type { Volume } from 'kubernetes-types/core/v1';

import { patchVolume, removeVolume } from '@/core/model/draftOps';
import { VOLUME_KINDS, volumeKindOf } from '@/core/view/volumeKinds';
import { useActions, useDraft } from '@/state/store';
import { itemKey } from '@/core/view/itemKeys';
import { FieldText } from '@/ui/fields/FieldText';
import { ItemCard } from '@/ui/fields/ItemCard';
import { usePodPath } from '@/ui/hooks/useDraftEdit';
import { MountsEditor } from '@/ui/sections/volumes/MountsEditor';
import { VolumeSourceFields } from '@/ui/sections/volumes/VolumeSourceFields';

/** One volume: its name, its source, and its mounts. */
export function VolumeCard({ index, count }: { index: number; count: number }) {
  const volume = useDraft((d) => d.volumes[index]);
  const { apply } = useActions();
  const podPath = usePodPath();
  if (!volume) return null;
  const title = VOLUME_KINDS.find((k) => k.id === volumeKindOf(volume))?.title ?? 'Other source';
  const path = podPath(`spec.volumes[${index}]`);
  const set = (next: Volume) => apply((draft) => patchVolume(draft, index, next));
  const who = `volume ${volume.name || index + 1}`;
  return (
    <ItemCard
      itemKey={itemKey('volumes', index)}
      count={count}
      who={who}
      title={`${title}: ${volume.name || 'unnamed'}`}
      summary={volume.hostPath?.path}
      path={path}
      actions={
        <IconButton
          aria-label={`Remove ${who}`}
          size="small"
          onClick={() => apply((d) => removeVolume(d, index))}
        >
          <DeleteOutlineIcon fontSize="small" />
        </IconButton>
      }
    >
      <FieldText
        label="Volume name"
        path={`${path}.name`}
        value={volume.name}
        onChange={(name) => set({ ...volume, name })}
        helperText="Mounts refer to the volume by this name."
      />
      <VolumeSourceFields volume={volume} path={path} onChange={set} />
      <MountsEditor volumeName={volume.name} who={who} />
    </ItemCard>
  );
}
