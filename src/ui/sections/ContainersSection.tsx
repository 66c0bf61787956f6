import Stack from '@mui/material/Stack';

import { addContainer, type ContainerList } from '@/core/model/draftOps';
import { useActions, useDraft } from '@/state/store';
import { CONTAINER_LISTS } from '@/core/view/containerNames';
import { itemKey } from '@/core/view/itemKeys';
import { pageOf } from '@/core/view/listPages';
import { FieldFindings } from '@/ui/fields/FieldFindings';
import { AddButton } from '@/ui/fields/ListEditor';
import { PagedList } from '@/ui/fields/PagedList';
import { SectionCard } from '@/ui/fields/SectionCard';
import { SubSection } from '@/ui/fields/SubSection';
import { usePodPath } from '@/ui/hooks/useDraftEdit';
import { ContainerCard } from '@/ui/sections/containers/ContainerCard';

function ContainerListEditor({ list }: { list: ContainerList }) {
  const count = useDraft((d) => d[list].length);
  const { apply, setExpanded, setPage } = useActions();
  const podPath = usePodPath();
  const text = CONTAINER_LISTS[list];
  return (
    <SubSection title={`${text.title} (${count})`} description={text.description}>
      <Stack spacing={2}>
        <PagedList
          listKey={list}
          count={count}
          noun={text.noun}
          renderItem={(index) => (
            <ContainerCard key={index} list={list} index={index} count={count} />
          )}
        />
        <FieldFindings path={podPath(`spec.${list}`)} />
        <AddButton
          onClick={() => {
            // A container just added is the one to edit, however long the list.
            setExpanded(itemKey(list, count), true);
            setPage(list, pageOf(count));
            apply((draft) => addContainer(draft, list));
          }}
        >
          {text.add}
        </AddButton>
      </Stack>
    </SubSection>
  );
}

/** The containers and init containers; every one runs as a HostProcess on the node. */
export function ContainersSection() {
  return (
    <SectionCard
      id="containers"
      title="Containers"
      subtitle="Every container of a HostProcess pod runs as a process on the node, with its image's files in a container volume."
    >
      <ContainerListEditor list="containers" />
      <ContainerListEditor list="initContainers" />
    </SectionCard>
  );
}
