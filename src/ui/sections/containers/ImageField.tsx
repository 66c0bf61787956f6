import { useMemo } from 'react';

import { IMAGE_FACTS } from '@/core/model/windowsImages';
import { imageSuggestions } from '@/core/view/imageSuggestions';
import { useDraft } from '@/state/store';
import { SuggestField } from '@/ui/fields/SuggestField';

export interface ImageFieldProps {
  path: string;
  value: string;
  onChange: (image: string) => void;
}

/** The image, free text with suggestions (the HostProcess base image and common agents). */
export function ImageField(props: ImageFieldProps) {
  const containers = useDraft((d) => d.containers);
  const options = useMemo(() => imageSuggestions(containers.map((c) => c.image)), [containers]);
  return (
    <SuggestField
      {...props}
      label="Image"
      options={options}
      help={IMAGE_FACTS.baseImageAnyVersion.claim}
    />
  );
}
