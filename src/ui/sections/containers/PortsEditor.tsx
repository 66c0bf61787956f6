import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ContainerPort } from 'kubernetes-types/core/v1';

import { removeAt, replaceAt } from '@/core/view/listOps';
import { FieldNumber } from '@/ui/fields/FieldNumber';
import { FieldSelect } from '@/ui/fields/FieldSelect';
import { FieldText } from '@/ui/fields/FieldText';

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
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
        Ports
      </Typography>
      <Stack spacing={1.5}>
        {ports.map((port, j) => {
          const path = `${basePath}[${j}]`;
          const set = (next: ContainerPort) => onChange(replaceAt(ports, j, next));
          return (
            <Stack
              key={j}
              direction={{ xs: 'column', sm: 'row' }}
              spacing={1}
              sx={{ alignItems: { sm: 'flex-start' } }}
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
              <Box sx={{ minWidth: 110 }}>
                <FieldSelect
                  label="Protocol"
                  path={`${path}.protocol`}
                  value={(port.protocol ?? 'TCP') as 'TCP' | 'UDP' | 'SCTP'}
                  options={PROTOCOLS}
                  onChange={(protocol) => set({ ...port, protocol })}
                />
              </Box>
              <IconButton
                aria-label={`Remove port ${port.containerPort || j + 1} of ${who}`}
                onClick={() => onChange(removeAt(ports, j))}
                sx={{ alignSelf: { xs: 'flex-end', sm: 'flex-start' } }}
              >
                <DeleteOutlineIcon />
              </IconButton>
            </Stack>
          );
        })}
        {ports.length > 0 && (
          <Typography variant="body2" color="text.secondary">
            The pod uses the node&apos;s network: the port opens on the node itself (hostPort =
            port).
          </Typography>
        )}
        <Box>
          <Button
            startIcon={<AddIcon />}
            aria-label={`Add port to ${who}`}
            onClick={() =>
              onChange([...ports, { containerPort: 8080, hostPort: 8080, protocol: 'TCP' }])
            }
          >
            Add port
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
