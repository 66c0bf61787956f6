import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DownloadIcon from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { memo, useEffect, useRef, type RefObject } from 'react';

import { toFileName } from '@/core/manifest/fileName';
import { useOutput } from '@/state/derivedContext';
import { appActions, useAppStore, useDraft } from '@/state/store';
import { saveFile } from '@/ui/saveFile';
import { MONO_FONT } from '@/ui/theme';

/** Copy and Download the previewed YAML, with the kubectl command that applies it. */
export function OutputActions() {
  const { yaml } = useOutput();
  // The buttons read the YAML when clicked: a keystroke does not re-render them.
  const latestYaml = useRef(yaml);
  useEffect(() => {
    latestYaml.current = yaml;
  }, [yaml]);
  return <OutputButtons latestYaml={latestYaml} />;
}

/** The file name the YAML is saved under, from the workload's name. */
const currentFileName = () => toFileName(useAppStore.getState().draft.workload.name);

/** The command that applies the file: only this re-renders when the name changes. */
function ApplyCommand() {
  const fileName = toFileName(useDraft((d) => d.workload.name));
  return (
    <Typography variant="body2" color="text.secondary">
      Then run <code style={{ fontFamily: MONO_FONT }}>kubectl apply -f {fileName}</code>
    </Typography>
  );
}

const OutputButtons = memo(function OutputButtons({
  latestYaml,
}: {
  latestYaml: RefObject<string>;
}) {
  // Said through the app's messages, which load after start (no Snackbar of its own here).
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(latestYaml.current);
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
          onClick={() => saveFile(currentFileName(), latestYaml.current, 'application/yaml')}
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
