import { WINDOWS_OS_LABEL } from '@/core/model/windows';
import { DNS_POLICIES, PRIORITY_CLASSES } from '@/core/view/formOptions';
import { useDraft } from '@/state/store';
import { FieldNumber } from '@/ui/fields/FieldNumber';
import { FieldSelect } from '@/ui/fields/FieldSelect';
import { FieldSwitch } from '@/ui/fields/FieldSwitch';
import { FieldRow } from '@/ui/fields/FieldRow';
import { FieldText } from '@/ui/fields/FieldText';
import { KeyValueEditor } from '@/ui/fields/KeyValueEditor';
import { SectionCard } from '@/ui/fields/SectionCard';
import { fieldBinder, usePatchSection, usePodPath } from '@/ui/hooks/useDraftEdit';
import { SuggestField } from '@/ui/fields/SuggestField';
import { TolerationsEditor } from '@/ui/sections/scheduling/TolerationsEditor';

/** Where the pod may run and pod-level runtime settings. */
export function SchedulingSection() {
  const scheduling = useDraft((d) => d.scheduling);
  const patch = usePatchSection('scheduling');
  const podPath = usePodPath();
  const field = fieldBinder(scheduling, (key) => podPath(`spec.${key}`), patch);
  return (
    <SectionCard
      id="scheduling"
      title="Scheduling"
      subtitle="Which nodes the pod may land on, and how it is treated there."
    >
      <KeyValueEditor
        label="Node selectors"
        {...field('nodeSelector')}
        lockedRows={[WINDOWS_OS_LABEL]}
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
          {...field('priorityClassName')}
          options={PRIORITY_CLASSES}
          help="system-node-critical keeps node agents running under pressure."
        />
        <FieldText
          label="Service account"
          {...field('serviceAccountName')}
          helperText="Empty: the namespace's default account."
        />
      </FieldRow>
      <FieldRow>
        <FieldNumber
          label="Grace period (seconds)"
          {...field('terminationGracePeriodSeconds')}
          helperText="Time to stop before the processes are killed; empty: 30."
        />
        <FieldSelect
          label="DNS policy"
          {...field('dnsPolicy')}
          options={DNS_POLICIES}
          helperText="With the host network, ClusterFirstWithHostNet resolves cluster names."
        />
      </FieldRow>
    </SectionCard>
  );
}
