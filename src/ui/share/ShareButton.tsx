import ShareIcon from '@mui/icons-material/Share';
import IconButton from '@mui/material/IconButton';
import { useState } from 'react';

import { appActions, useAppStore } from '@/state/store';
import { Hint } from '@/ui/fields/Hint';
import { ShareDialog } from '@/ui/share/ShareDialog';

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
