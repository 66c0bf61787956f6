import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';

import { VOLUME_KINDS, withNewVolume, type VolumeKind } from '@/core/view/volumeKinds';
import { useActions, useAppStore, useDraft } from '@/state/store';
import { itemKey } from '@/core/view/itemKeys';
import { pageOf } from '@/core/view/listPages';
import { volumeHelp } from '@/core/view/mountPaths';
import { PagedList } from '@/ui/fields/PagedList';
import { SectionCard } from '@/ui/fields/SectionCard';
import { VolumeCard } from '@/ui/sections/volumes/VolumeCard';

/** Volumes by type, and where each one is mounted. */
export function VolumesSection() {
  const count = useDraft((d) => d.volumes.length);
  const target = useAppStore((s) => s.target);
  const { apply, setExpanded, setPage } = useActions();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const add = (kind: VolumeKind) => {
    setAnchor(null);
    // A volume just added is the one to edit, however long the list.
    setExpanded(itemKey('volumes', count), true);
    setPage('volumes', pageOf(count));
    apply((draft) => withNewVolume(draft, kind));
  };
  return (
    <SectionCard
      id="volumes"
      title="Volumes"
      subtitle="Files the processes need, mounted into the container volume. A HostProcess container can also read the node's disks directly, as its account allows."
    >
      {count === 0 && (
        <Typography variant="body2" color="text.secondary">
          No volumes yet.
        </Typography>
      )}
      <Stack spacing={2}>
        <PagedList
          listKey="volumes"
          count={count}
          noun="volumes"
          renderItem={(index) => <VolumeCard key={index} index={index} count={count} />}
        />
      </Stack>
      <Box>
        <Button
          startIcon={<AddIcon />}
          variant="outlined"
          aria-haspopup="menu"
          aria-expanded={anchor ? 'true' : undefined}
          aria-controls={anchor ? 'add-volume-menu' : undefined}
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          Add volume
        </Button>
        <Menu
          id="add-volume-menu"
          anchorEl={anchor}
          open={anchor !== null}
          onClose={() => setAnchor(null)}
        >
          {VOLUME_KINDS.map((kind) => (
            <MenuItem
              key={kind.id}
              onClick={() => add(kind.id)}
              sx={{ whiteSpace: 'normal', maxWidth: 420 }}
            >
              <ListItemText primary={kind.title} secondary={kind.summary} />
            </MenuItem>
          ))}
        </Menu>
      </Box>
      {volumeHelp(target).map((text) => (
        <Typography key={text} variant="body2" color="text.secondary">
          {text}
        </Typography>
      ))}
    </SectionCard>
  );
}
