import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { EnvVar } from 'kubernetes-types/core/v1';

import { ENV_SOURCES, envSourceOf, withEnvSource, type EnvSource } from '@/core/view/envSources';
import { removeAt, replaceAt } from '@/core/view/listOps';
import { listPagesIn, pageOf } from '@/core/view/listPages';
import { useActions } from '@/state/store';
import { FieldSelect } from '@/ui/fields/FieldSelect';
import { FieldText } from '@/ui/fields/FieldText';
import { AddButton, EditorRow, ListFieldset } from '@/ui/fields/ListEditor';
import { PagedList } from '@/ui/fields/PagedList';

export interface EnvEditorProps {
  /** "container main": names the inputs. */
  who: string;
  /** FieldPath of the env list (`spec.containers[0].env`). */
  basePath: string;
  env: readonly EnvVar[];
  onChange: (env: EnvVar[]) => void;
}

const SOURCE_OPTIONS: ReadonlyArray<{ value: EnvSource; label: string }> = [
  ...ENV_SOURCES.map((s) => ({ value: s.id, label: s.title })),
  { value: 'other', label: 'Other (kept as imported)' },
];

function SourceFields({
  env,
  path,
  onChange,
}: {
  env: EnvVar;
  path: string;
  onChange: (env: EnvVar) => void;
}) {
  const from = env.valueFrom;
  switch (envSourceOf(env)) {
    case 'value':
      return (
        <FieldText
          label="Variable value"
          path={`${path}.value`}
          value={env.value ?? ''}
          onValueChange={(value) => onChange({ name: env.name, value })}
        />
      );
    case 'fieldRef':
      return (
        <FieldText
          label="Pod field"
          path={`${path}.valueFrom.fieldRef.fieldPath`}
          value={from?.fieldRef?.fieldPath ?? ''}
          onValueChange={(fieldPath) =>
            onChange({ name: env.name, valueFrom: { fieldRef: { fieldPath } } })
          }
          helperText="e.g. spec.nodeName, metadata.namespace, status.hostIP"
        />
      );
    case 'secretKeyRef':
    case 'configMapKeyRef': {
      const kind = envSourceOf(env) as 'secretKeyRef' | 'configMapKeyRef';
      const ref = from?.[kind] ?? { name: '', key: '' };
      const set = (patch: Partial<typeof ref>) =>
        onChange({ name: env.name, valueFrom: { [kind]: { ...ref, ...patch } } });
      return (
        <Stack direction="row" spacing={1} sx={{ flex: 1 }}>
          <FieldText
            label={kind === 'secretKeyRef' ? 'Secret' : 'ConfigMap'}
            path={`${path}.valueFrom.${kind}.name`}
            value={ref.name ?? ''}
            onValueChange={(name) => set({ name })}
          />
          <FieldText
            label="Key"
            path={`${path}.valueFrom.${kind}.key`}
            value={ref.key}
            onValueChange={(key) => set({ key })}
          />
        </Stack>
      );
    }
    case 'other':
      return (
        <Typography variant="body2" color="text.secondary">
          Kept as imported.
        </Typography>
      );
  }
}

/** Environment variables: a literal value, a pod field, or a key of a Secret or ConfigMap. */
export function EnvEditor({ who, basePath, env, onChange }: EnvEditorProps) {
  const { setPage } = useActions();
  // The list's key names its container, so each container keeps its own page.
  const listKey = listPagesIn(`${basePath}[0]`).at(-1)?.[0] ?? basePath;
  return (
    <ListFieldset legend="Environment variables">
      <PagedList
        listKey={listKey}
        count={env.length}
        noun="variables"
        renderItem={(j) => {
          const row = env[j]!;
          const path = `${basePath}[${j}]`;
          const set = (next: EnvVar) => onChange(replaceAt(env, j, next));
          return (
            <EditorRow
              key={j}
              wideFrom="md"
              removeLabel={`Remove variable ${row.name || j + 1} of ${who}`}
              onRemove={() => onChange(removeAt(env, j))}
            >
              <FieldText
                label="Variable name"
                path={`${path}.name`}
                value={row.name}
                onValueChange={(name) => set({ ...row, name })}
                sx={{ flex: { md: '1 1 0' } }}
              />
              <FieldSelect
                label="Source"
                path={`${path}#source`}
                value={envSourceOf(row)}
                options={SOURCE_OPTIONS}
                onChange={(source) => {
                  if (source !== 'other') set(withEnvSource(row, source));
                }}
                sx={{ flex: { md: '0 0 150px' } }}
              />
              <Box sx={{ flex: { md: '2 1 0' }, display: 'flex', minWidth: 0 }}>
                <SourceFields env={row} path={path} onChange={set} />
              </Box>
            </EditorRow>
          );
        }}
      />
      <AddButton
        label={`Add variable to ${who}`}
        onClick={() => {
          setPage(listKey, pageOf(env.length));
          onChange([...env, { name: '', value: '' }]);
        }}
      >
        Add variable
      </AddButton>
    </ListFieldset>
  );
}
