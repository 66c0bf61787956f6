import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

export interface SubSectionProps {
  title: string;
  /** One line under the title. */
  description: ReactNode;
  /** A frame, for a panel that stands apart from the fields around it. */
  framed?: boolean;
  children: ReactNode;
}

/** A titled part of a form section: a region named by its heading. */
export function SubSection({ title, description, framed, children }: SubSectionProps) {
  const headingId = useId();
  return (
    <Box
      component="section"
      aria-labelledby={headingId}
      sx={framed ? { border: 1, borderColor: 'divider', borderRadius: 1, p: 2 } : undefined}
    >
      <Typography id={headingId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {description}
      </Typography>
      {children}
    </Box>
  );
}
