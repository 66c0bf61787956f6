import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { Component, type ReactNode } from 'react';

import { createDraft } from '@/core/model/draft';
import { errorMessage } from '@/core/view/errorMessage';
import { crashRecovered, recordCrash } from '@/state/autosave';
import { useActions, useCanUndoRedo } from '@/state/store';

function CrashScreen({ message, onRecovered }: { message: string; onRecovered: () => void }) {
  const { undo, load } = useActions();
  const { canUndo } = useCanUndoRedo();
  const recover = (action: () => void) => () => {
    action();
    crashRecovered();
    onRecovered();
  };
  return (
    <Box component="main" sx={{ maxWidth: 720, mx: 'auto', p: 3 }}>
      <Alert severity="error" role="alert">
        <AlertTitle>The builder stopped on an error</AlertTitle>
        {message}. Your last draft that worked is still saved in this browser.
        <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
          <Button variant="contained" onClick={recover(undo)} disabled={!canUndo}>
            Undo the last change
          </Button>
          <Button variant="outlined" onClick={recover(() => load(createDraft()))}>
            Start a new draft
          </Button>
        </Stack>
      </Alert>
    </Box>
  );
}

type State = { error: unknown };

/**
 * Around the whole app: an error while rendering shows a way out (undo the change that caused it,
 * or a new draft, which the previous one is one undo away from) instead of a blank page, and stops
 * autosave so the last draft that worked stays saved.
 */
export class CrashBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  // React reports the error itself (to the console); this keeps the last good draft saved.
  override componentDidCatch(error: unknown): void {
    recordCrash(error);
  }

  override render() {
    const { error } = this.state;
    if (error !== null) {
      const message = errorMessage(error);
      return <CrashScreen message={message} onRecovered={() => this.setState({ error: null })} />;
    }
    return this.props.children;
  }
}
