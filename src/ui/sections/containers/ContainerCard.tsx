import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import IconButton from '@mui/material/IconButton';

import type { ContainerDraft } from '@/core/model/draft';
import { MOUNT_FACTS } from '@/core/model/windowsMounts';
import { patchContainer, type ContainerList } from '@/core/model/draftOps';
import { containerActions } from '@/core/view/containerActions';
import { useActions, useDraft } from '@/state/store';
import { containerWho } from '@/core/view/containerNames';
import { PULL_POLICIES } from '@/core/view/formOptions';
import { itemKey } from '@/core/view/itemKeys';
import { FieldSelect } from '@/ui/fields/FieldSelect';
import { FieldRow } from '@/ui/fields/FieldRow';
import { FieldText } from '@/ui/fields/FieldText';
import { ItemCard } from '@/ui/fields/ItemCard';
import { fieldBinder, usePodPath } from '@/ui/hooks/useDraftEdit';
import { AccountOverride } from '@/ui/sections/containers/AccountOverride';
import { ArgsField } from '@/ui/sections/containers/ArgsField';
import { EnvEditor } from '@/ui/sections/containers/EnvEditor';
import { ImageField } from '@/ui/sections/containers/ImageField';
import { PortsEditor } from '@/ui/sections/containers/PortsEditor';
import { Hint } from '@/ui/fields/Hint';

export interface ContainerCardProps {
  list: ContainerList;
  index: number;
  count: number;
}

const ICONS = {
  up: ArrowUpwardIcon,
  down: ArrowDownwardIcon,
  duplicate: ContentCopyIcon,
  remove: DeleteOutlineIcon,
};

/** One container: identity, image, command line, environment, ports and account. */
export function ContainerCard({ list, index, count }: ContainerCardProps) {
  const container = useDraft((d) => d[list][index]);
  const { apply } = useActions();
  const podPath = usePodPath();
  if (!container) return null;
  const base = `spec.${list}[${index}]`;
  const path = (rest: string) => podPath(`${base}.${rest}`);
  const patch = (partial: Partial<Omit<ContainerDraft, 'extra'>>) =>
    apply((draft) => patchContainer(draft, list, index, partial));
  const field = fieldBinder(container, path, patch);
  const who = containerWho(list, container.name, index);
  return (
    <ItemCard
      itemKey={itemKey(list, index)}
      count={count}
      who={who}
      title={`${index + 1}. ${container.name || 'unnamed'}`}
      titleLevel="h4"
      summary={container.image || 'no image'}
      path={podPath(base)}
      actions={containerActions(list, index, count, who).map(({ id, label, disabled, change }) => {
        const Icon = ICONS[id];
        return (
          <Hint key={label} title={label}>
            <span>
              <IconButton
                aria-label={label}
                onClick={() => apply(change)}
                disabled={disabled}
                size="small"
              >
                <Icon fontSize="small" />
              </IconButton>
            </span>
          </Hint>
        );
      })}
    >
      <FieldRow>
        <FieldText label="Container name" {...field('name')} />
        <FieldSelect label="Pull policy" {...field('imagePullPolicy')} options={PULL_POLICIES} />
      </FieldRow>
      <ImageField {...field('image')} />
      <ArgsField
        label="Command"
        {...field('command')}
        helperText='Replaces the image entrypoint. Arguments separated by spaces; quote one with spaces ("C:\Program Files\x.exe").'
      />
      <ArgsField
        label="Arguments"
        {...field('args')}
        helperText="Passed after the command (or the image entrypoint)."
      />
      <FieldText
        label="Working directory"
        {...field('workingDir')}
        helperText={MOUNT_FACTS.defaultWorkingDirectory.claim}
      />
      <AccountOverride
        {...field('runAsUserName')}
        path={path('securityContext.windowsOptions.runAsUserName')}
      />
      <EnvEditor who={who} {...field('env')} />
      <PortsEditor who={who} {...field('ports')} />
    </ItemCard>
  );
}
