import NoteAddIcon from '@mui/icons-material/NoteAddOutlined';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import { useState } from 'react';

import { createDraft } from '@/core/model/draft';
import { appActions } from '@/state/store';
import { Hint } from '@/ui/fields/Hint';

/** "New draft": asks first, then replaces the draft with the default one (undoable). */
export function NewDraftButton() {
  const [open, setOpen] = useState(false);
  const cancel = () => setOpen(false);
  const confirm = () => {
    setOpen(false);
    appActions().load(createDraft());
    appActions().showNotice({ severity: 'info', message: 'Started a new draft.', undoable: true });
  };
  return (
    <>
      <Hint title="New draft">
        <IconButton color="inherit" aria-label="New draft" onClick={() => setOpen(true)}>
          <NoteAddIcon />
        </IconButton>
      </Hint>
      <Dialog open={open} onClose={cancel} aria-labelledby="new-draft-title">
        <DialogTitle id="new-draft-title">Start a new draft?</DialogTitle>
        <DialogContent>
          <DialogContentText>
            The current draft is replaced by the default HostProcess example. You can bring it back
            with Undo.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={cancel} autoFocus>
            Cancel
          </Button>
          <Button variant="contained" onClick={confirm}>
            Start new draft
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
