import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import type { ImportPreview } from '@/core/import/analyseImport';
import type { Draft } from '@/core/model/draft';
import { toImportSummary, type SummaryLine } from '@/core/view/importSummary';
import { MONO_FONT } from '@/ui/theme';

const MONO = { sx: { fontFamily: MONO_FONT, overflowWrap: 'anywhere' } } as const;

interface LinesProps {
  /** A heading that names the list (give `id` too), or else `label`. */
  title?: string;
  id?: string;
  label?: string;
  lines: readonly SummaryLine[];
  mono?: boolean;
}

function Lines({ title, id, label, lines, mono }: LinesProps) {
  return (
    <div>
      {title && (
        <Typography variant="subtitle2" component="h3" id={id}>
          {title}
        </Typography>
      )}
      <List dense aria-labelledby={title && id} aria-label={label} disablePadding>
        {lines.map(({ tag, ...text }, index) => (
          <ListItem key={index} disableGutters>
            <ListItemText {...text} slotProps={mono ? { primary: MONO } : undefined} />
            {tag && (
              <Chip size="small" color={tag.primary ? 'primary' : 'default'} label={tag.label} />
            )}
          </ListItem>
        ))}
      </List>
    </div>
  );
}

/** What an import found and what it would replace; purely presentational. */
export function ImportSummary({ preview, current }: { preview: ImportPreview; current: Draft }) {
  if (!preview.ok) {
    return <Alert severity="error">Nothing can be imported: {preview.reason}</Alert>;
  }
  const text = toImportSummary(preview, current);
  return (
    <Stack spacing={1.5}>
      <Lines id="import-found" title={text.found} lines={text.documents} />
      {text.written && (
        <div>
          <Alert severity="error">{text.written.headline}</Alert>
          <Lines label="Errors as written" lines={text.written.lines} />
        </div>
      )}
      <Alert severity={text.tone}>{text.counts}</Alert>
      {text.listed.length > 0 && <Lines label="Import findings" lines={text.listed} />}
      {text.changesTitle ? (
        <Lines id="import-changes" title={text.changesTitle} lines={text.changes} mono />
      ) : (
        <Alert severity="success">
          The builder writes this back unchanged (key order aside): nothing is added or removed.
        </Alert>
      )}
      <Alert severity="info">{text.replaces}</Alert>
    </Stack>
  );
}
