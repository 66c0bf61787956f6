import Typography from '@mui/material/Typography';
import type { ContainerPort } from 'kubernetes-types/core/v1';

import { removeAt, replaceAt } from '@/core/view/listOps';
import { FieldNumber } from '@/ui/fields/FieldNumber';
import { FieldSelect } from '@/ui/fields/FieldSelect';
import { FieldText } from '@/ui/fields/FieldText';
import { AddButton, EditorRow, ListFieldset } from '@/ui/fields/ListEditor';

export interface PortsEditorProps {
  who: string;
  /** FieldPath of the port list (`spec.containers[0].ports`). */
  basePath: string;
  ports: readonly ContainerPort[];
  onChange: (ports: ContainerPort[]) => void;
}

const PROTOCOLS = [
  { value: 'TCP', label: 'TCP' },
  { value: 'UDP', label: 'UDP' },
  { value: 'SCTP', label: 'SCTP' },
] as const;

/**
 * Ports the process listens on, on the node's own address. Under hostNetwork the API server wants
 * hostPort equal to containerPort, so the two are kept equal.
 */
export function PortsEditor({ who, basePath, ports, onChange }: PortsEditorProps) {
  return (
    <ListFieldset legend="Ports">
      {ports.map((port, j) => {
        const path = `${basePath}[${j}]`;
        const set = (next: ContainerPort) => onChange(replaceAt(ports, j, next));
        return (
          <EditorRow
            key={j}
            removeLabel={`Remove port ${port.containerPort || j + 1} of ${who}`}
            onRemove={() => onChange(removeAt(ports, j))}
          >
            <FieldNumber
              label="Port"
              path={`${path}.containerPort`}
              value={port.containerPort}
              onNumberChange={(n) =>
                set({ ...port, containerPort: n ?? 0, hostPort: n ?? undefined })
              }
            />
            <FieldText
              label="Port name"
              path={`${path}.name`}
              value={port.name ?? ''}
              onValueChange={(name) => set({ ...port, name: name || undefined })}
              helperText="Optional, e.g. metrics"
            />
            <FieldSelect
              label="Protocol"
              path={`${path}.protocol`}
              value={(port.protocol ?? 'TCP') as 'TCP' | 'UDP' | 'SCTP'}
              options={PROTOCOLS}
              onChange={(protocol) => set({ ...port, protocol })}
              sx={{ minWidth: 110 }}
            />
          </EditorRow>
        );
      })}
      {ports.length > 0 && (
        <Typography variant="body2" color="text.secondary">
          The pod uses the node&apos;s network: the port opens on the node itself (hostPort = port).
        </Typography>
      )}
      <AddButton
        label={`Add port to ${who}`}
        onClick={() =>
          onChange([...ports, { containerPort: 8080, hostPort: 8080, protocol: 'TCP' }])
        }
      >
        Add port
      </AddButton>
    </ListFieldset>
  );
}
