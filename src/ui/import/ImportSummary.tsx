import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

import type { ImportPreview } from '@/core/import/analyseImport';
import type { Draft } from '@/core/model/draft';
import { toImportSummary, type SummaryLine } from '@/core/view/importSummary';
import { MONO_FONT } from '@/ui/theme';

const MONO = { sx: { fontFamily: MONO_FONT, overflowWrap: 'anywhere' } } as const;

/** A dense list of summary lines, named by a heading (`title`) or by `label`. */
function Lines(props: {
  id?: string;
  title?: string;
  label?: string;
  lines: SummaryLine[];
  mono?: boolean;
  end?: ReactNode;
}) {
  const { id, title, label, lines, mono, end } = props;
  return (
    <div>
      {title && (
        <Typography variant="subtitle2" component="h3" id={id}>
          {title}
        </Typography>
      )}
      <List dense aria-labelledby={title ? id : undefined} aria-label={label} disablePadding>
        {lines.map((line, index) => (
          <ListItem key={index} disableGutters>
            <ListItemText {...line} slotProps={mono ? { primary: MONO } : undefined} />
          </ListItem>
        ))}
        {end}
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
      <div>
        <Typography variant="subtitle2" component="h3" id="import-found">
          {text.found}
        </Typography>
        <List dense aria-labelledby="import-found" disablePadding>
          {text.documents.map((doc, index) => (
            <ListItem key={index} disableGutters>
              <ListItemText primary={doc.label} />
              <Chip
                size="small"
                color={doc.fillsForm ? 'primary' : 'default'}
                label={doc.fillsForm ? 'fills the form' : 'kept as is'}
              />
            </ListItem>
          ))}
        </List>
      </div>
      {text.written && (
        <div>
          <Alert severity="error">{text.written.headline}</Alert>
          <Lines label="Errors as written" lines={text.written.lines} />
        </div>
      )}
      <Alert severity={text.tone}>{text.counts}</Alert>
      {text.listed.length > 0 && (
        <Lines
          label="Import findings"
          lines={text.listed}
          end={
            text.more && (
              <ListItem disableGutters>
                <ListItemText secondary={text.more} />
              </ListItem>
            )
          }
        />
      )}
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
