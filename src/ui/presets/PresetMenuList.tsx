import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';

import { PRESETS } from '@/core/presets';
import { presetFragment } from '@/core/share/shareRoute';
import { presetFacts } from '@/core/view/presetFacts';

/** The Presets menu's items: each a `#/preset/<id>` link, loaded by URL sync as one undo step. */
export function PresetMenuList({
  anchor,
  onClose,
}: {
  anchor: HTMLElement | null;
  onClose: () => void;
}) {
  return (
    <Menu
      id="presets-menu"
      anchorEl={anchor}
      open={anchor !== null}
      onClose={onClose}
      slotProps={{ list: { 'aria-labelledby': 'presets-button' } }}
    >
      {PRESETS.map((preset) => (
        <MenuItem
          key={preset.id}
          component="a"
          href={presetFragment(preset.id)}
          onClick={onClose}
          title={preset.summary}
        >
          <ListItemText primary={preset.title} secondary={presetFacts(preset.draft)} />
        </MenuItem>
      ))}
    </Menu>
  );
}
