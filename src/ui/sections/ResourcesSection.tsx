import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

import type { ContainerDraft, ResourceAmounts } from '@/core/model/draft';
import { patchContainer, type ContainerList } from '@/core/model/draftOps';
import { quantityProblem } from '@/core/ui/quantityParts';
import { useDraft, useDraftActions } from '@/state/draftStore';
import { FieldFindings } from '@/ui/fields/FieldFindings';
import { QuantityField } from '@/ui/fields/QuantityField';
import { SectionCard } from '@/ui/fields/SectionCard';
import { usePodPath } from '@/ui/hooks/useDraftEdit';

const RESOURCES = [
  { name: 'cpu', title: 'CPU' },
  { name: 'memory', title: 'Memory' },
  { name: 'ephemeral-storage', title: 'Storage' },
] as const;

function withAmount(amounts: ResourceAmounts, name: string, quantity: string): ResourceAmounts {
  const next = { ...amounts };
  if (quantity === '') delete next[name];
  else next[name] = quantity;
  return next;
}

function ContainerResources({
  list,
  index,
  container,
}: {
  list: ContainerList;
  index: number;
  container: ContainerDraft;
}) {
  const { apply } = useDraftActions();
  const podPath = usePodPath();
  const base = podPath(`spec.${list}[${index}].resources`);
  const who = `${list === 'initContainers' ? 'Init container' : 'Container'} ${container.name || index + 1}`;
  const set = (kind: 'requests' | 'limits', name: string, quantity: string) =>
    apply((d) =>
      patchContainer(d, list, index, {
        resources: {
          ...container.resources,
          [kind]: withAmount(container.resources[kind], name, quantity),
        },
      }),
    );
  return (
    <Paper variant="outlined" component="fieldset" sx={{ p: 2, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ px: 0.5 }}>
        {who}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))' },
        }}
      >
        {RESOURCES.map((r) => (
          <Box key={r.name} sx={{ display: 'contents' }}>
            <QuantityField
              label={`${r.title} request`}
              resource={r.name}
              path={`${base}.requests[${r.name}]`}
              value={container.resources.requests[r.name] ?? ''}
              onChange={(q) => set('requests', r.name, q)}
              localError={quantityProblem(
                container.resources.requests[r.name] ?? '',
                container.resources.limits[r.name],
              )}
            />
            <QuantityField
              label={`${r.title} limit`}
              resource={r.name}
              path={`${base}.limits[${r.name}]`}
              value={container.resources.limits[r.name] ?? ''}
              onChange={(q) => set('limits', r.name, q)}
              localError={quantityProblem(container.resources.limits[r.name] ?? '')}
            />
          </Box>
        ))}
      </Box>
      <Box sx={{ mt: 1.5, display: 'grid', gap: 1 }}>
        <FieldFindings path={`${base}.requests`} />
        <FieldFindings path={`${base}.limits`} />
      </Box>
    </Paper>
  );
}

/** Requests and limits per container, as number + unit. */
export function ResourcesSection() {
  const containers = useDraft((d) => d.containers);
  const initContainers = useDraft((d) => d.initContainers);
  return (
    <SectionCard
      id="resources"
      title="Resources"
      subtitle="Requests reserve capacity for scheduling; limits cap what the processes may use."
    >
      <Alert severity="info">
        A HostProcess container&apos;s limits apply to its whole job object: every process it starts
        shares them. Storage means ephemeral-storage: the container volume and logs. Empty fields
        are left out of the YAML; a limit without a request also sets the request.
      </Alert>
      {containers.map((container, index) => (
        <ContainerResources
          key={`c-${index}`}
          list="containers"
          index={index}
          container={container}
        />
      ))}
      {initContainers.map((container, index) => (
        <ContainerResources
          key={`i-${index}`}
          list="initContainers"
          index={index}
          container={container}
        />
      ))}
    </SectionCard>
  );
}
