import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useId, type ReactNode } from 'react';

/**
 * A dialog named by its title, with a first paragraph saying what it does, its content and its
 * buttons. With `width` it is full width up to that breakpoint; without, as wide as its text.
 */
export function TitledDialog(props: {
  title: string;
  open: boolean;
  onClose: () => void;
  intro: ReactNode;
  width?: 'sm' | 'md';
  children?: ReactNode;
  actions: ReactNode;
}) {
  const { title, open, onClose, intro, width, children, actions } = props;
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
