import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';

import type { KeyValue } from '@/core/model/draft';
import { keyValueProblems, type KeyValueSyntax } from '@/core/view/keyValueProblems';
import { replaceAt, removeAt } from '@/core/view/listOps';
import { FieldFindings } from '@/ui/fields/FieldFindings';
import { AddButton, EditorRow, ListFieldset } from '@/ui/fields/ListEditor';

export interface KeyValueEditorProps {
  /** The map's name, e.g. "Labels": it names every row's inputs ("Labels 1 key"). */
  label: string;
  /** The FieldPath of the whole map; the API server reports its problems there. */
  path: string;
  rows: readonly KeyValue[];
  onChange: (rows: KeyValue[]) => void;
  syntax: KeyValueSyntax;
  /** Rows the app always writes, shown read-only above the editable ones. */
  lockedRows?: readonly KeyValue[];
  /** Text of the add button, e.g. "Add label". */
  addLabel: string;
  /** One line under the editor. */
  help?: string;
}

/** Ordered key/value rows with inline syntax errors for each key and value. */
export function KeyValueEditor({
  label,
  path,
  rows,
  onChange,
  syntax,
  lockedRows = [],
  addLabel,
  help,
}: KeyValueEditorProps) {
  const problems = useMemo(() => keyValueProblems(rows, syntax), [rows, syntax]);
  const hasLocal = problems.some((p) => p.key !== undefined || p.value !== undefined);
  return (
    <ListFieldset legend={label}>
      {lockedRows.map((row) => (
        <EditorRow key={row.key}>
          <TextField
            label="Key"
            value={row.key}
            disabled
            slotProps={{
              input: {
                startAdornment: (
                  <InputAdornment position="start">
                    <LockOutlinedIcon fontSize="small" titleAccess="Always written" />
                  </InputAdornment>
                ),
              },
              htmlInput: { 'aria-label': `${label} ${row.key} key (always written)` },
            }}
          />
          <TextField
            label="Value"
            value={row.value}
            disabled
            slotProps={{
              htmlInput: { 'aria-label': `${label} ${row.key} value (always written)` },
            }}
          />
        </EditorRow>
      ))}
      {rows.map((row, index) => {
        const problem = problems[index] ?? {};
        const n = index + 1;
        return (
          <EditorRow
            key={index}
            removeLabel={`Remove ${label.toLowerCase()} ${n}`}
            onRemove={() => onChange(removeAt(rows, index))}
          >
            <TextField
              label="Key"
              value={row.key}
              error={problem.key !== undefined}
              helperText={problem.key}
              onChange={(e) => onChange(replaceAt(rows, index, { ...row, key: e.target.value }))}
              slotProps={{
                htmlInput: {
                  'aria-label': `${label} ${n} key`,
                  'data-path': `${path}[${row.key}]`,
                  spellCheck: false,
                },
              }}
            />
            <TextField
              label="Value"
              value={row.value}
              error={problem.value !== undefined}
              helperText={problem.value}
              onChange={(e) => onChange(replaceAt(rows, index, { ...row, value: e.target.value }))}
              slotProps={{
                htmlInput: { 'aria-label': `${label} ${n} value`, spellCheck: false },
              }}
            />
          </EditorRow>
        );
      })}
      {!hasLocal && <FieldFindings path={path} />}
      {help && (
        <Typography variant="body2" color="text.secondary">
          {help}
        </Typography>
      )}
      <AddButton onClick={() => onChange([...rows, { key: '', value: '' }])}>{addLabel}</AddButton>
    </ListFieldset>
  );
}
