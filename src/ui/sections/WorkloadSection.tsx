import Stack from '@mui/material/Stack';

import { useDraft, useDraftActions } from '@/state/draftStore';
import { FieldText } from '@/ui/fields/FieldText';
import { SectionCard } from '@/ui/fields/SectionCard';

/** Names the workload. */
export function WorkloadSection() {
  const workload = useDraft((d) => d.workload);
  const { patch } = useDraftActions();
  return (
    <SectionCard
      id="workload"
      title="Workload"
      subtitle="What Kubernetes object to create, and where."
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FieldText
          label="Name"
          path="metadata.name"
          value={workload.name}
          onValueChange={(name) => patch('workload', { name })}
          helperText="Lower-case letters, digits, '-' and '.'."
        />
        <FieldText
          label="Namespace"
          path="metadata.namespace"
          value={workload.namespace}
          onValueChange={(namespace) => patch('workload', { namespace })}
        />
      </Stack>
    </SectionCard>
  );
}
