import { useDraft } from '@/state/store';
import { FieldNumber } from '@/ui/fields/FieldNumber';
import { FieldSelect } from '@/ui/fields/FieldSelect';
import { FieldRow } from '@/ui/fields/FieldRow';
import { FieldText } from '@/ui/fields/FieldText';
import { usePatchSection, usePodPath } from '@/ui/hooks/useDraftEdit';

const POD_POLICIES = [
  { value: '', label: 'Default (Always)' },
  'Always',
  'OnFailure',
  'Never',
] as const;
const JOB_POLICIES = [{ value: '', label: 'Default (Never)' }, 'Never', 'OnFailure'] as const;

/** The settings only some kinds have: rollout, replicas, retries, restart policy. */
export function KindSettings() {
  const kind = useDraft((d) => d.workload.kind);
  const maxUnavailable = useDraft((d) => d.workload.maxUnavailable);
  const replicas = useDraft((d) => d.workload.replicas);
  const backoffLimit = useDraft((d) => d.workload.backoffLimit);
  const restartPolicy = useDraft((d) => d.workload.restartPolicy);
  const patch = usePatchSection('workload');
  const podPath = usePodPath();
  return (
    <FieldRow>
      {(kind === 'DaemonSet' || kind === 'Deployment') && (
        <FieldText
          label="Max unavailable during rollout"
          path={`spec.${kind === 'DaemonSet' ? 'updateStrategy' : 'strategy'}.rollingUpdate.maxUnavailable`}
          value={maxUnavailable}
          onValueChange={(maxUnavailable) => patch({ maxUnavailable })}
          helperText="A number or a percentage (1, 25%); empty keeps the default."
        />
      )}
      {kind === 'Deployment' && (
        <FieldNumber
          label="Replicas"
          path="spec.replicas"
          value={replicas}
          onNumberChange={(replicas) => patch({ replicas })}
          helperText="Empty keeps the default (1)."
        />
      )}
      {kind === 'Job' && (
        <FieldNumber
          label="Retries (backoffLimit)"
          path="spec.backoffLimit"
          value={backoffLimit}
          onNumberChange={(backoffLimit) => patch({ backoffLimit })}
          helperText="Empty keeps the default (6)."
        />
      )}
      {(kind === 'Job' || kind === 'Pod') && (
        <FieldSelect
          label="Restart policy"
          path={podPath('spec.restartPolicy')}
          value={restartPolicy}
          options={kind === 'Job' ? JOB_POLICIES : POD_POLICIES}
          onChange={(restartPolicy) => patch({ restartPolicy })}
        />
      )}
    </FieldRow>
  );
}
