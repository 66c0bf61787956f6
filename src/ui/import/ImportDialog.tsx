import UploadFileIcon from '@mui/icons-material/UploadFile';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useMemo, useRef, useState } from 'react';

import { pastedTextRefusal } from '@/core/import/inputLimits';
import { previewImport } from '@/core/view/importPreview';
import { appActions, useAppStore } from '@/state/store';
import { TitledDialog } from '@/ui/common/TitledDialog';
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
  const [fileError, setFileError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const current = useAppStore((s) => s.draft);

  const preview = useMemo(() => previewImport(text), [text]);

  const pickFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readImportFile(file);
    setFileError(read.ok ? null : read.reason);
    if (read.ok) onTextChange(read.text);
  };

  const confirm = () => {
    if (!preview?.ok) return;
    const { kind, name } = preview.draft.workload;
    appActions().load(preview.draft);
    onClose();
    appActions().showNotice({
      severity: 'success',
      message: `Imported ${kind} “${name}”.`,
      undoable: true,
    });
  };

  return (
    <TitledDialog
      title="Import YAML or JSON"
      open={open}
      onClose={onClose}
      width="md"
      intro="Paste a Pod, DaemonSet, Deployment or Job (several documents are fine), pick a file, or drop one on the page. Fields the form does not show are kept and written back."
      actions={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="contained" disabled={!preview?.ok} onClick={confirm}>
            Import
          </Button>
        </>
      }
    >
      <TextField
        label="Manifest (YAML or JSON)"
        multiline
        minRows={6}
        maxRows={14}
        value={text}
        onChange={(event) => onTextChange(event.target.value)}
        onPaste={(event) => {
          const refusal = pastedTextRefusal(event.clipboardData.getData('text'));
          if (!refusal) return;
          event.preventDefault();
          setFileError(refusal);
        }}
        error={fileError !== null}
        helperText={fileError}
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
    </TitledDialog>
  );
}
