import RedoIcon from '@mui/icons-material/Redo';
import UndoIcon from '@mui/icons-material/Undo';
import IconButton from '@mui/material/IconButton';

import { useActions, useCanUndoRedo } from '@/state/store';
import { MOD_KEY, useUndoShortcuts } from '@/ui/history/useUndoShortcuts';
import { Hint } from '@/ui/fields/Hint';

/** Undo and Redo buttons, and their keyboard shortcuts. */
export function UndoRedoButtons() {
  useUndoShortcuts();
  const { canUndo, canRedo } = useCanUndoRedo();
  const { undo, redo } = useActions();
  return (
    <>
      <Hint title={`Undo (${MOD_KEY}Z)`}>
        <span>
          <IconButton color="inherit" aria-label="Undo" disabled={!canUndo} onClick={undo}>
            <UndoIcon />
          </IconButton>
        </span>
      </Hint>
      <Hint title={`Redo (${MOD_KEY}Shift+Z)`}>
        <span>
          <IconButton color="inherit" aria-label="Redo" disabled={!canRedo} onClick={redo}>
            <RedoIcon />
          </IconButton>
        </span>
      </Hint>
    </>
  );
}
