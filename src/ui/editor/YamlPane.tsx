import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { lazy, memo, Suspense } from 'react';

import { useEngine, useWrittenYaml } from '@/state/derivedContext';
import { useAppStore } from '@/state/store';
import { MONO_FONT } from '@/ui/theme';

const YamlEditor = lazy(() => import('./YamlEditor'));

/** The YAML as plain text: the prerendered page's, and the stand-in while the editor loads. */
function PlainYaml() {
  const text = useAppStore((s) => s.editorText);
  const yaml = useWrittenYaml(text !== null);
  return (
    <Box
      component="pre"
      aria-label="YAML"
      tabIndex={0}
      sx={{
        m: 0,
        py: 1,
        pl: 6,
        pr: 1.5,
        bgcolor: 'action.hover',
        borderRadius: 1,
        fontFamily: MONO_FONT,
        fontSize: 13,
        lineHeight: '20px',
        whiteSpace: 'pre-wrap',
        overflow: 'auto',
        maxHeight: { xs: '75vh', md: '55vh' },
      }}
    >
      {text ?? yaml}
    </Box>
  );
}

/** Says why the form stopped following the text, while the text cannot be read. */
function TextProblemNotice() {
  const problem = useAppStore((s) => s.textProblem);
  return (
    <Typography role="status" variant="body2" color="error" hidden={!problem}>
      {problem &&
        `The YAML cannot be read${problem.line ? ` (line ${problem.line})` : ''}: the form shows the last valid version.`}
    </Typography>
  );
}

/**
 * The YAML pane: an editor on the draft. Text typed here is read into the form; a form edit
 * rewrites the text. Until the editor's code is in (after start), the YAML is plain text.
 */
export function YamlPane() {
  const engine = useEngine();
  if (typeof engine !== 'object') {
    return (
      <Typography variant="body2" color="text.secondary" role="status" sx={{ minHeight: 200 }}>
        {engine === 'failed'
          ? 'The YAML writer could not be loaded (offline?): reload the page to retry.'
          : 'Writing the YAML…'}
      </Typography>
    );
  }
  return <ReadyPane />;
}

/** The pane once the YAML is written; memo: a keystroke re-renders the editor's sync, not this. */
const ReadyPane = memo(function ReadyPane() {
  return (
    <Stack spacing={1}>
      <TextProblemNotice />
      <Suspense fallback={<PlainYaml />}>
        <YamlEditor />
      </Suspense>
      <Typography variant="caption" color="text.secondary">
        Edit the YAML here or in the form: each follows the other. Comments and your own layout are
        not kept once the form rewrites the text.
      </Typography>
    </Stack>
  );
});
