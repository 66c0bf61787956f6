import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DownloadIcon from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { toFileName } from '@/core/manifest/fileName';
import { useDraft, useDraftStore } from '@/state/draftStore';
import { selectDerived } from '@/state/derived';
import { showNotice } from '@/state/noticeStore';
import { MONO_FONT } from '@/ui/theme';

/** The YAML and file name right now; read on click so typing does not re-render the buttons. */
function currentOutput(): { yaml: string; fileName: string } {
  const { draft } = useDraftStore.getState();
  return { yaml: selectDerived(draft).yaml, fileName: toFileName(draft.workload.name) };
}

function KubectlHint() {
  const fileName = toFileName(useDraft((d) => d.workload.name));
  return (
    <Typography variant="body2" color="text.secondary">
      Then run <code style={{ fontFamily: MONO_FONT }}>kubectl apply -f {fileName}</code>
    </Typography>
  );
}

/** Copy and Download the previewed YAML, with the kubectl command that applies it. */
export function OutputActions() {
  // Said through the app's messages, which load after start (no Snackbar of its own here).
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(currentOutput().yaml);
      showNotice({ severity: 'success', message: 'YAML copied to the clipboard' });
    } catch {
      showNotice({
        severity: 'warning',
        message: 'The browser refused clipboard access: select the YAML and copy it by hand.',
      });
    }
  };

  const download = () => {
    const { yaml, fileName } = currentOutput();
    const url = URL.createObjectURL(new Blob([yaml], { type: 'application/yaml' }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = fileName;
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1}>
        <Button variant="contained" startIcon={<DownloadIcon />} onClick={download}>
          Download
        </Button>
        <Button variant="outlined" startIcon={<ContentCopyIcon />} onClick={() => void copy()}>
          Copy
        </Button>
      </Stack>
      <KubectlHint />
    </Stack>
  );
}
