import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightness';
import IconButton from '@mui/material/IconButton';

import { useAppStore } from '@/state/store';
import { Hint } from '@/ui/fields/Hint';

const NEXT = { system: 'light', light: 'dark', dark: 'system' } as const;
const ICON = { system: SettingsBrightnessIcon, light: LightModeIcon, dark: DarkModeIcon };

/** Cycles the colour scheme: system → light → dark. */
export function ThemeToggle() {
  const current = useAppStore((state) => state.themeMode);
  const setMode = useAppStore((state) => state.actions.setThemeMode);
  const Icon = ICON[current];
  return (
    <Hint title={`Theme: ${current} (click to change)`}>
      <IconButton
        color="inherit"
        aria-label={`Theme: ${current}`}
        onClick={() => setMode(NEXT[current])}
      >
        <Icon />
      </IconButton>
    </Hint>
  );
}
