import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export interface SectionCardProps {
  id: string;
  title: string;
  /** One line under the title: what this section decides. */
  subtitle?: string;
  children: ReactNode;
}

/** A titled form section; its heading labels the region for screen readers. */
export function SectionCard({ id, title, subtitle, children }: SectionCardProps) {
  const headingId = `${id}-heading`;
  return (
    <Card
      component="section"
      id={id}
      aria-labelledby={headingId}
      variant="outlined"
      // Sections out of view are neither laid out nor painted until scrolled to: the first
      // screen of a long form costs what the screen shows, not the whole form.
      sx={{ contentVisibility: 'auto', containIntrinsicHeight: 'auto 640px' }}
    >
      <CardContent>
        <Typography id={headingId} variant="h6" component="h2">
          {title}
        </Typography>
        {subtitle && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {subtitle}
          </Typography>
        )}
        <Stack spacing={2}>{children}</Stack>
      </CardContent>
    </Card>
  );
}
