import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import Button from '@mui/material/Button';

import { lazy, Suspense, useState } from 'react';

const PresetMenuList = lazy(() =>
  import('@/ui/presets/PresetMenuList').then((m) => ({ default: m.PresetMenuList })),
);

/** The Presets menu button and its list (MUI Menu), loaded when first opened. */
export function PresetMenu() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [used, setUsed] = useState(false);
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
          setAnchor(event.currentTarget);
          setUsed(true);
        }}
      >
        Presets
      </Button>
      {used && (
        <Suspense fallback={null}>
          <PresetMenuList anchor={anchor} onClose={() => setAnchor(null)} />
        </Suspense>
      )}
    </>
  );
}
