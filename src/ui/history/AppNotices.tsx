import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';

import { useActions, useAppStore } from '@/state/store';
import { saveFile } from '@/ui/saveFile';

/** How long a success message stays; errors stay until dismissed, so nobody misses them. */
const SUCCESS_MS = 6000;

/** Messages from links, imports and autosave, with Undo after the draft was replaced. */
export function AppNotices() {
  const notice = useAppStore((s) => s.notice);
  const { undo, dismissNotice } = useActions();
  const download = notice?.download;
  const sticky = notice?.severity === 'error' || notice?.severity === 'warning';
  return (
    <Snackbar
      key={notice?.id}
      open={notice !== null}
      autoHideDuration={sticky ? null : SUCCESS_MS}
      onClose={(_, reason) => {
        if (reason !== 'clickaway') dismissNotice();
      }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert
        severity={notice?.severity ?? 'info'}
        variant="filled"
        onClose={dismissNotice}
        sx={{ maxWidth: 640 }}
        // Without an action, the Alert shows its close button instead.
        action={
          download || notice?.undoable ? (
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                if (download) return saveFile(download.filename, download.text, 'application/json');
                undo();
                dismissNotice();
              }}
            >
              {download ? 'Download' : 'Undo'}
            </Button>
          ) : undefined
        }
      >
        {notice?.message}
      </Alert>
    </Snackbar>
  );
}
