import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';

import { LIFECYCLE_FACTS } from '@/core/model/windowsLifecycle';
import { patchContainer, type ContainerList } from '@/core/model/draftOps';
import { quantityProblem } from '@/core/view/quantityParts';
import { RESOURCES, resourceSummary, withAmount } from '@/core/view/resourceAmounts';
import { useActions, useDraft } from '@/state/store';
import { itemKey } from '@/core/view/itemKeys';
import { FieldFindings } from '@/ui/fields/FieldFindings';
import { PagedList } from '@/ui/fields/PagedList';
import { QuantityField } from '@/ui/fields/QuantityField';
import { SectionCard } from '@/ui/fields/SectionCard';
import { ItemCard } from '@/ui/fields/ItemCard';
import { usePodPath } from '@/ui/hooks/useDraftEdit';

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
      summary={resourceSummary(container.resources)}
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

/** One list's containers: it reads the list's length only, so typing re-renders one row. */
function ResourceList({ list }: { list: ContainerList }) {
  const count = useDraft((d) => d[list].length);
  return (
    <PagedList
      listKey={list}
      count={count}
      noun={list === 'initContainers' ? 'init containers' : 'containers'}
      renderItem={(index) => (
        <ContainerResources key={index} list={list} index={index} count={count} />
      )}
    />
  );
}

/** Requests and limits per container, as number + unit. */
export function ResourcesSection() {
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
      <ResourceList list="containers" />
      <ResourceList list="initContainers" />
    </SectionCard>
  );
}
