import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** A list editor's frame: a fieldset named by its legend, its rows and buttons stacked. */
export function ListFieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
        {legend}
      </Typography>
      <Stack spacing={1.5}>{children}</Stack>
    </Box>
  );
}

export interface EditorRowProps {
  /** The remove button's name; a row without one (always written) keeps the button's room. */
  removeLabel?: string;
  onRemove?: () => void;
  /** From this breakpoint up the fields sit side by side. */
  wideFrom?: 'sm' | 'md';
  children: ReactNode;
}

/** One row of a list editor: its fields, then the button that removes it. */
export function EditorRow({ removeLabel, onRemove, wideFrom = 'sm', children }: EditorRowProps) {
  return (
    <Stack
      direction={{ xs: 'column', [wideFrom]: 'row' }}
      spacing={1}
      sx={{ alignItems: { [wideFrom]: 'flex-start' } }}
    >
      {children}
      {onRemove ? (
        <IconButton
          aria-label={removeLabel}
          onClick={onRemove}
          sx={{ alignSelf: { xs: 'flex-end', [wideFrom]: 'flex-start' } }}
        >
          <DeleteOutlineIcon />
        </IconButton>
      ) : (
        <Box sx={{ width: 40, flexShrink: 0, display: { xs: 'none', [wideFrom]: 'block' } }} />
      )}
    </Stack>
  );
}

export interface AddButtonProps {
  onClick: () => void;
  /** A fuller name than the text, when the text alone is ambiguous ("Add port to container a"). */
  label?: string;
  children: ReactNode;
}

/** The button that adds an item to a list. */
export function AddButton({ onClick, label, children }: AddButtonProps) {
  return (
    <Box>
      <Button startIcon={<AddIcon />} aria-label={label} onClick={onClick}>
        {children}
      </Button>
    </Box>
  );
}
