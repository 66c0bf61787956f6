import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

import { useActions, useExpanded } from '@/state/store';
import { FindingCounts } from '@/ui/fields/FindingCounts';

export interface ItemCardProps {
  /** The item's key in the expansion state (`containers[2]`). */
  itemKey: string;
  /** The list's length: items of a short list start expanded. */
  count: number;
  /** What the item is ("container main"): names the card and its details button. */
  who: string;
  /** What its details button shows, when not the whole item ("the resources of container main"). */
  detailsOf?: string;
  /** The card's heading; without one the card is a fieldset with `who` as its legend. */
  title?: ReactNode;
  titleLevel?: 'h3' | 'h4';
  /** One line on the item, shown with its finding counts (under a title only while collapsed). */
  summary: ReactNode;
  /** The item's FieldPath: the findings at or below it are counted. */
  path: string;
  /** Buttons at the end of the card's header (move, duplicate, remove). */
  actions?: ReactNode;
  /** The item's editor; rendered only while expanded, without animation, so long lists stay fast. */
  children: ReactNode;
}

/** One item of a long list: a header that shows and hides its editor. */
export function ItemCard({
  itemKey,
  count,
  who,
  detailsOf = who,
  title,
  titleLevel = 'h3',
  summary,
  path,
  actions,
  children,
}: ItemCardProps) {
  const expanded = useExpanded(itemKey, count);
  const { setExpanded } = useActions();
  const bodyId = useId();
  return (
    <Card
      variant="outlined"
      component={title ? 'article' : 'fieldset'}
      aria-label={title ? who : undefined}
      sx={{ m: 0, p: 0, minWidth: 0 }}
    >
      {!title && (
        <Typography component="legend" variant="subtitle2" sx={{ mx: 1, px: 0.5 }}>
          {who}
        </Typography>
      )}
      <CardHeader
        sx={{ p: 1.5, gap: 1, flexWrap: 'wrap', overflowWrap: 'anywhere' }}
        slotProps={{
          avatar: { sx: { mr: 0 } },
          content: { sx: { minWidth: 0 } },
          title: { variant: 'subtitle2', component: titleLevel },
          action: { sx: { m: 0, alignSelf: 'center' } },
        }}
        avatar={
          <IconButton
            size="small"
            aria-label={`Details of ${detailsOf}`}
            aria-expanded={expanded}
            aria-controls={expanded ? bodyId : undefined}
            onClick={() => setExpanded(itemKey, !expanded)}
          >
            {expanded ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
          </IconButton>
        }
        title={title}
        subheader={
          (!title || !expanded) && (
            <>
              {summary} <FindingCounts path={path} />
            </>
          )
        }
        action={actions}
      />
      {expanded && (
        <CardContent component={Stack} spacing={2} id={bodyId} sx={{ pt: 0.5 }}>
          {children}
        </CardContent>
      )}
    </Card>
  );
}
