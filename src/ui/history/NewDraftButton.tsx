import NoteAddIcon from '@mui/icons-material/NoteAddOutlined';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import { useState } from 'react';

import { createDraft } from '@/core/model/draft';
import { appActions } from '@/state/store';
import { TitledDialog } from '@/ui/common/TitledDialog';
import { Hint } from '@/ui/fields/Hint';

/** "New draft": asks first, then replaces the draft with the default one (undoable). */
export function NewDraftButton() {
  const [open, setOpen] = useState(false);
  const cancel = () => setOpen(false);
  const confirm = () => {
    setOpen(false);
    appActions().load(createDraft());
    appActions().showNotice({ severity: 'info', message: 'Started a new draft.', undoable: true });
  };
  return (
    <>
      <Hint title="New draft">
        <IconButton color="inherit" aria-label="New draft" onClick={() => setOpen(true)}>
          <NoteAddIcon />
        </IconButton>
      </Hint>
      <TitledDialog
        title="Start a new draft?"
        open={open}
        onClose={cancel}
        intro="The current draft is replaced by the default HostProcess example. You can bring it back with Undo."
        actions={
          <>
            <Button onClick={cancel} autoFocus>
              Cancel
            </Button>
            <Button variant="contained" onClick={confirm}>
              Start new draft
            </Button>
          </>
        }
      />
    </>
  );
}
