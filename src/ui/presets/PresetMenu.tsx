import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import Button from '@mui/material/Button';

import { presetMenuListCode } from '@/ui/layout/afterStartParts';
import { LoadedAfterStart } from '@/ui/layout/LoadedAfterStart';
import { openPresetMenu, usePresetMenuAnchor } from '@/ui/presets/presetMenuState';

/** The Presets menu button; its list (`PresetMenuList`) loads after start. */
export function PresetMenu() {
  const anchor = usePresetMenuAnchor();
  return (
    <>
      <Button
        color="inherit"
        id="presets-button"
        aria-haspopup="menu"
        aria-controls={anchor ? 'presets-menu' : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        endIcon={<ArrowDropDownIcon />}
        onClick={(event) => openPresetMenu(event.currentTarget)}
      >
        Presets
      </Button>
      <LoadedAfterStart code={presetMenuListCode} />
    </>
  );
}
