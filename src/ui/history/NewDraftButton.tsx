import NoteAddIcon from '@mui/icons-material/NoteAddOutlined';
import IconButton from '@mui/material/IconButton';
import { useState } from 'react';

import { createDraft } from '@/core/model/draft';
import { appActions, useActions } from '@/state/store';
import { Hint } from '@/ui/fields/Hint';
import { NewDraftDialog } from '@/ui/history/NewDraftDialog';

/** "New draft": asks first, then replaces the draft with the default one (undoable). */
export function NewDraftButton() {
  const [open, setOpen] = useState(false);
  const { load } = useActions();
  const confirm = () => {
    setOpen(false);
    load(createDraft());
    appActions().showNotice({ severity: 'info', message: 'Started a new draft.', undoable: true });
  };
  return (
    <>
      <Hint title="New draft">
        <IconButton color="inherit" aria-label="New draft" onClick={() => setOpen(true)}>
          <NoteAddIcon />
        </IconButton>
      </Hint>
      <NewDraftDialog open={open} onCancel={() => setOpen(false)} onConfirm={confirm} />
    </>
  );
}
