import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

import { removeAt, replaceAt } from '@/core/view/listOps';
import { pageOf } from '@/core/view/listPages';
import { useActions } from '@/state/store';
import { PagedList } from '@/ui/fields/PagedList';

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

export interface ListEditorProps<T> {
  legend: string;
  items: readonly T[];
  onChange: (items: T[]) => void;
  /** One item's fields; `set` replaces that item. */
  fields: (item: T, set: (next: T) => void, index: number) => ReactNode;
  /** The remove button's name for one item ("Remove port 8080 of container main"). */
  removeLabel: (item: T, index: number) => string;
  /** One button each: its text, the item it appends, a fuller name when the text is ambiguous. */
  adds: ReadonlyArray<{ text: string; item: T; label?: string }>;
  /** Shown while the list is empty. */
  empty?: string;
  /** Rows above the editable ones (those the app always writes). */
  leading?: ReactNode;
  /** Help and findings, between the rows and the add buttons. */
  children?: ReactNode;
  wideFrom?: EditorRowProps['wideFrom'];
  /** Rows a page at a time, the page kept under `listKey`; a new item's page is shown. */
  paged?: { listKey: string; noun: string };
}

/** A list of items edited in rows: each row's fields and remove button, then the add buttons. */
export function ListEditor<T>(props: ListEditorProps<T>) {
  const { legend, items, onChange, fields, removeLabel, adds, empty, paged } = props;
  const { setPage } = useActions();
  const row = (index: number) => {
    const item = items[index] as T;
    return (
      <EditorRow
        key={index}
        wideFrom={props.wideFrom}
        removeLabel={removeLabel(item, index)}
        onRemove={() => onChange(removeAt(items, index))}
      >
        {fields(item, (next) => onChange(replaceAt(items, index, next)), index)}
      </EditorRow>
    );
  };
  return (
    <ListFieldset legend={legend}>
      {empty && items.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {empty}
        </Typography>
      )}
      {props.leading}
      {paged ? (
        <PagedList {...paged} count={items.length} renderItem={row} />
      ) : (
        items.map((_, index) => row(index))
      )}
      {props.children}
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        {adds.map(({ text, item, label }) => (
          <AddButton
            key={text}
            label={label}
            onClick={() => {
              if (paged) setPage(paged.listKey, pageOf(items.length));
              onChange([...items, item]);
            }}
          >
            {text}
          </AddButton>
        ))}
      </Stack>
    </ListFieldset>
  );
}
