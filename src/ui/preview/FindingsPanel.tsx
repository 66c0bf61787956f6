import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListSubheader from '@mui/material/ListSubheader';
import Typography from '@mui/material/Typography';
import { Fragment, useMemo } from 'react';

import { SCHEMA_KUBERNETES_VERSION } from '@/core/schema/schemaVersion';
import { countLabel, groupFindings } from '@/core/view/findingGroups';
import { KUBERNETES_VERSIONS } from '@/core/validation/targetOptions';
import { useChecks } from '@/state/derivedContext';
import { PagedList } from '@/ui/fields/PagedList';
import { FindingItem, SeverityIcon } from '@/ui/preview/FindingItem';
import { FixAllButton } from '@/ui/preview/FixAllButton';
import { TargetPicker } from '@/ui/preview/TargetPicker';

const KUBERNETES_RULES_VERSION = KUBERNETES_VERSIONS[0];

/**
 * Every finding for the current manifest, grouped by severity: message, field path, stage and a
 * documentation link. Clicking one takes the user to its field and its YAML lines.
 */
export function FindingsPanel() {
  const { findings, ready, failed } = useChecks();
  const groups = useMemo(() => groupFindings(findings), [findings]);
  return (
    <Box component="section" aria-labelledby="findings-heading">
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, flexWrap: 'wrap', mb: 1 }}>
        <Typography id="findings-heading" variant="h6" component="h2">
          Findings
        </Typography>
        <Typography variant="body2" color="text.secondary" aria-live="polite">
          {!ready
            ? 'checking…'
            : groups.length === 0
              ? 'none'
              : groups.map((g) => countLabel(g.findings.length, g.severity)).join(', ')}
        </Typography>
      </Box>
      <TargetPicker />
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        Rules of the Kubernetes {KUBERNETES_RULES_VERSION} API server and Pod Security Admission;
        field schema of Kubernetes {SCHEMA_KUBERNETES_VERSION}.
      </Typography>
      {failed ? (
        <Alert severity="warning">
          The validator could not be loaded (offline before it was cached?). Reload the page to
          check this manifest.
        </Alert>
      ) : !ready ? (
        <Alert severity="info">Checking the manifest…</Alert>
      ) : groups.length === 0 ? (
        <Alert severity="success" icon={<CheckCircleOutlineIcon />}>
          No problems found: the API server will accept this manifest and it follows the HostProcess
          guidance.
        </Alert>
      ) : (
        <>
          <FixAllButton findings={findings} />
          <List aria-label="Findings" disablePadding>
            {groups.map((group) => (
              <Fragment key={group.severity}>
                <ListSubheader
                  disableSticky
                  disableGutters
                  sx={{
                    display: 'flex',
                    alignItems: 'center',
                    gap: 1,
                    lineHeight: '36px',
                    bgcolor: 'transparent',
                  }}
                >
                  <SeverityIcon severity={group.severity} />
                  {group.title} ({group.findings.length})
                </ListSubheader>
                <PagedList
                  listKey={`findings-${group.severity}`}
                  count={group.findings.length}
                  noun={group.title.toLowerCase()}
                  wrapControls={(controls) => <ListItem disableGutters>{controls}</ListItem>}
                  renderItem={(index) => {
                    const finding = group.findings[index]!;
                    return (
                      <ListItem
                        key={`${finding.ruleId}-${finding.path}-${index}`}
                        disableGutters
                        sx={{ py: 0.5 }}
                      >
                        <FindingItem finding={finding} />
                      </ListItem>
                    );
                  }}
                />
              </Fragment>
            ))}
          </List>
        </>
      )}
    </Box>
  );
}
