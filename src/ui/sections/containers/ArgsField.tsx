import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useState } from 'react';

import { joinCommandLine, splitCommandLine } from '@/core/model/commandLine';
import { shownCommandLine } from '@/core/view/typedText';
import { FieldText } from '@/ui/fields/FieldText';

export interface ArgsFieldProps {
  label: string;
  path: string;
  value: readonly string[];
  onChange: (args: string[]) => void;
  helperText: string;
}

/** A list of arguments typed as one command line, with the resulting list shown as chips. */
export function ArgsField({ label, path, value: args, onChange, helperText }: ArgsFieldProps) {
  const [text, setText] = useState(() => joinCommandLine(args));
  return (
    <Box>
      <FieldText
        label={label}
        path={path}
        value={shownCommandLine(text, args)}
        onChange={(line) => {
          setText(line);
          onChange(splitCommandLine(line));
        }}
        helperText={helperText}
      />
      {args.length > 1 && (
        <Stack
          component="ol"
          aria-label={`${label} as a list`}
          direction="row"
          sx={{ flexWrap: 'wrap', gap: 0.5, listStyle: 'none', p: 0, m: 0, mt: 0.75 }}
        >
          {args.map((arg, i) => (
            <li key={i}>
              <Chip
                size="small"
                label={arg === '' ? '""' : arg}
                variant="outlined"
                sx={{ maxWidth: '100%' }}
              />
            </li>
          ))}
        </Stack>
      )}
    </Box>
  );
}
