import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';

import type { ContainerDraft, ResourceAmounts } from '@/core/model/draft';
import { LIFECYCLE_FACTS } from '@/core/model/windowsLifecycle';
import { patchContainer, type ContainerList } from '@/core/model/draftOps';
import { quantityProblem } from '@/core/view/quantityParts';
import { useActions, useDraft } from '@/state/store';
import { itemKey } from '@/state/uiSlice';
import { FieldFindings } from '@/ui/fields/FieldFindings';
import { PagedList } from '@/ui/fields/PagedList';
import { QuantityField } from '@/ui/fields/QuantityField';
import { SectionCard } from '@/ui/fields/SectionCard';
import { ItemCard } from '@/ui/fields/ItemCard';
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

/** "cpu 250m–1, memory –1Gi" or "no requests or limits". */
function summarise(container: ContainerDraft): string {
  const parts = RESOURCES.flatMap((r) => {
    const request = container.resources.requests[r.name];
    const limit = container.resources.limits[r.name];
    if (request === undefined && limit === undefined) return [];
    return [`${r.title} ${request ?? ''}–${limit ?? ''}`];
  });
  return parts.length > 0 ? parts.join(', ') : 'No requests or limits';
}

function ContainerResources({
  list,
  index,
  count,
}: {
  list: ContainerList;
  index: number;
  count: number;
}) {
  const container = useDraft((d) => d[list][index]);
  const { apply } = useActions();
  const podPath = usePodPath();
  if (!container) return null;
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
    <ItemCard
      itemKey={itemKey(list, index)}
      count={count}
      who={who}
      detailsOf={`the resources of ${who.toLowerCase()}`}
      summary={summarise(container)}
      path={base}
    >
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
      <FieldFindings path={`${base}.requests`} />
      <FieldFindings path={`${base}.limits`} />
    </ItemCard>
  );
}

/** Requests and limits per container, as number + unit. */
export function ResourcesSection() {
  // Counts only: each row reads its own container, so typing re-renders one row.
  const containers = useDraft((d) => d.containers.length);
  const initContainers = useDraft((d) => d.initContainers.length);
  return (
    <SectionCard
      id="resources"
      title="Resources"
      subtitle="Requests reserve capacity for scheduling; limits cap what the processes may use."
    >
      <Alert severity="info">
        {LIFECYCLE_FACTS.limitsCapJobObject.claim} Storage means ephemeral-storage: the container
        volume and logs. Empty fields are left out of the YAML; a limit without a request also sets
        the request.
      </Alert>
      <PagedList
        listKey="containers"
        count={containers}
        noun="containers"
        renderItem={(index) => (
          <ContainerResources
            key={`c-${index}`}
            list="containers"
            index={index}
            count={containers}
          />
        )}
      />
      <PagedList
        listKey="initContainers"
        count={initContainers}
        noun="init containers"
        renderItem={(index) => (
          <ContainerResources
            key={`i-${index}`}
            list="initContainers"
            index={index}
            count={initContainers}
          />
        )}
      />
    </SectionCard>
  );
}
