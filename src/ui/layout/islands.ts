import { tooltipCode } from '@/ui/fields/tooltipCode';
import { island } from '@/ui/layout/island';
import { LOWER_SECTIONS } from '@/ui/layout/lowerSections';
import { imageAutocompleteCode } from '@/ui/sections/containers/imageAutocompleteCode';

// The page's regions, each its own chunk (see `island`).
export const AppHeaderIsland = island('AppHeader', () =>
  import('@/ui/header/AppHeader').then((m) => m.AppHeader),
);
export const StartScreenIsland = island('PresetGallery', () =>
  import('@/ui/presets/PresetGallery').then((m) => m.PresetGallery),
);
export const FormSectionsIsland = island('FormSections', () =>
  import('@/ui/layout/FormSections').then((m) => m.FormSections),
);
export const OutputPaneIsland = island('OutputPane', () =>
  import('@/ui/layout/OutputPane').then((m) => m.OutputPane),
);
export const MobileLayoutIsland = island('MobileLayout', () =>
  import('@/ui/layout/MobileLayout').then((m) => m.MobileLayout),
);
export const YamlPanelIsland = island('YamlPanel', () =>
  import('@/ui/layout/YamlPanel').then((m) => m.YamlPanel),
);
export const FindingsPanelIsland = island('FindingsPanel', () =>
  import('@/ui/preview/FindingsPanel').then((m) => m.FindingsPanel),
);

/** Loads the code of everything the layout shows at start: regions, lower sections, tooltips, … */
export function preloadIslands(layout: 'desktop' | 'phone'): Promise<unknown> {
  const regions =
    layout === 'desktop'
      ? [AppHeaderIsland, StartScreenIsland, FormSectionsIsland, OutputPaneIsland]
      : [
          AppHeaderIsland,
          StartScreenIsland,
          MobileLayoutIsland,
          FormSectionsIsland,
          YamlPanelIsland,
          FindingsPanelIsland,
        ];
  const parts = [...regions, ...LOWER_SECTIONS, tooltipCode, imageAutocompleteCode];
  return Promise.all(parts.map((part) => part.preload()));
}
