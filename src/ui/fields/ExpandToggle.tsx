import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import IconButton from '@mui/material/IconButton';

import { useActions } from '@/state/store';

export interface ExpandToggleProps {
  /** The item key in the expansion state (`containers[2]`). */
  itemKey: string;
  expanded: boolean;
  /** What the item is, for the button's name: "container main". */
  who: string;
  /** The id of the element the button shows and hides. */
  controls: string;
}

/** Shows or hides one list item's editor; no animation, so long lists stay fast. */
export function ExpandToggle({ itemKey, expanded, who, controls }: ExpandToggleProps) {
  const { setExpanded } = useActions();
  return (
    <IconButton
      size="small"
      aria-label={`Details of ${who}`}
      aria-expanded={expanded}
      aria-controls={expanded ? controls : undefined}
      onClick={() => setExpanded(itemKey, !expanded)}
    >
      {expanded ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
    </IconButton>
  );
}
