import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';

import type { KeyValue } from '@/core/model/draft';
import { keyValueProblems, type KeyValueSyntax } from '@/core/view/keyValueProblems';
import { FieldFindings } from '@/ui/fields/FieldFindings';
import { EditorRow, ListEditor } from '@/ui/fields/ListEditor';

export interface KeyValueEditorProps {
  /** The map's name, e.g. "Labels": it names every row's inputs ("Labels 1 key"). */
  label: string;
  /** The FieldPath of the whole map; the API server reports its problems there. */
  path: string;
  value: readonly KeyValue[];
  onChange: (rows: KeyValue[]) => void;
  syntax: KeyValueSyntax;
  /** Rows the app always writes, shown read-only above the editable ones. */
  lockedRows?: readonly KeyValue[];
  /** Text of the add button, e.g. "Add label". */
  addLabel: string;
  /** One line under the editor. */
  help?: string;
}

const lock = (
  <InputAdornment position="start">
    <LockOutlinedIcon fontSize="small" titleAccess="Always written" />
  </InputAdornment>
);

/** Ordered key/value rows with inline syntax errors for each key and value. */
export function KeyValueEditor(props: KeyValueEditorProps) {
  const { label, path, value: rows, onChange, syntax, lockedRows = [], addLabel, help } = props;
  const problems = useMemo(() => keyValueProblems(rows, syntax), [rows, syntax]);
  const hasLocal = problems.some((p) => p.key !== undefined || p.value !== undefined);
  const locked = lockedRows.map((row) => (
    <EditorRow key={row.key}>
      <TextField
        label="Key"
        value={row.key}
        disabled
        slotProps={{
          input: { startAdornment: lock },
          htmlInput: { 'aria-label': `${label} ${row.key} key (always written)` },
        }}
      />
      <TextField
        label="Value"
        value={row.value}
        disabled
        slotProps={{ htmlInput: { 'aria-label': `${label} ${row.key} value (always written)` } }}
      />
    </EditorRow>
  ));
  return (
    <ListEditor
      legend={label}
      items={rows}
      onChange={onChange}
      leading={locked}
      removeLabel={(_, index) => `Remove ${label.toLowerCase()} ${index + 1}`}
      adds={[{ text: addLabel, item: { key: '', value: '' } }]}
      fields={(row, set, index) =>
        (['key', 'value'] as const).map((part) => (
          <TextField
            key={part}
            label={part === 'key' ? 'Key' : 'Value'}
            value={row[part]}
            error={problems[index]?.[part] !== undefined}
            helperText={problems[index]?.[part]}
            onChange={(e) => set({ ...row, [part]: e.target.value })}
            slotProps={{
              htmlInput: {
                'aria-label': `${label} ${index + 1} ${part}`,
                'data-path': part === 'key' ? `${path}[${row.key}]` : undefined,
                spellCheck: false,
              },
            }}
          />
        ))
      }
    >
      {!hasLocal && <FieldFindings path={path} />}
      {help && (
        <Typography variant="body2" color="text.secondary">
          {help}
        </Typography>
      )}
    </ListEditor>
  );
}
