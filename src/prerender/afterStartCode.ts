import { loadSchemaChecker } from '@/state/schemaStore';
import { loadValidator } from '@/state/validatorStore';
import { loadYamlWriter } from '@/state/yamlWriterStore';
import {
  appNoticesCode,
  findingsPanelCode,
  presetMenuListCode,
  yamlPanelCode,
} from '@/ui/layout/afterStartParts';
import {
  ResourcesSection,
  ReviewSection,
  SchedulingSection,
  VolumesSection,
} from '@/ui/layout/lowerSections';
import { imageAutocompleteCode } from '@/ui/sections/containers/imageAutocompleteCode';

/**
 * Loads every part a first visit gets right after start without any interaction: the sections
 * below the fold, image suggestions, messages, the phone's tabs, the YAML writer and
 * the checkers. Rendered with them, the page shows what the started app shows.
 */
export function loadAfterStartCode(): Promise<unknown> {
  return Promise.all([
    VolumesSection.preload(),
    ResourcesSection.preload(),
    SchedulingSection.preload(),
    ReviewSection.preload(),
    appNoticesCode.preload(),
    presetMenuListCode.preload(),
    yamlPanelCode.preload(),
    findingsPanelCode.preload(),
    imageAutocompleteCode.preload(),
    loadYamlWriter(),
    loadValidator(),
    loadSchemaChecker(),
  ]);
}
