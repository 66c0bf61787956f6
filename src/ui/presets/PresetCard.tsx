import { styled } from '@mui/material/styles';

import type { Preset } from '@/core/presets';
import { presetFragment } from '@/core/share/shareRoute';
import { upstreamLabel } from '@/core/view/upstreamLabel';
import { accountLabel } from '@/core/view/presetFacts';

/**
 * The card's look, in one styled element over plain ones: the gallery is the first screen of
 * every first visit, and as MUI cards, chips and typography (13 styled components a card) its
 * nine cards were most of the style work a phone does while the page starts.
 * Looks like an outlined MUI Card with a CardActionArea, small Chips and Typography.
 */
const CardLink = styled('a')(({ theme }) => ({
  position: 'relative',
  display: 'block',
  boxSizing: 'border-box',
  flexGrow: 1,
  padding: theme.spacing(2),
  border: `1px solid ${theme.palette.divider}`,
  borderRadius: theme.shape.borderRadius,
  backgroundColor: theme.palette.background.paper,
  color: theme.palette.text.primary,
  textDecoration: 'none',
  transition: theme.transitions.create('background-color', {
    duration: theme.transitions.duration.short,
  }),
  '@media (hover: hover)': { '&:hover': { backgroundColor: theme.palette.action.hover } },
  '&:focus-visible': {
    outline: `2px solid ${theme.palette.primary.main}`,
    outlineOffset: 2,
    backgroundColor: theme.palette.action.focus,
  },
  '& h3': { ...theme.typography.subtitle1, margin: '0 0 0.35em' },
  '& [data-facts]': {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(1),
  },
  '& [data-chip]': {
    display: 'inline-flex',
    alignItems: 'center',
    boxSizing: 'border-box',
    maxWidth: '100%',
    height: 24,
    padding: '0 8px',
    borderRadius: 12,
    fontSize: theme.typography.pxToRem(13),
    lineHeight: 1.5,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    backgroundColor: theme.palette.action.selected,
  },
  '& [data-chip="outlined"]': {
    padding: '0 7px',
    backgroundColor: 'transparent',
    border: `1px solid ${theme.palette.grey[theme.palette.mode === 'light' ? 400 : 700]}`,
  },
  '& p': { ...theme.typography.body2, margin: 0, color: theme.palette.text.secondary },
}));

/** Card and upstream link in one column as tall as the grid cell, so the link never overflows it. */
const CardColumn = styled('div')({ display: 'flex', flexDirection: 'column', height: '100%' });

// The upstream link sits below the card link: a link cannot hold another link.
const Upstream = styled('a')(({ theme }) => ({
  ...theme.typography.body2,
  display: 'inline-block',
  alignSelf: 'flex-start',
  maxWidth: '100%',
  overflowWrap: 'anywhere',
  marginTop: theme.spacing(0.5),
  color: theme.palette.primary.main,
}));

/**
 * A preset on the start screen: a plain link to `#/preset/<id>` with its kind, account and what it
 * works with, and under it a link to the upstream page it follows.
 */
export function PresetCard({ preset }: { preset: Preset }) {
  return (
    <CardColumn>
      <CardLink href={presetFragment(preset.id)}>
        <h3>{preset.title}</h3>
        <span data-facts="">
          <span data-chip="filled">{preset.draft.workload.kind}</span>
          <span data-chip="outlined">{accountLabel(preset.draft)}</span>
        </span>
        <p>{preset.summary}</p>
        <p>{preset.companionOf}</p>
      </CardLink>
      <Upstream href={preset.docUrl} target="_blank" rel="noreferrer">
        Upstream: {upstreamLabel(preset.docUrl)}
      </Upstream>
    </CardColumn>
  );
}
