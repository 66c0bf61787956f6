import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { useState } from 'react';

import type { Finding } from '@/core/validation/types';
import { applyFixes } from '@/ui/preview/applyFixes';
import { MONO_FONT } from '@/ui/theme';

/**
 * "Fix all": lists every safe fix of the current findings in a dialog, and applies them all as
 * one undo step when the user confirms.
 */
export function FixAllButton({ findings }: { findings: readonly Finding[] }) {
  const [open, setOpen] = useState(false);
  const fixable = findings.filter((finding) => finding.fix);
  if (fixable.length === 0) return null;
  return (
    <>
      <Button size="small" variant="contained" sx={{ mb: 1 }} onClick={() => setOpen(true)}>
        Fix all ({fixable.length})
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="fix-all-title">
        <DialogTitle id="fix-all-title">Apply every safe fix</DialogTitle>
        <DialogContent>
          <DialogContentText>
            These changes are made to the manifest as one step (Undo brings it all back):
          </DialogContentText>
          <List dense aria-label="Fixes to apply">
            {fixable.map((finding, index) => (
              <ListItem key={`${finding.path}-${index}`} disableGutters>
                <ListItemText
                  primary={finding.fix?.label}
                  secondary={finding.path}
                  slotProps={{ secondary: { sx: { fontFamily: MONO_FONT } } }}
                />
              </ListItem>
            ))}
          </List>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Cancel</Button>
          <Button
            variant="contained"
            onClick={() => {
              setOpen(false);
              void applyFixes(fixable);
            }}
          >
            Apply {fixable.length} fix{fixable.length === 1 ? '' : 'es'}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
