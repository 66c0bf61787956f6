import { useMemo } from 'react';

import { imageSuggestions } from '@/core/view/imageSuggestions';
import { useDraft } from '@/state/store';
import { SuggestField } from '@/ui/fields/SuggestField';

import { IMAGE_HELP } from './imageHelp';

export interface ImageFieldProps {
  path: string;
  value: string;
  onChange: (image: string) => void;
}

/** The image, free text with suggestions (the HostProcess base image and common agents). */
export function ImageField(props: ImageFieldProps) {
  const containers = useDraft((d) => d.containers);
  const options = useMemo(() => imageSuggestions(containers.map((c) => c.image)), [containers]);
  return <SuggestField {...props} label="Image" options={options} help={IMAGE_HELP} />;
}
