import { IMAGE_FACTS } from '@/core/model/windowsImages';

/** The Image field's helper text when it has no finding to show. */
export const IMAGE_HELP = IMAGE_FACTS.baseImageAnyVersion.claim;
