import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

import { mountAccess } from '@/core/view/mountPaths';
import { useAppStore } from '@/state/store';
import { MONO_FONT } from '@/ui/theme';

const code = { fontFamily: MONO_FONT, fontSize: 12.5, overflowWrap: 'anywhere' } as const;

/** Where the process finds the mount on the target nodes, and the other paths that reach it. */
export function MountAccessHelp({ mountPath }: { mountPath: string }) {
  const target = useAppStore((s) => s.target);
  const access = mountAccess(mountPath, target);
  if (!access) return null;
  return (
    <Typography variant="body2" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
      On the target nodes the process finds it at{' '}
      <Box component="code" sx={code}>
        {access.primary}
      </Box>
      ; also at{' '}
      {access.alternatives.map((path, index) => (
        <span key={path}>
          {index > 0 && ' or '}
          <Box component="code" sx={code}>
            {path}
          </Box>
        </span>
      ))}
      .
    </Typography>
  );
}
