import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import ShareIcon from '@mui/icons-material/Share';
import TextField from '@mui/material/TextField';
import { useState } from 'react';

import { Hint } from '@/ui/fields/Hint';
import { appActions, useAppStore } from '@/state/store';

type CopyState = 'idle' | 'copied' | 'refused';

/** The link holding the whole draft, and a Copy button; `url` is null while closed. */
function ShareDialog({ url, onClose }: { url: string | null; onClose: () => void }) {
  const [copy, setCopy] = useState<CopyState>('idle');
  const [shownUrl, setShownUrl] = useState(url);
  // Opened again (a new link): no stale "copied" message.
  if (url !== shownUrl) {
    setShownUrl(url);
    setCopy('idle');
  }
  const copyLink = async () => {
    if (url === null) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      setCopy('refused');
    }
  };
  return (
    <Dialog
      open={url !== null}
      onClose={onClose}
      aria-labelledby="share-title"
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id="share-title">Share this draft</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          The link holds the whole draft, compressed, after the <code>#</code>: browsers never send
          that part to a server. Anyone who opens it gets this exact form and YAML.
        </DialogContentText>
        <TextField
          label="Share link"
          value={url ?? ''}
          fullWidth
          multiline
          maxRows={4}
          slotProps={{ htmlInput: { readOnly: true, spellCheck: false } }}
          onFocus={(event) => event.target.select()}
          // Only formatted while open: the first number formatting loads locale data (tens of ms).
          helperText={url === null ? undefined : `${url.length.toLocaleString('en')} characters`}
        />
        {copy === 'copied' && (
          <Alert severity="success" sx={{ mt: 2 }} role="status">
            Link copied
          </Alert>
        )}
        {copy === 'refused' && (
          <Alert severity="warning" sx={{ mt: 2 }}>
            The browser refused clipboard access: select the link and copy it by hand.
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
        <Button variant="contained" startIcon={<ContentCopyIcon />} onClick={() => void copyLink()}>
          Copy link
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** Share: a dialog with a link holding the whole draft, and a Copy button. */
export function ShareButton() {
  const [url, setUrl] = useState<string | null>(null);
  // The link is made once on opening: the draft cannot change while the dialog is modal. Its
  // encoder (with the deflate code) loads on the first click.
  const open = () => {
    const { draft } = useAppStore.getState();
    import('@/ui/share/shareUrl').then(
      ({ toShareUrl }) => setUrl(toShareUrl(draft)),
      () =>
        appActions().showNotice({
          severity: 'error',
          message: 'The share link could not be made. Check the connection and reload.',
        }),
    );
  };

  return (
    <>
      <Hint title="Share as a link">
        <IconButton color="inherit" aria-label="Share" onClick={open}>
          <ShareIcon />
        </IconButton>
      </Hint>
      <ShareDialog url={url} onClose={() => setUrl(null)} />
    </>
  );
}
