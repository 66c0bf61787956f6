import NoteAddIcon from '@mui/icons-material/NoteAddOutlined';
import IconButton from '@mui/material/IconButton';
import { useState } from 'react';

import { createDraft } from '@/core/model/draft';
import { useDraftActions } from '@/state/draftStore';
import { showNotice } from '@/state/noticeStore';
import { Hint } from '@/ui/fields/Hint';
import type { NewDraftDialogProps } from '@/ui/history/NewDraftDialog';
import { useCodeOnDemand } from '@/ui/hooks/useCodeOnDemand';
import { preloadable } from '@/ui/layout/preloadable';

// The confirmation dialog's code loads on the first click.
const newDraftDialogCode = preloadable<NewDraftDialogProps>(() =>
  import('@/ui/history/NewDraftDialog').then((m) => m.NewDraftDialog),
);

/** "New draft": asks first, then replaces the draft with the default one (undoable). */
export function NewDraftButton() {
  const [open, setOpen] = useState(false);
  const dialog = useCodeOnDemand(newDraftDialogCode);
  const { load } = useDraftActions();
  const confirm = () => {
    setOpen(false);
    load(createDraft());
    showNotice({ severity: 'info', message: 'Started a new draft.', undoable: true });
  };
  return (
    <>
      <Hint title="New draft">
        <IconButton
          color="inherit"
          aria-label="New draft"
          onClick={() => void dialog.load().then((loaded) => loaded && setOpen(true))}
          onPointerEnter={dialog.warm}
          onFocus={dialog.warm}
        >
          <NoteAddIcon />
        </IconButton>
      </Hint>
      {dialog.Component && (
        <dialog.Component open={open} onCancel={() => setOpen(false)} onConfirm={confirm} />
      )}
    </>
  );
}
