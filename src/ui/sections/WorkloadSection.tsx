import Stack from '@mui/material/Stack';

import type { WorkloadKind } from '@/core/model/draft';
import { useDraft } from '@/state/draftStore';
import { ChoiceCards } from '@/ui/fields/ChoiceCards';
import { FieldSwitch } from '@/ui/fields/FieldSwitch';
import { FieldText } from '@/ui/fields/FieldText';
import { KeyValueEditor } from '@/ui/fields/KeyValueEditor';
import { SectionCard } from '@/ui/fields/SectionCard';
import { usePatchSection } from '@/ui/hooks/useDraftEdit';
import { KindSettings } from '@/ui/sections/workload/KindSettings';

const KINDS: ReadonlyArray<{ value: WorkloadKind; title: string; description: string }> = [
  {
    value: 'DaemonSet',
    title: 'DaemonSet',
    description:
      'One pod on every Windows node: agents, CNI, kube-proxy, log shippers. The usual choice.',
  },
  {
    value: 'Pod',
    title: 'Pod',
    description: 'A single pod on one node: a quick test or a one-off debugging session.',
  },
  {
    value: 'Deployment',
    title: 'Deployment',
    description: 'A fixed number of replicas somewhere in the Windows pool.',
  },
  {
    value: 'Job',
    title: 'Job',
    description: 'Runs once to completion: patching, collecting diagnostics, a node fix-up.',
  },
];

/** What Kubernetes object to create, its name, namespace, labels and annotations. */
export function WorkloadSection() {
  const workload = useDraft((d) => d.workload);
  const patch = usePatchSection('workload');
  return (
    <SectionCard
      id="workload"
      title="Workload"
      subtitle="What Kubernetes object to create, and where."
    >
      <ChoiceCards
        label="Kind"
        path="kind"
        options={KINDS}
        value={workload.kind}
        onChange={(kind) => patch({ kind })}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FieldText
          label="Name"
          path="metadata.name"
          value={workload.name}
          onValueChange={(name) => patch({ name })}
          helperText="Lower-case letters, digits, '-' and '.'."
        />
        <FieldText
          label="Namespace"
          path="metadata.namespace"
          value={workload.namespace}
          onValueChange={(namespace) => patch({ namespace })}
          helperText="Its Pod Security level must be privileged."
        />
      </Stack>
      <FieldSwitch
        label="Also emit a Namespace with Pod Security labels"
        checked={workload.emitNamespace}
        onChange={(emitNamespace) => patch({ emitNamespace })}
        help="Adds a Namespace document labelled pod-security.kubernetes.io/enforce: privileged, the only level that admits HostProcess pods."
      />
      <KindSettings />
      <KeyValueEditor
        label="Labels"
        path="metadata.labels"
        rows={workload.labels}
        onChange={(labels) => patch({ labels })}
        syntax="labels"
        addLabel="Add label"
        help={
          workload.kind === 'Pod'
            ? undefined
            : 'Labels also select the pods; without any, app: <name> is used.'
        }
      />
      <KeyValueEditor
        label="Annotations"
        path="metadata.annotations"
        rows={workload.annotations}
        onChange={(annotations) => patch({ annotations })}
        syntax="annotations"
        addLabel="Add annotation"
      />
    </SectionCard>
  );
}
