import Box from '@mui/material/Box';

import { useDerived } from '@/state/derived';
import { MONO_FONT } from '@/ui/theme';

const LINE_STYLE = { fontFamily: MONO_FONT, fontSize: 13, lineHeight: '20px' } as const;

/**
 * The read-only YAML preview. Line numbers sit in a separate gutter so that the `<pre>` holds
 * exactly the YAML: selecting, copying or reading its text gives the downloaded file.
 */
export function YamlPreview() {
  const yaml = useDerived((d) => d.yaml);
  const lineCount = yaml.replace(/\n$/, '').split('\n').length;
  return (
    <Box
      sx={{
        display: 'flex',
        bgcolor: 'action.hover',
        borderRadius: 1,
        overflow: 'auto',
        maxHeight: '70vh',
      }}
    >
      <Box
        aria-hidden="true"
        sx={{
          ...LINE_STYLE,
          py: 1.5,
          px: 1,
          textAlign: 'right',
          color: 'text.secondary',
          userSelect: 'none',
          whiteSpace: 'pre',
          borderRight: 1,
          borderColor: 'divider',
        }}
      >
        {Array.from({ length: lineCount }, (_, i) => i + 1).join('\n')}
      </Box>
      <Box
        component="pre"
        aria-label="YAML preview"
        tabIndex={0}
        data-testid="yaml-preview"
        sx={{ ...LINE_STYLE, m: 0, py: 1.5, px: 1.5, flex: 1, whiteSpace: 'pre' }}
      >
        <code>{yaml}</code>
      </Box>
    </Box>
  );
}
