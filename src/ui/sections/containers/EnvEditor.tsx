import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { EnvVar } from 'kubernetes-types/core/v1';

import {
  ENV_SOURCE_FIELDS,
  ENV_SOURCE_OPTIONS,
  envSourceOf,
  withEnvSource,
} from '@/core/view/envSources';
import { listPagesIn } from '@/core/view/listPages';
import { FieldSelect } from '@/ui/fields/FieldSelect';
import { FieldText } from '@/ui/fields/FieldText';
import { FormFields } from '@/ui/fields/FormFields';
import { ListEditor } from '@/ui/fields/ListEditor';

export interface EnvEditorProps {
  /** "container main": names the inputs. */
  who: string;
  /** FieldPath of the env list (`spec.containers[0].env`). */
  path: string;
  value: readonly EnvVar[];
  onChange: (env: EnvVar[]) => void;
}

/** Environment variables: a literal value, a pod field, or a key of a Secret or ConfigMap. */
export function EnvEditor({ who, path: basePath, value: env, onChange }: EnvEditorProps) {
  return (
    <ListEditor
      legend="Environment variables"
      items={env}
      onChange={onChange}
      wideFrom="md"
      // The list's key names its container, so each container keeps its own page.
      paged={{ listKey: listPagesIn(`${basePath}[0]`).at(-1)?.[0] ?? basePath, noun: 'variables' }}
      removeLabel={(row, j) => `Remove variable ${row.name || j + 1} of ${who}`}
      adds={[
        { text: 'Add variable', label: `Add variable to ${who}`, item: { name: '', value: '' } },
      ]}
      fields={(row, set, j) => {
        const source = envSourceOf(row);
        return (
          <>
            <FieldText
              label="Variable name"
              path={`${basePath}[${j}].name`}
              value={row.name}
              onChange={(name) => set({ ...row, name })}
              sx={{ flex: { md: '1 1 0' } }}
            />
            <FieldSelect
              label="Source"
              path={`${basePath}[${j}]#source`}
              value={source}
              options={ENV_SOURCE_OPTIONS}
              onChange={(next) => {
                if (next !== 'other') set(withEnvSource(row, next));
              }}
              sx={{ flex: { md: '0 0 150px' } }}
            />
            <Box sx={{ flex: { md: '2 1 0' }, display: 'flex', minWidth: 0 }}>
              {source === 'other' ? (
                // A source the form does not edit is kept as it is.
                <Typography variant="body2" color="text.secondary">
                  Kept as imported.
                </Typography>
              ) : (
                <FormFields
                  object={row}
                  fields={ENV_SOURCE_FIELDS[source]}
                  path={`${basePath}[${j}]`}
                  onChange={set}
                />
              )}
            </Box>
          </>
        );
      }}
    />
  );
}
