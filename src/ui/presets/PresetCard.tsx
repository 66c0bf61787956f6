import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import type { Preset } from '@/core/presets';
import { presetFragment } from '@/core/share/shareRoute';
import { upstreamLabel } from '@/core/view/upstreamLabel';
import { accountLabel } from '@/ui/presets/presetFacts';

/**
 * A preset on the start screen: a plain link to `#/preset/<id>` with its kind, account and what it
 * works with, and under it (a link cannot hold another link) a link to the upstream page it follows.
 */
export function PresetCard({ preset }: { preset: Preset }) {
  return (
    <Stack sx={{ height: '100%' }}>
      <Card variant="outlined" sx={{ flexGrow: 1 }}>
        <CardActionArea href={presetFragment(preset.id)} sx={{ height: '100%' }}>
          <CardContent>
            <Typography variant="subtitle1" component="h3" gutterBottom>
              {preset.title}
            </Typography>
            <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1, mb: 1 }}>
              <Chip size="small" label={preset.draft.workload.kind} />
              <Chip size="small" variant="outlined" label={accountLabel(preset.draft)} />
            </Stack>
            <Typography variant="body2" color="text.secondary">
              {preset.summary}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {preset.companionOf}
            </Typography>
          </CardContent>
        </CardActionArea>
      </Card>
      <Link
        href={preset.docUrl}
        target="_blank"
        rel="noreferrer"
        variant="body2"
        sx={{ mt: 0.5, alignSelf: 'flex-start', overflowWrap: 'anywhere' }}
      >
        Upstream: {upstreamLabel(preset.docUrl)}
      </Link>
    </Stack>
  );
}
