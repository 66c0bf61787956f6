import type { SchedulingDraft } from '@/core/model/draft';
import { WINDOWS_OS_LABEL } from '@/core/model/windows';
import { useDraft } from '@/state/store';
import { FieldNumber } from '@/ui/fields/FieldNumber';
import { FieldSelect } from '@/ui/fields/FieldSelect';
import { FieldSwitch } from '@/ui/fields/FieldSwitch';
import { FieldRow } from '@/ui/fields/FieldRow';
import { FieldText } from '@/ui/fields/FieldText';
import { KeyValueEditor } from '@/ui/fields/KeyValueEditor';
import { SectionCard } from '@/ui/fields/SectionCard';
import { usePatchSection, usePodPath } from '@/ui/hooks/useDraftEdit';
import { SuggestField } from '@/ui/fields/SuggestField';
import { TolerationsEditor } from '@/ui/sections/scheduling/TolerationsEditor';

const DNS_POLICIES: ReadonlyArray<{ value: SchedulingDraft['dnsPolicy']; label: string }> = [
  { value: '', label: 'Default (ClusterFirst)' },
  { value: 'ClusterFirstWithHostNet', label: 'ClusterFirstWithHostNet (cluster DNS)' },
  { value: 'ClusterFirst', label: 'ClusterFirst' },
  { value: 'Default', label: "Default (the node's DNS)" },
  { value: 'None', label: 'None' },
];

const PRIORITY_CLASSES = ['system-node-critical', 'system-cluster-critical'];

/** Where the pod may run and pod-level runtime settings. */
export function SchedulingSection() {
  const scheduling = useDraft((d) => d.scheduling);
  const patch = usePatchSection('scheduling');
  const podPath = usePodPath();
  return (
    <SectionCard
      id="scheduling"
      title="Scheduling"
      subtitle="Which nodes the pod may land on, and how it is treated there."
    >
      <KeyValueEditor
        label="Node selectors"
        path={podPath('spec.nodeSelector')}
        rows={scheduling.nodeSelector}
        lockedRows={[WINDOWS_OS_LABEL]}
        onChange={(nodeSelector) => patch({ nodeSelector })}
        syntax="labels"
        addLabel="Add node selector"
        help="kubernetes.io/os: windows is always written: HostProcess pods only run on Windows nodes."
      />
      <FieldSwitch
        label="Declare the pod OS (spec.os.name: windows)"
        checked={scheduling.osName}
        path={podPath('spec.os')}
        onChange={(osName) => patch({ osName })}
        help="Lets the API server reject Linux-only fields and exempts the pod from Linux-only Pod Security checks."
      />
      <TolerationsEditor />
      <FieldRow>
        <SuggestField
          label="Priority class"
          options={PRIORITY_CLASSES}
          help="system-node-critical keeps node agents running under pressure."
          value={scheduling.priorityClassName}
          onChange={(priorityClassName) => patch({ priorityClassName })}
          path={podPath('spec.priorityClassName')}
        />
        <FieldText
          label="Service account"
          path={podPath('spec.serviceAccountName')}
          value={scheduling.serviceAccountName}
          onValueChange={(serviceAccountName) => patch({ serviceAccountName })}
          helperText="Empty: the namespace's default account."
        />
      </FieldRow>
      <FieldRow>
        <FieldNumber
          label="Grace period (seconds)"
          path={podPath('spec.terminationGracePeriodSeconds')}
          value={scheduling.terminationGracePeriodSeconds}
          onNumberChange={(terminationGracePeriodSeconds) =>
            patch({ terminationGracePeriodSeconds })
          }
          helperText="Time to stop before the processes are killed; empty: 30."
        />
        <FieldSelect
          label="DNS policy"
          path={podPath('spec.dnsPolicy')}
          value={scheduling.dnsPolicy}
          options={DNS_POLICIES}
          onChange={(dnsPolicy) => patch({ dnsPolicy })}
          helperText="With the host network, ClusterFirstWithHostNet resolves cluster names."
        />
      </FieldRow>
    </SectionCard>
  );
}
