import RedoIcon from '@mui/icons-material/Redo';
import UndoIcon from '@mui/icons-material/Undo';
import IconButton from '@mui/material/IconButton';

import { useActions, useCanUndoRedo } from '@/state/store';
import { useUndoShortcuts } from '@/ui/history/useUndoShortcuts';
import { Hint } from '@/ui/fields/Hint';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
const MOD = IS_MAC ? '⌘' : 'Ctrl+';

/** Undo and Redo buttons, and their keyboard shortcuts. */
export function UndoRedoButtons() {
  useUndoShortcuts();
  const { canUndo, canRedo } = useCanUndoRedo();
  const { undo, redo } = useActions();
  return (
    <>
      <Hint title={`Undo (${MOD}Z)`}>
        <span>
          <IconButton color="inherit" aria-label="Undo" disabled={!canUndo} onClick={undo}>
            <UndoIcon />
          </IconButton>
        </span>
      </Hint>
      <Hint title={`Redo (${MOD}Shift+Z)`}>
        <span>
          <IconButton color="inherit" aria-label="Redo" disabled={!canRedo} onClick={redo}>
            <RedoIcon />
          </IconButton>
        </span>
      </Hint>
    </>
  );
}
