import Typography from '@mui/material/Typography';

import { mountAccess } from '@/core/view/mountPaths';
import { useAppStore } from '@/state/store';
import { Code } from '@/ui/common/Code';

/** Where the process finds the mount on the target nodes, and the other paths that reach it. */
export function MountAccessHelp({ mountPath }: { mountPath: string }) {
  const target = useAppStore((s) => s.target);
  const access = mountAccess(mountPath, target);
  if (!access) return null;
  return (
    <Typography variant="body2" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
      On the target nodes the process finds it at <Code>{access.primary}</Code>; also at{' '}
      {access.alternatives.map((path, index) => (
        <span key={path}>
          {index > 0 && ' or '}
          <Code>{path}</Code>
        </span>
      ))}
      .
    </Typography>
  );
}
