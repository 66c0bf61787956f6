import { JOB_RESTART_POLICIES, POD_RESTART_POLICIES } from '@/core/view/formOptions';
import { useDraft } from '@/state/store';
import { FieldNumber } from '@/ui/fields/FieldNumber';
import { FieldSelect } from '@/ui/fields/FieldSelect';
import { FieldRow } from '@/ui/fields/FieldRow';
import { FieldText } from '@/ui/fields/FieldText';
import { fieldBinder, usePatchSection, usePodPath } from '@/ui/hooks/useDraftEdit';

/** The settings only some kinds have: rollout, replicas, retries, restart policy. */
export function KindSettings() {
  const kind = useDraft((d) => d.workload.kind);
  // Each setting is read on its own: typing the workload's name does not re-render this row.
  const settings = {
    maxUnavailable: useDraft((d) => d.workload.maxUnavailable),
    replicas: useDraft((d) => d.workload.replicas),
    backoffLimit: useDraft((d) => d.workload.backoffLimit),
    restartPolicy: useDraft((d) => d.workload.restartPolicy),
  };
  const patch = usePatchSection('workload');
  const podPath = usePodPath();
  const paths = {
    maxUnavailable: `spec.${kind === 'DaemonSet' ? 'updateStrategy' : 'strategy'}.rollingUpdate.maxUnavailable`,
    replicas: 'spec.replicas',
    backoffLimit: 'spec.backoffLimit',
    restartPolicy: podPath('spec.restartPolicy'),
  };
  const field = fieldBinder(settings, (key) => paths[key], patch);
  return (
    <FieldRow>
      {(kind === 'DaemonSet' || kind === 'Deployment') && (
        <FieldText
          label="Max unavailable during rollout"
          {...field('maxUnavailable')}
          helperText="A number or a percentage (1, 25%); empty keeps the default."
        />
      )}
      {kind === 'Deployment' && (
        <FieldNumber
          label="Replicas"
          {...field('replicas')}
          helperText="Empty keeps the default (1)."
        />
      )}
      {kind === 'Job' && (
        <FieldNumber
          label="Retries (backoffLimit)"
          {...field('backoffLimit')}
          helperText="Empty keeps the default (6)."
        />
      )}
      {(kind === 'Job' || kind === 'Pod') && (
        <FieldSelect
          label="Restart policy"
          {...field('restartPolicy')}
          options={kind === 'Job' ? JOB_RESTART_POLICIES : POD_RESTART_POLICIES}
        />
      )}
    </FieldRow>
  );
}
