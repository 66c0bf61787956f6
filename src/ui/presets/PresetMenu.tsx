import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import Button from '@mui/material/Button';

import { useCodeOnDemand } from '@/ui/hooks/useCodeOnDemand';
import { presetMenuListCode } from '@/ui/layout/afterStartParts';
import { openPresetMenu, usePresetMenuAnchor } from '@/ui/presets/presetMenuState';

/**
 * The Presets menu button; its list (`PresetMenuList`, MUI Menu) loads when a pointer or focus
 * comes to the button, and opens once it is in.
 */
export function PresetMenu() {
  const anchor = usePresetMenuAnchor();
  const list = useCodeOnDemand(presetMenuListCode);
  return (
    <>
      <Button
        color="inherit"
        id="presets-button"
        aria-haspopup="menu"
        aria-controls={anchor ? 'presets-menu' : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        endIcon={<ArrowDropDownIcon />}
        onClick={(event) => {
          openPresetMenu(event.currentTarget);
          void list.load();
        }}
        onPointerEnter={list.warm}
        onFocus={list.warm}
      >
        Presets
      </Button>
      {list.Component && <list.Component />}
    </>
  );
}
