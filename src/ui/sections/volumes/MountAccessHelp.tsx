import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

import { mountAccess } from '@/core/view/mountPaths';
import { MONO_FONT } from '@/ui/theme';

const code = { fontFamily: MONO_FONT, fontSize: 12.5, overflowWrap: 'anywhere' } as const;

/** Where the process finds the mount with containerd 1.7+ and with 1.6. */
export function MountAccessHelp({ mountPath }: { mountPath: string }) {
  const access = mountAccess(mountPath);
  if (!access) return null;
  return (
    <Typography variant="body2" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
      The process finds it at{' '}
      <Box component="code" sx={code}>
        {access.containerd17}
      </Box>{' '}
      with containerd 1.7+; with containerd 1.6 at{' '}
      <Box component="code" sx={code}>
        {access.containerd16}
      </Box>{' '}
      or{' '}
      <Box component="code" sx={code}>
        {access.relative}
      </Box>
      .
    </Typography>
  );
}
