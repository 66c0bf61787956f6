import ShareIcon from '@mui/icons-material/Share';
import IconButton from '@mui/material/IconButton';
import { useState } from 'react';

import { useDraftStore } from '@/state/draftStore';
import { showNotice } from '@/state/noticeStore';
import { Hint } from '@/ui/fields/Hint';
import { useCodeOnDemand } from '@/ui/hooks/useCodeOnDemand';
import { preloadable } from '@/ui/layout/preloadable';
import type { ShareDialogProps } from '@/ui/share/ShareDialog';

// The dialog (MUI Dialog, TextField, Alert) is code nobody needs until the first click.
const shareDialogCode = preloadable<ShareDialogProps>(() =>
  import('@/ui/share/ShareDialog').then((m) => m.ShareDialog),
);

/** Share: a dialog with a link holding the whole draft, and a Copy button. */
export function ShareButton() {
  const [url, setUrl] = useState<string | null>(null);
  const dialog = useCodeOnDemand(shareDialogCode);

  const open = () => {
    // The link is made once on opening: the draft cannot change while the dialog is modal. Its
    // encoder (with the deflate code) and the dialog load on the first click.
    const { draft } = useDraftStore.getState();
    void Promise.all([import('@/ui/share/shareUrl'), dialog.load()]).then(
      ([{ toShareUrl }, loaded]) => {
        if (loaded) setUrl(toShareUrl(draft));
      },
      () => {
        showNotice({
          severity: 'error',
          message: 'The share link could not be made. Check the connection and reload.',
        });
      },
    );
  };

  return (
    <>
      <Hint title="Share as a link">
        <IconButton
          color="inherit"
          aria-label="Share"
          onClick={open}
          onPointerEnter={dialog.warm}
          onFocus={dialog.warm}
        >
          <ShareIcon />
        </IconButton>
      </Hint>
      {dialog.Component && <dialog.Component url={url} onClose={() => setUrl(null)} />}
    </>
  );
}
