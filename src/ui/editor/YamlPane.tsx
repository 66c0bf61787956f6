import Box from '@mui/material/Box';
import GlobalStyles from '@mui/material/GlobalStyles';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useEffect, useState } from 'react';

import { useDerived } from '@/state/derived';
import { useEditorText } from '@/state/editorText';
import { afterStart } from '@/ui/startPhase';
import { MONO_FONT } from '@/ui/theme';

import { CURSOR_FIELD_ATTRIBUTE } from './cursorField';

const YamlEditor = lazy(() => import('./YamlEditor'));

/** The YAML as plain text: the prerendered page's, and the stand-in while the editor loads. */
function PlainYaml() {
  const yaml = useDerived((d) => d.yaml);
  const text = useEditorText((s) => s.text);
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
  const problem = useEditorText((s) => s.problem);
  return (
    <Typography
      role="status"
      variant="body2"
      sx={{
        color: problem ? 'error.main' : 'text.secondary',
        display: problem ? 'block' : 'none',
      }}
    >
      {problem &&
        `The YAML cannot be read${problem.line ? ` (line ${problem.line})` : ''}: the form shows the last valid version.`}
    </Typography>
  );
}

const CURSOR_FIELD_STYLE = {
  [`[${CURSOR_FIELD_ATTRIBUTE}]`]: {
    outline: '2px dashed var(--yaml-cursor-outline, #9a4f00)',
    outlineOffset: 4,
    borderRadius: 4,
  },
};

/**
 * The YAML pane: an editor on the draft. Text typed here is read into the form; a form edit
 * rewrites the text. Until the editor's code is in (after start), the YAML is plain text.
 */
export function YamlPane() {
  const status = useDerived((d) => d.yamlStatus);
  const [editorWanted, setEditorWanted] = useState(false);
  useEffect(() => {
    let live = true;
    void afterStart(() => {
      if (live) setEditorWanted(true);
    });
    return () => {
      live = false;
    };
  }, []);

  if (status !== 'ready') {
    return (
      <Typography variant="body2" color="text.secondary" role="status" sx={{ minHeight: 200 }}>
        {status === 'loading'
          ? 'Writing the YAML…'
          : 'The YAML writer could not be loaded (offline?): reload the page to retry.'}
      </Typography>
    );
  }
  return (
    <Stack spacing={1}>
      <GlobalStyles styles={CURSOR_FIELD_STYLE} />
      <TextProblemNotice />
      {editorWanted ? (
        <Suspense fallback={<PlainYaml />}>
          <YamlEditor />
        </Suspense>
      ) : (
        <PlainYaml />
      )}
      <Typography variant="caption" color="text.secondary">
        Edit the YAML here or in the form: each follows the other. Comments and your own layout are
        not kept once the form rewrites the text.
      </Typography>
    </Stack>
  );
}
