import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState, type RefObject } from 'react';

import { useChecks, useOutput } from '@/state/derivedContext';
import { useAppStore } from '@/state/store';

import { MOD_KEY } from '@/ui/history/useUndoShortcuts';

import { createYamlEditor, type YamlEditorHandle } from './createEditor';
import { editorLook } from './editorLook';

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
  const handle = useRef<YamlEditorHandle | null>(null);
  const { yaml } = useOutput();
  const editorText = useAppStore((s) => s.editorText);
  const problem = useAppStore((s) => s.textProblem);
  const selectedPath = useAppStore((s) => s.selectedPath);
  const { findings } = useChecks();
  const text = editorText ?? yaml;
  useEffect(() => {
    if (!host.current) return undefined;
    const editor = createYamlEditor(host.current, text);
    handle.current = editor;
    return () => {
      handle.current = null;
      editor.destroy();
    };
    // The editor is made once; the effects below keep it showing the app's state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // In this order: the marks and the selection are placed on the text shown.
  useEffect(() => handle.current?.showText(text), [text]);
  useEffect(() => handle.current?.showMarks(findings, problem), [text, findings, problem]);
  useEffect(() => handle.current?.showPath(selectedPath), [selectedPath]);
  useEffect(() => handle.current?.setTabIndents(tabIndents), [tabIndents]);
  return null;
}

/** The CodeMirror editor on the draft's YAML (its own chunk, loaded after start). */
export default function YamlEditor() {
  const host = useRef<HTMLDivElement>(null);
  const [tabIndents, setTabIndents] = useState(false);
  return (
    <Box>
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
