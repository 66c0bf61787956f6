import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';

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
    <Card
      component="section"
      id={id}
      aria-labelledby={headingId}
      aria-busy="true"
      variant="outlined"
      sx={{ minHeight }}
    >
      <CardContent>
        <Typography id={headingId} variant="h6" component="h2">
          {title}
        </Typography>
      </CardContent>
    </Card>
  );
}
