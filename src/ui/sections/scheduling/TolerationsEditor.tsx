import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Toleration } from 'kubernetes-types/core/v1';

import { addToleration, removeToleration } from '@/core/model/draftOps';
import { replaceAt } from '@/core/view/listOps';
import { useActions, useDraft } from '@/state/store';
import { FieldSelect } from '@/ui/fields/FieldSelect';
import { FieldText } from '@/ui/fields/FieldText';
import { AddButton, EditorRow, ListFieldset } from '@/ui/fields/ListEditor';
import { usePatchSection, usePodPath } from '@/ui/hooks/useDraftEdit';

const OPERATORS = [
  { value: 'Equal', label: 'Equal' },
  { value: 'Exists', label: 'Exists' },
] as const;
const EFFECTS = [
  { value: '', label: 'Any effect' },
  { value: 'NoSchedule', label: 'NoSchedule' },
  { value: 'PreferNoSchedule', label: 'PreferNoSchedule' },
  { value: 'NoExecute', label: 'NoExecute' },
] as const;

const WINDOWS_TAINT: Toleration = {
  key: 'os',
  operator: 'Equal',
  value: 'windows',
  effect: 'NoSchedule',
};
const TOLERATE_ALL: Toleration = { operator: 'Exists' };
const NEW_TOLERATION: Toleration = { key: '', operator: 'Equal', value: '', effect: 'NoSchedule' };

/** Tolerations, with presets for the usual Windows taint and for node agents that must run everywhere. */
export function TolerationsEditor() {
  const tolerations = useDraft((d) => d.scheduling.tolerations);
  const { apply } = useActions();
  const patch = usePatchSection('scheduling');
  const podPath = usePodPath();
  const set = (index: number, next: Toleration) =>
    patch({ tolerations: replaceAt(tolerations, index, next) });
  return (
    <ListFieldset legend="Tolerations">
      {tolerations.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          None: the pod avoids tainted nodes.
        </Typography>
      )}
      {tolerations.map((t, i) => {
        const path = podPath(`spec.tolerations[${i}]`);
        const exists = t.operator === 'Exists';
        return (
          <EditorRow
            key={i}
            removeLabel={`Remove toleration ${i + 1}`}
            onRemove={() => apply((d) => removeToleration(d, i))}
          >
            <FieldText
              label="Taint key"
              path={`${path}.key`}
              value={t.key ?? ''}
              onValueChange={(key) => set(i, { ...t, key: key || undefined })}
              helperText={t.key ? undefined : 'Empty: every key'}
            />
            <FieldSelect
              label="Operator"
              path={`${path}.operator`}
              value={exists ? 'Exists' : 'Equal'}
              options={OPERATORS}
              onChange={(operator) =>
                set(i, { ...t, operator, value: operator === 'Exists' ? undefined : t.value })
              }
              sx={{ minWidth: 110 }}
            />
            {!exists && (
              <FieldText
                label="Toleration value"
                path={`${path}.value`}
                value={t.value ?? ''}
                onValueChange={(value) => set(i, { ...t, value })}
              />
            )}
            <FieldSelect
              label="Effect"
              path={`${path}.effect`}
              value={(t.effect ?? '') as (typeof EFFECTS)[number]['value']}
              options={EFFECTS}
              onChange={(effect) => set(i, { ...t, effect: effect || undefined })}
              sx={{ minWidth: 150 }}
            />
          </EditorRow>
        );
      })}
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        <AddButton onClick={() => apply((d) => addToleration(d, WINDOWS_TAINT))}>
          Tolerate os=windows:NoSchedule
        </AddButton>
        <AddButton onClick={() => apply((d) => addToleration(d, TOLERATE_ALL))}>
          Tolerate all taints
        </AddButton>
        <AddButton onClick={() => apply((d) => addToleration(d, NEW_TOLERATION))}>
          Add toleration
        </AddButton>
      </Stack>
    </ListFieldset>
  );
}
