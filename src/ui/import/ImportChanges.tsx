import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';

import type { ImportChange } from '@/core/import/importDiff';
import { MONO_FONT } from '@/ui/theme';

const WORDS = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const;

/** Before Import: every field the builder would write differently from the pasted text. */
export function ImportChanges({
  changes,
  documents,
}: {
  changes: readonly ImportChange[];
  documents: number;
}) {
  if (changes.length === 0) {
    return (
      <Alert severity="success">
        The builder writes this back unchanged (key order aside): nothing is added or removed.
      </Alert>
    );
  }
  return (
    <div>
      <Typography variant="subtitle2" component="h3" id="import-changes">
        The builder would write {changes.length} field{changes.length === 1 ? '' : 's'} differently
      </Typography>
      <List dense aria-labelledby="import-changes" disablePadding>
        {changes.map((change, index) => (
          <ListItem key={index} disableGutters>
            <ListItemText
              primary={`${WORDS[change.change]} ${change.path || 'the whole document'}`}
              secondary={documents > 1 ? `document ${change.document + 1}` : undefined}
              slotProps={{ primary: { sx: { fontFamily: MONO_FONT, overflowWrap: 'anywhere' } } }}
            />
          </ListItem>
        ))}
      </List>
    </div>
  );
}
