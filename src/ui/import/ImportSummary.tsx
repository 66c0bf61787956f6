import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import type { ImportChange } from '@/core/import/importDiff';
import type { Draft } from '@/core/model/draft';
import type { ImportPreview } from '@/core/import/analyseImport';
import { MONO_FONT } from '@/ui/theme';

/** How many findings are listed before "and N more". */
const LISTED = 5;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

const WORDS = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const;

/** Before Import: every field the builder would write differently from the pasted text. */
function ImportChanges({
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
        The builder would write {plural(changes.length, 'field')} differently
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

/** What an import found and what it would replace; purely presentational. */
export function ImportSummary({ preview, current }: { preview: ImportPreview; current: Draft }) {
  if (!preview.ok) {
    return <Alert severity="error">Nothing can be imported: {preview.reason}</Alert>;
  }
  const { documents, findings, notes, counts, draft, writtenErrors, changes } = preview;
  const listed = [...findings.filter((f) => f.severity !== 'info'), ...notes].slice(0, LISTED);
  const hidden =
    findings.filter((f) => f.severity !== 'info').length + notes.length - listed.length;
  return (
    <Stack spacing={1.5}>
      <div>
        <Typography variant="subtitle2" component="h3" id="import-found">
          Found {plural(documents.length, 'document')}
        </Typography>
        <List dense aria-labelledby="import-found" disablePadding>
          {documents.map((doc, index) => (
            <ListItem key={index} disableGutters>
              <ListItemText primary={`${doc.kind || '(no kind)'} ${doc.name || '(no name)'}`} />
              <Chip
                size="small"
                color={doc.fillsForm ? 'primary' : 'default'}
                label={doc.fillsForm ? 'fills the form' : 'kept as is'}
              />
            </ListItem>
          ))}
        </List>
      </div>
      {writtenErrors.length > 0 && (
        <div>
          <Alert severity="error">
            As written, this manifest has {plural(writtenErrors.length, 'error')}: Kubernetes or the
            node would refuse it.
          </Alert>
          <List dense aria-label="Errors as written" disablePadding>
            {writtenErrors.slice(0, LISTED).map((finding, index) => (
              <ListItem key={index} disableGutters>
                <ListItemText primary={finding.message} secondary={finding.path} />
              </ListItem>
            ))}
          </List>
        </div>
      )}
      <Alert severity={counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'success'}>
        Findings: {plural(counts.error, 'error')}, {plural(counts.warning, 'warning')}
        {notes.length > 0 ? `, ${plural(notes.length, 'import note')}` : ''}.
      </Alert>
      {listed.length > 0 && (
        <List dense aria-label="Import findings" disablePadding>
          {listed.map((finding, index) => (
            <ListItem key={index} disableGutters>
              <ListItemText
                primary={finding.message}
                secondary={`${finding.severity} · ${finding.path}`}
              />
            </ListItem>
          ))}
          {hidden > 0 && (
            <ListItem disableGutters>
              <ListItemText secondary={`and ${hidden} more, shown in the builder after import`} />
            </ListItem>
          )}
        </List>
      )}
      <ImportChanges changes={changes} documents={documents.length} />
      <Alert severity="info">
        Import replaces the current draft ({current.workload.kind} “{current.workload.name}”) with{' '}
        {draft.workload.kind} “{draft.workload.name}”. Undo brings the current draft back.
      </Alert>
    </Stack>
  );
}
