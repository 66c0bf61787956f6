import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';

import { PRESETS } from '@/core/presets';
import { presetFragment } from '@/core/share/shareRoute';
import { presetFacts } from '@/ui/presets/presetFacts';

/** The Presets menu: each item is a `#/preset/<id>` link, loaded by URL sync as one undo step. */
export function PresetMenu() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        color="inherit"
        id="presets-button"
        aria-haspopup="menu"
        aria-controls={anchor ? 'presets-menu' : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        endIcon={<ArrowDropDownIcon />}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        Presets
      </Button>
      <Menu
        id="presets-menu"
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { 'aria-labelledby': 'presets-button' } }}
      >
        {PRESETS.map((preset) => (
          <MenuItem
            key={preset.id}
            component="a"
            href={presetFragment(preset.id)}
            onClick={() => setAnchor(null)}
            title={preset.summary}
          >
            <ListItemText primary={preset.title} secondary={presetFacts(preset.draft)} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
