import { WORKLOAD_KINDS } from '@/core/view/workloadKinds';
import { useDraft } from '@/state/store';
import { ChoiceCards } from '@/ui/fields/ChoiceCards';
import { FieldSwitch } from '@/ui/fields/FieldSwitch';
import { FieldRow } from '@/ui/fields/FieldRow';
import { FieldText } from '@/ui/fields/FieldText';
import { KeyValueEditor } from '@/ui/fields/KeyValueEditor';
import { SectionCard } from '@/ui/fields/SectionCard';
import { usePatchSection } from '@/ui/hooks/useDraftEdit';
import { KindSettings } from '@/ui/sections/workload/KindSettings';

type TextKey = 'name' | 'namespace';
type RowsKey = 'labels' | 'annotations';

/** One workload text field; subscribes to its own value only, so typing elsewhere skips it. */
function WorkloadText({
  field,
  label,
  helperText,
}: {
  field: TextKey;
  label: string;
  helperText: string;
}) {
  const value = useDraft((d) => d.workload[field]);
  const patch = usePatchSection('workload');
  return (
    <FieldText
      label={label}
      path={`metadata.${field}`}
      value={value}
      onChange={(next) => patch({ [field]: next })}
      helperText={helperText}
    />
  );
}

function WorkloadRows({ field, help }: { field: RowsKey; help?: string }) {
  const rows = useDraft((d) => d.workload[field]);
  const patch = usePatchSection('workload');
  const title = field === 'labels' ? 'Labels' : 'Annotations';
  return (
    <KeyValueEditor
      label={title}
      path={`metadata.${field}`}
      value={rows}
      onChange={(next) => patch({ [field]: next })}
      syntax={field}
      addLabel={field === 'labels' ? 'Add label' : 'Add annotation'}
      help={help}
    />
  );
}

/** What Kubernetes object to create, its name, namespace, labels and annotations. */
export function WorkloadSection() {
  // Both change on a click only: typing in the section's fields re-renders just that field.
  const kind = useDraft((d) => d.workload.kind);
  const emitNamespace = useDraft((d) => d.workload.emitNamespace);
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
        options={WORKLOAD_KINDS}
        value={kind}
        onChange={(next) => patch({ kind: next })}
      />
      <FieldRow>
        <WorkloadText
          field="name"
          label="Name"
          helperText="Lower-case letters, digits, '-' and '.'."
        />
        <WorkloadText
          field="namespace"
          label="Namespace"
          helperText="Its Pod Security level must be privileged."
        />
      </FieldRow>
      <FieldSwitch
        label="Also emit a Namespace with Pod Security labels"
        checked={emitNamespace}
        onChange={(next) => patch({ emitNamespace: next })}
        help="Adds a Namespace document labelled pod-security.kubernetes.io/enforce: privileged, the only level that admits HostProcess pods."
      />
      <KindSettings />
      <WorkloadRows
        field="labels"
        help={
          kind === 'Pod'
            ? undefined
            : 'Labels also select the pods; without any, app: <name> is used.'
        }
      />
      <WorkloadRows field="annotations" />
    </SectionCard>
  );
}
