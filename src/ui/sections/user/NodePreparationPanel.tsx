import PlaylistAddIcon from '@mui/icons-material/PlaylistAdd';
import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import {
  hasPreparer,
  icaclsGrantExample,
  netLocalgroupCommand,
  withPreparer,
} from '@/core/view/nodePreparation';
import { useActions, useDraft } from '@/state/store';
import { ACCOUNT_FACTS } from '@/core/model/windowsAccounts';
import { CopyableCommand } from '@/ui/fields/CopyableCommand';
import { SubSection } from '@/ui/fields/SubSection';

export interface NodePreparationPanelProps {
  group: string;
}

/** How the local usergroup gets onto the node: by hand, or by a preparer init container. */
export function NodePreparationPanel({ group }: NodePreparationPanelProps) {
  const name = group.trim() || 'GROUP';
  const prepared = useDraft((d) => hasPreparer(d, group));
  const { apply } = useActions();
  return (
    <SubSection
      framed
      title="Prepare the node"
      description={`${ACCOUNT_FACTS.bareNameIsLocalGroup.claim} ${ACCOUNT_FACTS.usergroupsNeedContainerd17.claim}`}
    >
      <Stack spacing={1.5}>
        <Typography variant="body2">
          1. Create the group (once per node, as an administrator):
        </Typography>
        <CopyableCommand label="group creation command" command={netLocalgroupCommand(name)} />
        <Typography variant="body2">
          2. Grant the group what the workload needs, for example modify rights on one folder:
        </Typography>
        <CopyableCommand label="icacls grant example" command={icaclsGrantExample(name)} />
        <Typography variant="body2">
          Or let the pod do step 1: an init HostProcess container running as LocalSystem creates the
          group if it is missing, before the other containers start.
        </Typography>
        <Button
          sx={{ alignSelf: 'flex-start' }}
          variant="outlined"
          startIcon={prepared ? <PlaylistAddCheckIcon /> : <PlaylistAddIcon />}
          disabled={prepared || group.trim() === ''}
          onClick={() => apply((draft) => withPreparer(draft, group))}
        >
          {prepared ? 'Preparer init container added' : 'Add a preparer init container'}
        </Button>
      </Stack>
    </SubSection>
  );
}
