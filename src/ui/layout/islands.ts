import { island } from '@/ui/layout/island';
import { nextTask } from '@/ui/nextTask';

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

/**
 * Loads the code of every region the layout shows at start. A phone hydrating the prerendered
 * first visit shows the form's stand-in under the preset gallery: the form's code loads once the
 * form nears the screen (see `MobileLayout`).
 */
export function preloadIslands(
  layout: 'desktop' | 'phone',
  { hydrating }: { hydrating: boolean },
): Promise<unknown> {
  const regions =
    layout === 'desktop'
      ? [AppHeaderIsland, StartScreenIsland, FormSectionsIsland, OutputPaneIsland]
      : hydrating
        ? [AppHeaderIsland, StartScreenIsland, MobileLayoutIsland]
        : [AppHeaderIsland, StartScreenIsland, MobileLayoutIsland, FormSectionsIsland];
  // The first screen's MUI components run first, in a task of their own (see firstScreenMui).
  return import('@/ui/layout/firstScreenMui')
    .then(nextTask)
    .then(() => Promise.all(regions.map((region) => region.preload())));
}
