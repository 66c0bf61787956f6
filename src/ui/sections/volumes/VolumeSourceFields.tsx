import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Volume } from 'kubernetes-types/core/v1';

import { presentVolumeSources } from '@/core/validation/support/volumeSources';
import { unmountableHostPath, volumeKindOf } from '@/core/view/volumeKinds';
import { FieldNumber } from '@/ui/fields/FieldNumber';
import { FieldSelect } from '@/ui/fields/FieldSelect';
import { FieldSwitch } from '@/ui/fields/FieldSwitch';
import { FieldRow } from '@/ui/fields/FieldRow';
import { FieldText } from '@/ui/fields/FieldText';

export interface VolumeSourceFieldsProps {
  volume: Volume;
  /** FieldPath of the volume (`spec.volumes[0]`). */
  path: string;
  onChange: (volume: Volume) => void;
}

const HOST_PATH_TYPES = [
  { value: '', label: 'Any (no check)' },
  { value: 'DirectoryOrCreate', label: 'DirectoryOrCreate' },
  { value: 'Directory', label: 'Directory' },
  { value: 'FileOrCreate', label: 'FileOrCreate' },
  { value: 'File', label: 'File' },
  { value: 'Socket', label: 'Socket' },
] as const;

/** The fields of the volume's source (host path, ConfigMap name, claim, token audience, …). */
export function VolumeSourceFields({ volume, path, onChange }: VolumeSourceFieldsProps) {
  switch (volumeKindOf(volume)) {
    case 'hostPath': {
      const hostPath = volume.hostPath ?? { path: '' };
      return (
        <FieldRow>
          <FieldText
            label="Host path"
            path={`${path}.hostPath.path`}
            value={hostPath.path}
            onValueChange={(p) => onChange({ ...volume, hostPath: { ...hostPath, path: p } })}
            localWarning={unmountableHostPath(hostPath.path, hostPath.type)}
            helperText="A folder or file on the node, e.g. C:\ProgramData\agent"
          />
          <FieldSelect
            label="Host path type"
            path={`${path}.hostPath.type`}
            value={(hostPath.type ?? '') as (typeof HOST_PATH_TYPES)[number]['value']}
            options={HOST_PATH_TYPES}
            onChange={(type) =>
              onChange({ ...volume, hostPath: { ...hostPath, type: type || undefined } })
            }
          />
        </FieldRow>
      );
    }
    case 'emptyDir':
      return (
        <FieldText
          label="Size limit"
          path={`${path}.emptyDir.sizeLimit`}
          value={volume.emptyDir?.sizeLimit ?? ''}
          onValueChange={(sizeLimit) =>
            onChange({ ...volume, emptyDir: sizeLimit ? { sizeLimit } : {} })
          }
          helperText="Optional quantity, e.g. 1Gi."
        />
      );
    case 'configMap':
      return (
        <FieldText
          label="ConfigMap name"
          path={`${path}.configMap.name`}
          value={volume.configMap?.name ?? ''}
          onValueChange={(name) =>
            onChange({ ...volume, configMap: { ...volume.configMap, name } })
          }
        />
      );
    case 'secret':
      return (
        <FieldText
          label="Secret name"
          path={`${path}.secret.secretName`}
          value={volume.secret?.secretName ?? ''}
          onValueChange={(secretName) =>
            onChange({ ...volume, secret: { ...volume.secret, secretName } })
          }
        />
      );
    case 'persistentVolumeClaim': {
      const claim = volume.persistentVolumeClaim ?? { claimName: '' };
      return (
        <Stack spacing={1}>
          <FieldText
            label="Claim name"
            path={`${path}.persistentVolumeClaim.claimName`}
            value={claim.claimName}
            onValueChange={(claimName) =>
              onChange({ ...volume, persistentVolumeClaim: { ...claim, claimName } })
            }
          />
          <FieldSwitch
            label="Read-only claim"
            checked={claim.readOnly === true}
            onChange={(readOnly) =>
              onChange({
                ...volume,
                persistentVolumeClaim: { ...claim, readOnly: readOnly || undefined },
              })
            }
          />
        </Stack>
      );
    }
    case 'serviceAccountToken': {
      const token = volume.projected?.sources?.[0]?.serviceAccountToken ?? { path: 'token' };
      const setToken = (next: typeof token) =>
        onChange({
          ...volume,
          projected: { ...volume.projected, sources: [{ serviceAccountToken: next }] },
        });
      const tokenPath = `${path}.projected.sources[0].serviceAccountToken`;
      return (
        <FieldRow>
          <FieldText
            label="Audience"
            path={`${tokenPath}.audience`}
            value={token.audience ?? ''}
            onValueChange={(audience) => setToken({ ...token, audience: audience || undefined })}
            helperText="Empty: the API server."
          />
          <FieldNumber
            label="Expires after (seconds)"
            path={`${tokenPath}.expirationSeconds`}
            value={token.expirationSeconds ?? null}
            onNumberChange={(s) => setToken({ ...token, expirationSeconds: s ?? undefined })}
            helperText="At least 600."
          />
          <FieldText
            label="File name"
            path={`${tokenPath}.path`}
            value={token.path}
            onValueChange={(p) => setToken({ ...token, path: p })}
          />
        </FieldRow>
      );
    }
    case undefined:
      return (
        <Typography variant="body2" color="text.secondary">
          Source{' '}
          {presentVolumeSources(volume as unknown as Record<string, unknown>).join(', ') ||
            '(none)'}{' '}
          is kept as imported.
        </Typography>
      );
  }
}
