import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightness';
import IconButton from '@mui/material/IconButton';

import { useAppStore } from '@/state/store';
import { Hint } from '@/ui/fields/Hint';

const NEXT = { system: 'light', light: 'dark', dark: 'system' } as const;
const LABEL = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' } as const;

/** Cycles the colour scheme: system → light → dark. */
export function ThemeToggle() {
  const current = useAppStore((state) => state.themeMode);
  const setMode = useAppStore((state) => state.actions.setThemeMode);
  const icon =
    current === 'dark' ? (
      <DarkModeIcon />
    ) : current === 'light' ? (
      <LightModeIcon />
    ) : (
      <SettingsBrightnessIcon />
    );
  return (
    <Hint title={`${LABEL[current]} (click to change)`}>
      <IconButton
        color="inherit"
        aria-label={LABEL[current]}
        onClick={() => setMode(NEXT[current])}
      >
        {icon}
      </IconButton>
    </Hint>
  );
}
