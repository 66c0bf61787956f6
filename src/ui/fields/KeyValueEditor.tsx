import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';

import type { KeyValue } from '@/core/model/draft';
import { keyValueProblems, type KeyValueSyntax } from '@/core/view/keyValueProblems';
import { replaceAt, removeAt } from '@/core/view/listOps';
import { FieldFindings } from '@/ui/fields/FieldFindings';

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
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
        {label}
      </Typography>
      <Stack spacing={1.5}>
        {lockedRows.map((row) => (
          <Stack key={row.key} direction={{ xs: 'column', sm: 'row' }} spacing={1}>
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
            <Box sx={{ width: 40, flexShrink: 0, display: { xs: 'none', sm: 'block' } }} />
          </Stack>
        ))}
        {rows.map((row, index) => {
          const problem = problems[index] ?? {};
          const n = index + 1;
          return (
            <Stack
              key={index}
              direction={{ xs: 'column', sm: 'row' }}
              spacing={1}
              sx={{ alignItems: { sm: 'flex-start' } }}
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
                onChange={(e) =>
                  onChange(replaceAt(rows, index, { ...row, value: e.target.value }))
                }
                slotProps={{
                  htmlInput: { 'aria-label': `${label} ${n} value`, spellCheck: false },
                }}
              />
              <IconButton
                aria-label={`Remove ${label.toLowerCase()} ${n}`}
                onClick={() => onChange(removeAt(rows, index))}
                sx={{ alignSelf: { xs: 'flex-end', sm: 'flex-start' } }}
              >
                <DeleteOutlineIcon />
              </IconButton>
            </Stack>
          );
        })}
        {!hasLocal && <FieldFindings path={path} />}
        {help && (
          <Typography variant="body2" color="text.secondary">
            {help}
          </Typography>
        )}
        <Box>
          <Button
            startIcon={<AddIcon />}
            onClick={() => onChange([...rows, { key: '', value: '' }])}
          >
            {addLabel}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
