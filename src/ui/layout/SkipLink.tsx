import Link from '@mui/material/Link';

/** "Skip to the form": the first tab stop, visible only when focused. */
export function SkipLink({ href, children }: { href: string; children: string }) {
  return (
    <Link
      href={href}
      sx={{
        position: 'absolute',
        left: 8,
        top: -48,
        zIndex: 2000,
        px: 2,
        py: 1,
        bgcolor: 'background.paper',
        color: 'primary.main',
        borderRadius: 1,
        boxShadow: 3,
        '&:focus': { top: 8 },
      }}
    >
      {children}
    </Link>
  );
}
