import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

export interface NewDraftDialogProps {
  open: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** "Start a new draft?": the confirmation before the draft is replaced. */
export function NewDraftDialog({ open, onCancel, onConfirm }: NewDraftDialogProps) {
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby="new-draft-title">
      <DialogTitle id="new-draft-title">Start a new draft?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          The current draft is replaced by the default HostProcess example. You can bring it back
          with Undo.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} autoFocus>
          Cancel
        </Button>
        <Button variant="contained" onClick={onConfirm}>
          Start new draft
        </Button>
      </DialogActions>
    </Dialog>
  );
}
