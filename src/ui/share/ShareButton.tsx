import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import ShareIcon from '@mui/icons-material/Share';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import { useState } from 'react';

import { appActions, useAppStore } from '@/state/store';
import { TitledDialog } from '@/ui/common/TitledDialog';
import { Hint } from '@/ui/fields/Hint';

/** Share: a dialog with a link holding the whole draft, and a Copy button. */
export function ShareButton() {
  // null while closed; the link is made once on opening, as the draft cannot change under the dialog.
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState<'yes' | 'refused' | null>(null);
  // The encoder (with the deflate code) loads on the first click.
  const open = () => {
    const { draft } = useAppStore.getState();
    setCopied(null);
    import('@/core/share/shareUrl').then(
      ({ toShareUrl }) => setUrl(toShareUrl(draft, window.location)),
      () =>
        appActions().showNotice({
          severity: 'error',
          message: 'The share link could not be made. Check the connection and reload.',
        }),
    );
  };
  const copy = async (link: string) => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('yes');
    } catch {
      setCopied('refused');
    }
  };
  const close = () => setUrl(null);

  return (
    <>
      <Hint title="Share as a link">
        <IconButton color="inherit" aria-label="Share" onClick={open}>
          <ShareIcon />
        </IconButton>
      </Hint>
      <TitledDialog
        title="Share this draft"
        open={url !== null}
        onClose={close}
        width="sm"
        intro={
          <>
            The link holds the whole draft, compressed, after the <code>#</code>: browsers never
            send that part to a server. Anyone who opens it gets this exact form and YAML.
          </>
        }
        actions={
          <>
            <Button onClick={close}>Close</Button>
            <Button
              variant="contained"
              startIcon={<ContentCopyIcon />}
              onClick={() => url !== null && void copy(url)}
            >
              Copy link
            </Button>
          </>
        }
      >
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
        {copied === 'yes' && (
          <Alert severity="success" role="status">
            Link copied
          </Alert>
        )}
        {copied === 'refused' && (
          <Alert severity="warning">
            The browser refused clipboard access: select the link and copy it by hand.
          </Alert>
        )}
      </TitledDialog>
    </>
  );
}
