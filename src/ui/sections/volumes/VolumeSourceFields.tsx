import Typography from '@mui/material/Typography';
import type { Volume } from 'kubernetes-types/core/v1';

import { presentVolumeSources } from '@/core/validation/support/volumeSources';
import { VOLUME_SOURCE_FIELDS, volumeKindOf } from '@/core/view/volumeKinds';
import { FormFields } from '@/ui/fields/FormFields';

export interface VolumeSourceFieldsProps {
  volume: Volume;
  /** FieldPath of the volume (`spec.volumes[0]`). */
  path: string;
  onChange: (volume: Volume) => void;
}

/** The fields of the volume's source (host path, ConfigMap name, claim, token audience, …). */
export function VolumeSourceFields({ volume, path, onChange }: VolumeSourceFieldsProps) {
  const kind = volumeKindOf(volume);
  if (kind) {
    return (
      <FormFields
        object={volume}
        fields={VOLUME_SOURCE_FIELDS[kind]}
        path={path}
        onChange={onChange}
      />
    );
  }
  const sources = presentVolumeSources(volume as unknown as Record<string, unknown>);
  return (
    <Typography variant="body2" color="text.secondary">
      Source {sources.join(', ') || '(none)'} is kept as imported.
    </Typography>
  );
}
