import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import { useState } from 'react';

import { MONO_FONT } from '@/ui/theme';
import { Hint } from '@/ui/fields/Hint';

export interface CopyableCommandProps {
  /** What the command does, for the copy button's name: "Copy {label}". */
  label: string;
  command: string;
}

/** A one-line command in monospace with a copy button. */
export function CopyableCommand({ label, command }: CopyableCommandProps) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(command);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  };
  return (
    <Box
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 1,
        bgcolor: 'action.hover',
        borderRadius: 1,
        pl: 1.5,
        minWidth: 0,
      }}
    >
      <Box
        component="code"
        sx={{
          fontFamily: MONO_FONT,
          fontSize: 13,
          flex: 1,
          minWidth: 0,
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
          py: 1,
        }}
      >
        {command}
      </Box>
      <Hint title={copied ? 'Copied' : 'Copy'}>
        <IconButton aria-label={`Copy ${label}`} onClick={() => void copy()}>
          {copied ? <CheckIcon fontSize="small" /> : <ContentCopyIcon fontSize="small" />}
        </IconButton>
      </Hint>
    </Box>
  );
}
