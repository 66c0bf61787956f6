import MenuBookIcon from '@mui/icons-material/MenuBook';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';

import { lazy, Suspense, useState } from 'react';

import { HOSTPROCESS_DOC_URL } from '@/core/model/windows';
import { useAppStore } from '@/state/store';
import { ThemeToggle } from '@/ui/header/ThemeToggle';
import { NewDraftButton } from '@/ui/history/NewDraftButton';
import { UndoRedoButtons } from '@/ui/history/UndoRedoButtons';
import { ImportButton } from '@/ui/import/ImportButton';
import { PresetMenu } from '@/ui/presets/PresetMenu';
import { ShareButton } from '@/ui/share/ShareButton';
import { Hint } from '@/ui/fields/Hint';

const AppNotices = lazy(() =>
  import('@/ui/history/AppNotices').then((m) => ({ default: m.AppNotices })),
);

/** The messages' Snackbar, loaded with the first message: most visits never show one. */
function Notices() {
  const shown = useAppStore((s) => s.notice !== null);
  const [needed, setNeeded] = useState(shown);
  if (shown && !needed) setNeeded(true);
  return needed ? (
    <Suspense fallback={null}>
      <AppNotices />
    </Suspense>
  ) : null;
}

/** Product name and the global actions (their dialogs and messages are mounted here too). */
export function AppHeader() {
  return (
    <AppBar position="static" color="primary" enableColorOnDark>
      <Toolbar sx={{ gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h1" sx={{ flexGrow: 1, fontSize: { xs: 17, sm: 20 } }}>
          HostProcess Pod Builder
        </Typography>
        <Box
          component="nav"
          aria-label="Draft actions"
          sx={{ display: 'flex', gap: 0.5, alignItems: 'center', flexWrap: 'wrap' }}
        >
          <PresetMenu />
          <NewDraftButton />
          <ImportButton />
          <ShareButton />
          <UndoRedoButtons />
          <ThemeToggle />
          <Hint title="HostProcess documentation (kubernetes.io)">
            <IconButton
              color="inherit"
              aria-label="HostProcess documentation"
              href={HOSTPROCESS_DOC_URL}
              target="_blank"
              rel="noopener noreferrer"
            >
              <MenuBookIcon />
            </IconButton>
          </Hint>
        </Box>
      </Toolbar>
      <Notices />
    </AppBar>
  );
}
