import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';

import { createYamlEditor, type YamlEditorHandle } from './createEditor';
import { editorLook } from './editorLook';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
const MOD = IS_MAC ? '⌘' : 'Ctrl+';

/** The CodeMirror editor on the draft's YAML (its own chunk, loaded after start). */
export default function YamlEditor() {
  const host = useRef<HTMLDivElement>(null);
  const handle = useRef<YamlEditorHandle | null>(null);
  const [tabIndents, setTabIndents] = useState(false);
  useEffect(() => {
    if (!host.current) return undefined;
    const editor = createYamlEditor(host.current);
    handle.current = editor;
    return () => {
      handle.current = null;
      editor.destroy();
    };
  }, []);
  useEffect(() => handle.current?.setTabIndents(tabIndents), [tabIndents]);
  return (
    <Box>
      <Box ref={host} sx={editorLook} />
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
          {`${MOD}Space suggests keys and values; ${MOD}I explains the key at the cursor.`}
        </Typography>
      </Box>
    </Box>
  );
}
