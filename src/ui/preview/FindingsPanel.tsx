import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';

import { useDerived } from '@/state/derived';

/** Every finding for the current manifest: message, field path and a documentation link. */
export function FindingsPanel() {
  const findings = useDerived((d) => d.findings);
  return (
    <section aria-labelledby="findings-heading">
      <Typography id="findings-heading" variant="h6" component="h2" gutterBottom>
        Findings
      </Typography>
      {findings.length === 0 ? (
        <Alert severity="success">
          No problems found: the API server will accept this manifest.
        </Alert>
      ) : (
        <List aria-label="Findings" disablePadding>
          {findings.map((finding, index) => (
            <ListItem key={`${finding.ruleId}-${finding.path}-${index}`} disableGutters>
              <Alert severity={finding.severity} sx={{ width: '100%' }}>
                <Typography variant="body2">{finding.message}</Typography>
                <Typography variant="caption" component="div">
                  <code>{finding.path}</code> ·{' '}
                  <Link href={finding.docUrl} target="_blank" rel="noopener noreferrer">
                    Documentation
                  </Link>
                </Typography>
              </Alert>
            </ListItem>
          ))}
        </List>
      )}
    </section>
  );
}
