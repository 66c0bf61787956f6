import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

import { nextTabIndex } from '@/ui/layout/tabKeys';

export interface ViewTab<T extends string> {
  value: T;
  label: ReactNode;
}

interface ViewTabsProps<T extends string> {
  tabs: ReadonlyArray<ViewTab<T>>;
  value: T;
  onChange: (value: T) => void;
  /** The tab list's accessible name. */
  label: string;
}

/**
 * Equal-width tabs (the WAI-ARIA tabs pattern, selection follows focus). Each tab `tab-<value>`
 * controls the panel `panel-<value>`. The indicator is each tab's own border: MUI's Tabs measure
 * the page to place theirs, a forced layout and a second render while the page starts.
 */
export function ViewTabs<T extends string>({ tabs, value, onChange, label }: ViewTabsProps<T>) {
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const next = nextTabIndex(event.key, index, tabs.length);
    const target = next === null ? undefined : tabs[next];
    if (next === null || !target) return;
    event.preventDefault();
    refs.current[next]?.focus();
    onChange(target.value);
  };
  return (
    <Box role="tablist" aria-label={label} sx={{ display: 'flex' }}>
      {tabs.map((tab, index) => {
        const selected = tab.value === value;
        return (
          <ButtonBase
            key={tab.value}
            ref={(element) => {
              refs.current[index] = element;
            }}
            role="tab"
            id={`tab-${tab.value}`}
            aria-controls={`panel-${tab.value}`}
            aria-selected={selected}
            tabIndex={selected ? 0 : -1}
            onClick={() => onChange(tab.value)}
            onKeyDown={(event) => onKeyDown(event, index)}
            sx={{
              flex: 1,
              minHeight: 48,
              px: 2,
              fontSize: 15,
              fontWeight: 500,
              lineHeight: 1.25,
              color: selected ? 'primary.main' : 'text.secondary',
              borderBottom: 2,
              borderColor: selected ? 'primary.main' : 'transparent',
              '&.Mui-focusVisible': { bgcolor: 'action.focus' },
            }}
          >
            {tab.label}
          </ButtonBase>
        );
      })}
    </Box>
  );
}
