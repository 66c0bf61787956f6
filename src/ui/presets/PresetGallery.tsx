import CloseIcon from '@mui/icons-material/Close';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';

import { PRESETS } from '@/core/presets';
import { saveDraftNow } from '@/state/autosave';
import { appActions, useAppStore } from '@/state/store';
import { PresetCard } from '@/ui/presets/PresetCard';

/**
 * The start screen of a first visit: every preset, or a blank start. It is a page region, not a
 * modal: a first-time visitor can also just start typing (which closes it). Each card is a plain
 * link to `#/preset/<id>`, so it can be opened in a new tab or copied; URL sync loads it.
 */
export function PresetGallery() {
  const open = useAppStore((s) => s.startScreenOpen);
  useEffect(() => {
    if (!open) return;
    return useAppStore.subscribe((state, previous) => {
      if (state.draft !== previous.draft) appActions().setStartScreenOpen(false);
    });
  }, [open]);
  if (!open) return null;
  const startBlank = () => {
    appActions().setStartScreenOpen(false);
    // Remembered at once, so the next visit goes straight to the form.
    saveDraftNow();
  };
  return (
    <Container maxWidth="xl" sx={{ pt: 3 }}>
      <Paper
        component="section"
        aria-labelledby="start-title"
        variant="outlined"
        sx={{ p: { xs: 2, sm: 3 }, position: 'relative' }}
      >
        <IconButton
          aria-label="Close the start screen"
          onClick={startBlank}
          sx={{ position: 'absolute', top: 8, right: 8 }}
        >
          <CloseIcon />
        </IconButton>
        <Typography variant="h5" component="h2" id="start-title" gutterBottom>
          Choose a starting point
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          Start from a preset for a common HostProcess job, or from the documentation example below.
          You can change everything afterwards, and open presets again from the Presets menu.
        </Typography>
        <Stack
          component="ul"
          aria-label="Presets"
          sx={{
            listStyle: 'none',
            p: 0,
            m: 0,
            display: 'grid',
            gap: 2,
            gridTemplateColumns: {
              xs: 'minmax(0, 1fr)',
              sm: 'repeat(2, minmax(0, 1fr))',
              lg: 'repeat(3, minmax(0, 1fr))',
            },
          }}
        >
          {PRESETS.map((preset) => (
            <li key={preset.id}>
              <PresetCard preset={preset} />
            </li>
          ))}
        </Stack>
        <Button variant="outlined" onClick={startBlank} sx={{ mt: 2 }}>
          Start blank
        </Button>
      </Paper>
    </Container>
  );
}
