import { styled } from '@mui/material/styles';

/**
 * An outlined MUI Card with a CardContent and an h6 heading, as one styled element over a plain
 * heading: a phone's first screen holds seven of them (MUI's three components each were a good
 * part of the style work it does while the page starts).
 */
const PlaceholderCard = styled('section')(({ theme }) => ({
  boxSizing: 'border-box',
  overflow: 'hidden',
  padding: theme.spacing(2, 2, 3),
  border: `1px solid ${theme.palette.divider}`,
  borderRadius: theme.shape.borderRadius,
  backgroundColor: theme.palette.background.paper,
  color: theme.palette.text.primary,
  '& h2': { ...theme.typography.h6, margin: 0 },
}));

/**
 * A form section's stand-in while its code or the form is not rendered yet: a card of similar
 * height with the section's id and heading, so links and scrolling land where the section will be.
 * It says it is still loading (`aria-busy`).
 */
export function SectionPlaceholder({
  id,
  title,
  minHeight,
}: {
  id: string;
  title: string;
  minHeight: number;
}) {
  const headingId = `${id}-heading`;
  return (
    <PlaceholderCard id={id} aria-labelledby={headingId} aria-busy="true" style={{ minHeight }}>
      <h2 id={headingId}>{title}</h2>
    </PlaceholderCard>
  );
}
