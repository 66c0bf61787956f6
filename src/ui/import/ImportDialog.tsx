import UploadFileIcon from '@mui/icons-material/UploadFile';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useEffect, useMemo, useRef, useState } from 'react';

import type { importManifests as ImportManifests } from '@/core/import/importManifests';
import { appActions, useActions, useAppStore } from '@/state/store';
import { formatMiB, MAX_INPUT_BYTES } from '@/core/import/inputLimits';
import { analyseImport } from '@/core/import/analyseImport';
import { ImportSummary } from '@/ui/import/ImportSummary';
import { readImportFile } from '@/ui/import/readImportFile';
import { MONO_FONT } from '@/ui/theme';

/** Props of the import dialog. */
export interface ImportDialogProps {
  open: boolean;
  text: string;
  onTextChange: (text: string) => void;
  onClose: () => void;
}

/** Paste or pick YAML/JSON, see what it holds, then Import (one undo step) or Cancel (no change). */
export function ImportDialog({ open, text, onTextChange, onClose }: ImportDialogProps) {
  const [importer, setImporter] = useState<typeof ImportManifests | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const { load } = useActions();
  const current = useAppStore((s) => s.draft);

  useEffect(() => {
    // The importer is loaded on demand: most visits never import.
    if (!open || importer) return;
    let live = true;
    void import('@/core/import/importManifests').then((module) => {
      if (live) setImporter(() => module.importManifests);
    });
    return () => {
      live = false;
    };
  }, [open, importer]);

  const preview = useMemo(() => {
    if (!importer || text.trim() === '') return null;
    try {
      return analyseImport(importer(text), text);
    } catch {
      // The importer promises not to throw; a bug there must still not take the page down.
      return { ok: false as const, reason: 'the importer failed on this text.' };
    }
  }, [importer, text]);

  const pickFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readImportFile(file);
    setFileError(read.ok ? null : read.reason);
    if (read.ok) onTextChange(read.text);
  };

  const confirm = () => {
    if (!preview?.ok) return;
    load(preview.draft);
    onClose();
    appActions().showNotice({
      severity: 'success',
      message: `Imported ${preview.draft.workload.kind} “${preview.draft.workload.name}”.`,
      undoable: true,
    });
  };

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="import-title" fullWidth maxWidth="md">
      <DialogTitle id="import-title">Import YAML or JSON</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>
            Paste a Pod, DaemonSet, Deployment or Job (several documents are fine), pick a file, or
            drop one on the page. Fields the form does not show are kept and written back.
          </DialogContentText>
          <TextField
            label="Manifest (YAML or JSON)"
            multiline
            minRows={6}
            maxRows={14}
            value={text}
            onChange={(event) => onTextChange(event.target.value)}
            onPaste={(event) => {
              // Refused before it reaches the field: a text box holding megabytes freezes the page.
              const pasted = event.clipboardData.getData('text');
              if (pasted.length <= MAX_INPUT_BYTES / 4) return;
              const bytes = new TextEncoder().encode(pasted).length;
              if (bytes <= MAX_INPUT_BYTES) return;
              event.preventDefault();
              setFileError(
                `The pasted text is ${formatMiB(bytes)}; the limit is ${formatMiB(MAX_INPUT_BYTES)}. Nothing was pasted.`,
              );
            }}
            error={fileError !== null}
            helperText={fileError ?? undefined}
            slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: MONO_FONT } } }}
          />
          <div>
            <Button
              variant="outlined"
              startIcon={<UploadFileIcon />}
              onClick={() => fileInput.current?.click()}
            >
              Choose file…
            </Button>
            <input
              ref={fileInput}
              type="file"
              hidden
              aria-label="Manifest file"
              accept=".yaml,.yml,.json,application/json,application/yaml,text/*"
              onChange={(event) => {
                void pickFile(event.target.files?.[0]);
                event.target.value = '';
              }}
            />
          </div>
          <div aria-live="polite">
            {preview && <ImportSummary preview={preview} current={current} />}
          </div>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" disabled={!preview?.ok} onClick={confirm}>
          Import
        </Button>
      </DialogActions>
    </Dialog>
  );
}
