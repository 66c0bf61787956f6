import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useId, type ReactNode } from 'react';

/** Props of a dialog named by its title. */
export interface TitledDialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  /** The first paragraph: what the dialog does. */
  intro: ReactNode;
  /** Full width up to this breakpoint; without it the dialog is as wide as its text. */
  width?: 'sm' | 'md';
  children?: ReactNode;
  actions: ReactNode;
}

/** A dialog with a title, an explanation, its content and its buttons. */
export function TitledDialog({
  title,
  open,
  onClose,
  intro,
  width,
  children,
  actions,
}: TitledDialogProps) {
  const titleId = useId();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      aria-labelledby={titleId}
      fullWidth={!!width}
      maxWidth={width}
    >
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{intro}</DialogContentText>
          {children}
        </Stack>
      </DialogContent>
      <DialogActions>{actions}</DialogActions>
    </Dialog>
  );
}
