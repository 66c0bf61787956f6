import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import GlobalStyles from '@mui/material/GlobalStyles';
import type { SxProps, Theme } from '@mui/material/styles';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import type { EditorView } from '@codemirror/view';
import { useEffect, useRef, useState, type RefObject } from 'react';

import { useChecks, useWrittenYaml } from '@/state/derivedContext';
import { useAppStore } from '@/state/store';
import { MOD_KEY } from '@/ui/history/useUndoShortcuts';
import { MONO_FONT } from '@/ui/theme';

import { createYamlEditor, setTabKeyIndents, showAppText } from './createEditor';
import { showMarks } from './diagnostics';
import { CURSOR_FIELD_ATTRIBUTE, showFieldLines } from './fieldLinks';

/** The editor's look in both themes: the app's monospace font, token colours with AA contrast. */
const editorLook: SxProps<Theme> = (t) => ({
  borderRadius: 1,
  overflow: 'hidden',
  bgcolor: 'action.hover',
  '--yaml-key': '#0b5a9c',
  '--yaml-str': '#8a3b00',
  ...t.applyStyles('dark', { '--yaml-key': '#8fc8ff', '--yaml-str': '#ffb77a' }),
  '& .cm-editor': {
    maxHeight: { xs: '75vh', md: '55vh' },
    fontSize: 13,
    color: 'text.primary',
    '&.cm-focused': { outline: `2px solid ${t.palette.primary.main}` },
  },
  '& .cm-scroller': { fontFamily: MONO_FONT, lineHeight: '20px' },
  '& .cm-gutters': { bgcolor: 'background.paper', color: 'text.secondary', borderRight: 1 },
  '& .cm-gutters, & .cm-tooltip': { borderColor: 'divider' },
  '& .cm-activeLine, & .cm-activeLineGutter': { bgcolor: 'action.selected' },
  '& .cm-content': { caretColor: t.palette.text.primary },
  '& .cm-cursor': { borderLeftColor: t.palette.text.primary },
  '& .cm-selectionBackground, & .cm-focused .cm-selectionBackground': {
    bgcolor: `${t.palette.primary.main}40 !important`,
  },
  '& .cm-field-lines': { bgcolor: `${t.palette.warning.main}2e` },
  '& .y-key': { color: 'var(--yaml-key)' },
  '& .y-str': { color: 'var(--yaml-str)' },
  '& .y-meta, & .y-comment, & .y-punc': { color: 'text.secondary' },
  '& .cm-tooltip': { border: 1, borderRadius: 1, boxShadow: 3, maxWidth: 440, fontSize: 13 },
  '& .cm-tooltip, & .cm-panels': { bgcolor: 'background.paper', color: 'text.primary' },
  '& .cm-tooltip a': { color: 'primary.main' },
  '& .cm-explain': { p: 1, '& p': { my: 0.5 } },
  // The lint tooltip's own style dims the stage: full colour keeps its contrast.
  '& .cm-explain-head, & .cm-diagnosticSource': {
    fontFamily: MONO_FONT,
    fontSize: 12,
    color: 'text.secondary',
    opacity: 1,
  },
  '& .cm-tooltip-autocomplete ul li[aria-selected]': {
    bgcolor: 'primary.main',
    color: 'primary.contrastText',
  },
});

const cursorFieldStyle = {
  [`[${CURSOR_FIELD_ATTRIBUTE}]`]: {
    outline: '2px dashed var(--yaml-cursor-outline, #9a4f00)',
    outlineOffset: 4,
    borderRadius: 4,
  },
};

/**
 * Keeps the editor showing the app's state: the text, the marks, the selected field. It renders
 * nothing, so a keystroke re-renders only this, not the editor's controls.
 */
function EditorSync({
  host,
  tabIndents,
}: {
  host: RefObject<HTMLDivElement | null>;
  tabIndents: boolean;
}) {
  const editor = useRef<EditorView | undefined>(undefined);
  const editorText = useAppStore((s) => s.editorText);
  const yaml = useWrittenYaml(editorText !== null);
  const text = editorText ?? yaml;
  const problem = useAppStore((s) => s.textProblem);
  const selectedPath = useAppStore((s) => s.selectedPath);
  const { findings } = useChecks();
  useEffect(() => {
    const view = host.current ? createYamlEditor(host.current, text) : undefined;
    editor.current = view;
    return () => view?.destroy();
    // The editor is made once; the effects below keep it showing the app's state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // In this order: the marks and the selection are placed on the text shown.
  useEffect(() => editor.current && showAppText(editor.current, text), [text]);
  useEffect(
    () => editor.current && showMarks(editor.current, findings, problem),
    [findings, problem],
  );
  useEffect(() => editor.current && showFieldLines(editor.current, selectedPath), [selectedPath]);
  useEffect(() => editor.current && setTabKeyIndents(editor.current, tabIndents), [tabIndents]);
  return null;
}

/** The CodeMirror editor on the draft's YAML (its own chunk, loaded after start). */
export default function YamlEditor() {
  const host = useRef<HTMLDivElement>(null);
  const [tabIndents, setTabIndents] = useState(false);
  return (
    <Box>
      <GlobalStyles styles={cursorFieldStyle} />
      <Box ref={host} sx={editorLook} />
      <EditorSync host={host} tabIndents={tabIndents} />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 2, mt: 0.5 }}>
        <FormControlLabel
          control={
            <Switch
              size="small"
              checked={tabIndents}
              onChange={(event) => setTabIndents(event.target.checked)}
            />
          }
          label={<Typography variant="caption">Tab key indents</Typography>}
        />
        <Typography variant="caption" color="text.secondary" id="yaml-editor-keys">
          {tabIndents
            ? 'Tab indents: press Escape, then Tab, to leave the editor. '
            : 'Tab leaves the editor. '}
          {`${MOD_KEY}Space suggests keys and values; ${MOD_KEY}I explains the key at the cursor.`}
        </Typography>
      </Box>
    </Box>
  );
}
