import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import type { VolumeMount } from 'kubernetes-types/core/v1';
import { useMemo } from 'react';

import { removeMount } from '@/core/model/draftOps';
import {
  mountNew,
  mountsOf,
  mountTargetOf,
  mountTargets,
  moveMount,
  patchMount,
  type MountRef,
} from '@/core/view/volumeMounts';
import { useActions, useDraft } from '@/state/store';
import { FieldFindings } from '@/ui/fields/FieldFindings';
import { FieldSelect } from '@/ui/fields/FieldSelect';
import { FieldText } from '@/ui/fields/FieldText';
import { AddButton, ListFieldset } from '@/ui/fields/ListEditor';
import { usePodPath } from '@/ui/hooks/useDraftEdit';
import { MountAccessHelp } from '@/ui/sections/volumes/MountAccessHelp';

/** Where one volume is mounted: one row per container mount. */
export function MountsEditor({ volumeName, who }: { volumeName: string; who: string }) {
  const containers = useDraft((d) => d.containers);
  const initContainers = useDraft((d) => d.initContainers);
  const { apply } = useActions();
  const podPath = usePodPath();
  const mounts = useMemo(
    () => mountsOf({ containers, initContainers }, volumeName),
    [containers, initContainers, volumeName],
  );
  const targets = mountTargets({ containers, initContainers });
  const update = (ref: MountRef, change: Partial<VolumeMount>) =>
    apply((d) => patchMount(d, ref, change));
  const firstTarget = targets[0]?.value;
  return (
    <ListFieldset legend="Mounts">
      {mounts.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          Not mounted into any container yet.
        </Typography>
      )}
      {mounts.map((ref, n) => {
        const base = podPath(`spec.${ref.list}[${ref.container}].volumeMounts`);
        const path = `${base}[${ref.mount}]`;
        return (
          <Box key={`${ref.list}-${ref.container}-${ref.mount}`}>
            <Box
              sx={{
                display: 'grid',
                gap: 1.5,
                gridTemplateColumns: { xs: '1fr', sm: 'minmax(0, 1fr) minmax(0, 1fr)' },
                alignItems: 'start',
              }}
            >
              <FieldSelect
                label="Container"
                path={`${path}#container`}
                value={mountTargetOf(ref.list, ref.container)}
                options={targets}
                onChange={(target) => apply((d) => moveMount(d, ref, target))}
                sx={{ minWidth: 0 }}
              />
              <FieldText
                label="Mount path"
                path={`${path}.mountPath`}
                value={ref.value.mountPath}
                onChange={(mountPath) => update(ref, { mountPath })}
              />
              <FieldText
                label="Sub path"
                path={`${path}.subPath`}
                value={ref.value.subPath ?? ''}
                onChange={(subPath) => update(ref, { subPath: subPath || undefined })}
              />
              <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
                <FormControlLabel
                  label="Read-only"
                  sx={{ mr: 0 }}
                  control={
                    <Checkbox
                      checked={ref.value.readOnly === true}
                      onChange={(e) => update(ref, { readOnly: e.target.checked || undefined })}
                    />
                  }
                />
                <IconButton
                  aria-label={`Remove mount ${n + 1} of ${who}`}
                  onClick={() => apply((d) => removeMount(d, ref.list, ref.container, ref.mount))}
                >
                  <DeleteOutlineIcon />
                </IconButton>
              </Box>
            </Box>
            <FieldFindings path={`${base}.subPath`} />
            <MountAccessHelp mountPath={ref.value.mountPath} />
          </Box>
        );
      })}
      {firstTarget && (
        <AddButton
          label={`Mount ${who} into a container`}
          onClick={() => apply((d) => mountNew(d, firstTarget, volumeName))}
        >
          Mount into a container
        </AddButton>
      )}
    </ListFieldset>
  );
}
