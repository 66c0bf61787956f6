import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlined';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { memo } from 'react';

import { SECTIONS, sectionForPath } from '@/core/view/sectionForPath';
import { sameFinding } from '@/core/validation/sameFindings';
import { STAGE_LABELS } from '@/core/validation/stageLabels';
import type { Finding, Severity } from '@/core/validation/types';
import { useActions } from '@/state/store';
import { MONO_FONT } from '@/ui/theme';

import { applyFixes } from './applyFixes';

const ICONS = { error: ErrorOutlineIcon, warning: WarningAmberIcon, info: InfoOutlinedIcon };
const WORDS = { error: 'Error', warning: 'Warning', info: 'Advice' };

/** The icon of a severity, in its colour, with the severity as its accessible title. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  const Icon = ICONS[severity];
  return <Icon fontSize="small" color={severity} titleAccess={WORDS[severity]} />;
}

/** One finding: a button that goes to the field, and a link to the documentation. */
export const FindingItem = memo(FindingItemView, (a, b) => sameFinding(a.finding, b.finding));

function FindingItemView({ finding }: { finding: Finding }) {
  const { goToField } = useActions();
  const section = SECTIONS.find((s) => s.id === sectionForPath(finding.path));
  return (
    <Card
      variant="outlined"
      sx={{
        display: 'flex',
        gap: 1,
        p: 1,
        pr: 1.5,
        bgcolor: 'action.hover',
        borderLeft: 3,
        borderLeftColor: `${finding.severity}.main`,
      }}
    >
      <SeverityIcon severity={finding.severity} />
      <Box sx={{ minWidth: 0, flex: 1 }}>
        <CardActionArea
          onClick={() => goToField(finding.path)}
          sx={{
            borderRadius: 0.5,
            overflowWrap: 'anywhere',
            '& > span': { display: 'block' },
            '&:hover .go-to': { textDecoration: 'underline' },
          }}
        >
          <Typography variant="body2" component="span">
            {finding.message}
          </Typography>
          <Typography variant="caption" component="span" sx={{ fontFamily: MONO_FONT, mt: 0.5 }}>
            {finding.path}
          </Typography>
          <Typography variant="caption" component="span" color="text.secondary">
            {STAGE_LABELS[finding.stage]}
            {section && (
              <>
                {' · '}
                <span className="go-to">Go to {section.title}</span>
              </>
            )}
          </Typography>
        </CardActionArea>
        {finding.fix && (
          // The one-click repair (one undo step); the notice names the change.
          <Button
            size="small"
            variant="outlined"
            sx={{ mt: 0.5, mr: 1 }}
            onClick={() => void applyFixes([finding])}
          >
            Fix: {finding.fix.label}
          </Button>
        )}
        <Link
          href={finding.docUrl}
          target="_blank"
          rel="noopener noreferrer"
          variant="caption"
          sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, mt: 0.5 }}
        >
          Documentation
          <OpenInNewIcon sx={{ fontSize: 14 }} titleAccess="(opens in a new tab)" />
        </Link>
      </Box>
    </Card>
  );
}
