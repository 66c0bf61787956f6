import FileUploadIcon from '@mui/icons-material/FileUpload';
import Backdrop from '@mui/material/Backdrop';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useState } from 'react';

import { appActions } from '@/state/store';
import { readImportFile } from '@/ui/import/readImportFile';
import { useFileDrop } from '@/ui/import/useFileDrop';
import { Hint } from '@/ui/fields/Hint';

// Most visits never import: the dialog (and the validator it runs) loads on first use.
const ImportDialog = lazy(() =>
  import('@/ui/import/ImportDialog').then((m) => ({ default: m.ImportDialog })),
);

/** The Import button, and a drop target covering the whole page: both open the import dialog. */
export function ImportButton() {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  // Once opened, the dialog stays mounted so that closing it can animate.
  const [used, setUsed] = useState(false);
  if (open && !used) setUsed(true);
  const dragging = useFileDrop(async (file) => {
    const read = await readImportFile(file);
    if (!read.ok) {
      appActions().showNotice({
        severity: 'error',
        message: `${read.reason} Your draft is unchanged.`,
      });
      return;
    }
    setText(read.text);
    setOpen(true);
  });
  return (
    <>
      <Hint title="Import YAML or JSON">
        <IconButton color="inherit" aria-label="Import" onClick={() => setOpen(true)}>
          <FileUploadIcon />
        </IconButton>
      </Hint>
      {(open || used) && (
        <Suspense fallback={null}>
          <ImportDialog
            open={open}
            text={text}
            onTextChange={setText}
            onClose={() => {
              setOpen(false);
              setText('');
            }}
          />
        </Suspense>
      )}
      {dragging && (
        <Backdrop open sx={{ zIndex: 'modal', color: 'common.white', pointerEvents: 'none' }}>
          <Typography variant="h5">Drop a YAML or JSON file to import it</Typography>
        </Backdrop>
      )}
    </>
  );
}
