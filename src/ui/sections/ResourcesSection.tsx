import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';

import { LIFECYCLE_FACTS } from '@/core/model/windowsLifecycle';
import { patchContainer, type ContainerList } from '@/core/model/draftOps';
import { CONTAINER_LISTS, containerWho } from '@/core/view/containerNames';
import {
  AMOUNT_KINDS,
  amountProblem,
  RESOURCES,
  resourceSummary,
  withAmount,
} from '@/core/view/resourceAmounts';
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
  const who = containerWho(list, container.name, index, { capital: true });
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
        {RESOURCES.flatMap((r) =>
          AMOUNT_KINDS.map(({ kind, word }) => (
            <QuantityField
              key={`${r.name}-${kind}`}
              label={`${r.title} ${word}`}
              resource={r.name}
              path={`${base}.${kind}[${r.name}]`}
              value={container.resources[kind][r.name] ?? ''}
              onChange={(q) => set(kind, r.name, q)}
              localError={amountProblem(container.resources, kind, r.name)}
            />
          )),
        )}
      </Box>
      {AMOUNT_KINDS.map(({ kind }) => (
        <FieldFindings key={kind} path={`${base}.${kind}`} />
      ))}
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
      noun={CONTAINER_LISTS[list].noun}
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
