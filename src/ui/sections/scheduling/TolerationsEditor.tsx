import { TOLERATION_ADDS, TOLERATION_EFFECTS } from '@/core/view/formOptions';
import { useDraft } from '@/state/store';
import { FieldSelect } from '@/ui/fields/FieldSelect';
import { FieldText } from '@/ui/fields/FieldText';
import { ListEditor } from '@/ui/fields/ListEditor';
import { usePatchSection, usePodPath } from '@/ui/hooks/useDraftEdit';

/** Tolerations, with presets for the usual Windows taint and for node agents that must run everywhere. */
export function TolerationsEditor() {
  const tolerations = useDraft((d) => d.scheduling.tolerations);
  const patch = usePatchSection('scheduling');
  const podPath = usePodPath();
  return (
    <ListEditor
      legend="Tolerations"
      items={tolerations}
      onChange={(next) => patch({ tolerations: next })}
      empty="None: the pod avoids tainted nodes."
      removeLabel={(_, i) => `Remove toleration ${i + 1}`}
      adds={TOLERATION_ADDS}
      fields={(t, set, i) => {
        const path = podPath(`spec.tolerations[${i}]`);
        const exists = t.operator === 'Exists';
        return (
          <>
            <FieldText
              label="Taint key"
              path={`${path}.key`}
              value={t.key ?? ''}
              onChange={(key) => set({ ...t, key: key || undefined })}
              helperText={t.key ? undefined : 'Empty: every key'}
            />
            <FieldSelect
              label="Operator"
              path={`${path}.operator`}
              value={exists ? 'Exists' : 'Equal'}
              options={['Equal', 'Exists']}
              onChange={(operator) =>
                set({ ...t, operator, value: operator === 'Exists' ? undefined : t.value })
              }
              sx={{ minWidth: 110 }}
            />
            {!exists && (
              <FieldText
                label="Toleration value"
                path={`${path}.value`}
                value={t.value ?? ''}
                onChange={(value) => set({ ...t, value })}
              />
            )}
            <FieldSelect
              label="Effect"
              path={`${path}.effect`}
              value={t.effect ?? ''}
              options={TOLERATION_EFFECTS}
              onChange={(effect) => set({ ...t, effect: effect || undefined })}
              sx={{ minWidth: 150 }}
            />
          </>
        );
      }}
    />
  );
}
