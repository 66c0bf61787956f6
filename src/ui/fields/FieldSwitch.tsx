import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Switch from '@mui/material/Switch';
import Box from '@mui/material/Box';
import { useId } from 'react';

export interface FieldSwitchProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  path?: string;
  /** One line under the switch. */
  help?: string;
}

/** An on/off setting with its explanation. */
export function FieldSwitch({ label, checked, onChange, path, help }: FieldSwitchProps) {
  const helpId = useId();
  return (
    <Box>
      <FormControlLabel
        label={label}
        control={
          <Switch
            checked={checked}
            onChange={(event) => onChange(event.target.checked)}
            slotProps={{
              input: {
                ...(help ? { 'aria-describedby': helpId } : {}),
                ...(path ? { 'data-path': path } : {}),
              },
            }}
          />
        }
      />
      {help && (
        <FormHelperText id={helpId} sx={{ mt: 0, ml: 6 }}>
          {help}
        </FormHelperText>
      )}
    </Box>
  );
}
