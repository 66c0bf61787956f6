import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** A compact bulleted list of short lines. */
export function BulletList({ items, label }: { items: readonly ReactNode[]; label?: string }) {
  return (
    <Box component="ul" aria-label={label} sx={{ m: 0, pl: 2.5 }}>
      {items.map((item, index) => (
        <Typography component="li" variant="body2" key={index}>
          {item}
        </Typography>
      ))}
    </Box>
  );
}
