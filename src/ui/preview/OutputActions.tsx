import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DownloadIcon from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { memo, useDeferredValue } from 'react';

import { toFileName } from '@/core/manifest/fileName';
import { useEngine, writeYaml } from '@/state/derivedContext';
import { appActions, useAppStore, useDraft } from '@/state/store';
import { saveFile } from '@/ui/saveFile';
import { MONO_FONT } from '@/ui/theme';

/** The file name the YAML is saved under, from the workload's name. */
const currentFileName = () => toFileName(useAppStore.getState().draft.workload.name);

/**
 * The command that applies the file. It follows the name in a render of its own, after the
 * keystroke's: laying out its new text inside the keystroke cost 0.4 ms of each (traced).
 */
function ApplyCommand() {
  const fileName = toFileName(useDeferredValue(useDraft((d) => d.workload.name)));
  return (
    <Typography variant="body2" color="text.secondary">
      Then run <code style={{ fontFamily: MONO_FONT }}>kubectl apply -f {fileName}</code>
    </Typography>
  );
}

/** Copy and Download the YAML written from the Draft, with the kubectl command that applies it. */
export const OutputActions = memo(function OutputActions() {
  const engine = useEngine();
  // Written when clicked: a keystroke re-renders none of this but the kubectl command.
  const currentYaml = () => writeYaml(engine, useAppStore.getState().draft);
  // Said through the app's messages, which load after start (no Snackbar of its own here).
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(currentYaml());
      appActions().showNotice({ severity: 'success', message: 'YAML copied to the clipboard' });
    } catch {
      appActions().showNotice({
        severity: 'warning',
        message: 'The browser refused clipboard access: select the YAML and copy it by hand.',
      });
    }
  };

  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1}>
        <Button
          variant="contained"
          startIcon={<DownloadIcon />}
          onClick={() => saveFile(currentFileName(), currentYaml(), 'application/yaml')}
        >
          Download
        </Button>
        <Button variant="outlined" startIcon={<ContentCopyIcon />} onClick={() => void copy()}>
          Copy
        </Button>
      </Stack>
      <ApplyCommand />
    </Stack>
  );
});
