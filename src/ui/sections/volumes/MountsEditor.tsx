import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import type { VolumeMount } from 'kubernetes-types/core/v1';
import { useMemo } from 'react';

import {
  addMount,
  removeMount,
  updateContainerItems,
  type ContainerList,
} from '@/core/model/draftOps';
import { replaceAt } from '@/core/view/listOps';
import { mountsOf, type MountRef } from '@/core/view/volumeMounts';
import { useActions, useDraft } from '@/state/store';
import { FieldFindings } from '@/ui/fields/FieldFindings';
import { FieldSelect } from '@/ui/fields/FieldSelect';
import { FieldText } from '@/ui/fields/FieldText';
import { AddButton, ListFieldset } from '@/ui/fields/ListEditor';
import { usePodPath } from '@/ui/hooks/useDraftEdit';
import { MountAccessHelp } from '@/ui/sections/volumes/MountAccessHelp';

const key = (list: ContainerList, index: number) => `${list}:${index}`;

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
  const targets = [
    ...containers.map((c, i) => ({
      value: key('containers', i),
      label: `Container ${c.name || i + 1}`,
    })),
    ...initContainers.map((c, i) => ({
      value: key('initContainers', i),
      label: `Init container ${c.name || i + 1}`,
    })),
  ];
  const update = (ref: MountRef, next: VolumeMount) =>
    apply((d) =>
      updateContainerItems(d, ref.list, ref.container, 'volumeMounts', (all) =>
        replaceAt(all, ref.mount, next),
      ),
    );
  const move = (ref: MountRef, target: string) => {
    const [list, index] = target.split(':') as [ContainerList, string];
    apply((d) =>
      addMount(removeMount(d, ref.list, ref.container, ref.mount), list, Number(index), ref.value),
    );
  };
  const firstFree = targets[0]?.value;

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
                value={key(ref.list, ref.container)}
                options={targets}
                onChange={(target) => move(ref, target)}
                sx={{ minWidth: 0 }}
              />
              <FieldText
                label="Mount path"
                path={`${path}.mountPath`}
                value={ref.value.mountPath}
                onValueChange={(mountPath) => update(ref, { ...ref.value, mountPath })}
              />
              <FieldText
                label="Sub path"
                path={`${path}.subPath`}
                value={ref.value.subPath ?? ''}
                onValueChange={(subPath) =>
                  update(ref, { ...ref.value, subPath: subPath || undefined })
                }
              />
              <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
                <FormControlLabel
                  label="Read-only"
                  sx={{ mr: 0 }}
                  control={
                    <Checkbox
                      checked={ref.value.readOnly === true}
                      onChange={(e) =>
                        update(ref, { ...ref.value, readOnly: e.target.checked || undefined })
                      }
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
      {firstFree && (
        <AddButton
          label={`Mount ${who} into a container`}
          onClick={() => {
            const [list, index] = firstFree.split(':') as [ContainerList, string];
            apply((d) =>
              addMount(d, list, Number(index), {
                name: volumeName,
                mountPath: `C:\\mnt\\${volumeName}`,
              }),
            );
          }}
        >
          Mount into a container
        </AddButton>
      )}
    </ListFieldset>
  );
}
