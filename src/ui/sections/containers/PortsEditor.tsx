import Typography from '@mui/material/Typography';
import type { ContainerPort } from 'kubernetes-types/core/v1';

import { PORT_PROTOCOLS } from '@/core/view/formOptions';
import { FieldNumber } from '@/ui/fields/FieldNumber';
import { FieldSelect } from '@/ui/fields/FieldSelect';
import { FieldText } from '@/ui/fields/FieldText';
import { ListEditor } from '@/ui/fields/ListEditor';

export interface PortsEditorProps {
  who: string;
  /** FieldPath of the port list (`spec.containers[0].ports`). */
  path: string;
  value: readonly ContainerPort[];
  onChange: (ports: ContainerPort[]) => void;
}

/**
 * Ports the process listens on, on the node's own address. Under hostNetwork the API server wants
 * hostPort equal to containerPort, so the two are kept equal.
 */
export function PortsEditor({ who, path: basePath, value: ports, onChange }: PortsEditorProps) {
  return (
    <ListEditor
      legend="Ports"
      items={ports}
      onChange={onChange}
      removeLabel={(port, j) => `Remove port ${port.containerPort || j + 1} of ${who}`}
      adds={[
        {
          text: 'Add port',
          label: `Add port to ${who}`,
          item: { containerPort: 8080, hostPort: 8080, protocol: 'TCP' },
        },
      ]}
      fields={(port, set, j) => (
        <>
          <FieldNumber
            label="Port"
            path={`${basePath}[${j}].containerPort`}
            value={port.containerPort}
            onChange={(n) => set({ ...port, containerPort: n ?? 0, hostPort: n ?? undefined })}
          />
          <FieldText
            label="Port name"
            path={`${basePath}[${j}].name`}
            value={port.name ?? ''}
            onChange={(name) => set({ ...port, name: name || undefined })}
            helperText="Optional, e.g. metrics"
          />
          <FieldSelect
            label="Protocol"
            path={`${basePath}[${j}].protocol`}
            value={port.protocol ?? 'TCP'}
            options={PORT_PROTOCOLS}
            onChange={(protocol) => set({ ...port, protocol })}
            sx={{ minWidth: 110 }}
          />
        </>
      )}
    >
      {ports.length > 0 && (
        <Typography variant="body2" color="text.secondary">
          The pod uses the node&apos;s network: the port opens on the node itself (hostPort = port).
        </Typography>
      )}
    </ListEditor>
  );
}
