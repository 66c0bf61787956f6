import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useId, type KeyboardEvent, type ReactNode } from 'react';

export interface ChoiceOption<V extends string> {
  value: V;
  title: string;
  /** One line on what the choice means. */
  description: ReactNode;
  /** Extra detail under the description (e.g. the exact value written). */
  detail?: ReactNode;
  /** A small badge next to the title ("Recommended", "Full control"). */
  badge?: ReactNode;
}

export interface ChoiceCardsProps<V extends string> {
  /** The group's visible label. */
  label: string;
  options: ReadonlyArray<ChoiceOption<V>>;
  value: V | '';
  onChange: (value: V) => void;
  /** The FieldPath the choice writes (for "go to field" from a finding). */
  path?: string;
  /** Cards per row on wide screens. */
  columns?: number;
}

/**
 * Cards that behave as one radio group: arrows move between them, Space or Enter picks one,
 * and a click anywhere on a card picks it. Each radio is named by its title alone and described
 * by the card's text.
 */
export function ChoiceCards<V extends string>({
  label,
  options,
  value,
  onChange,
  path,
  columns = 2,
}: ChoiceCardsProps<V>) {
  const id = useId();
  return (
    <FormControl component="fieldset" sx={{ minWidth: 0 }}>
      <FormLabel component="legend" sx={{ mb: 1 }}>
        {label}
      </FormLabel>
      <RadioGroup
        name={id}
        value={value}
        onChange={(event) => onChange(event.target.value as V)}
        sx={{
          display: 'grid',
          gap: 1.5,
          gridTemplateColumns: { xs: '1fr', sm: `repeat(${columns}, minmax(0, 1fr))` },
        }}
      >
        {options.map((option) => {
          const inputId = `${id}-${option.value}`;
          const checked = option.value === value;
          return (
            <Box
              key={option.value}
              onClick={(event) => {
                // The radio's own click already changed the value (and bubbles up here).
                if (!checked && !(event.target instanceof HTMLInputElement)) onChange(option.value);
              }}
              sx={{
                display: 'flex',
                gap: 1,
                p: 1.5,
                pl: 0.5,
                border: 1,
                borderRadius: 1,
                cursor: 'pointer',
                borderColor: checked ? 'primary.main' : 'divider',
                boxShadow: checked ? (t) => `inset 0 0 0 1px ${t.palette.primary.main}` : 'none',
                bgcolor: checked ? 'action.selected' : 'transparent',
                '&:focus-within': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 },
                '&:hover': { borderColor: 'primary.main' },
              }}
            >
              <Radio
                id={inputId}
                value={option.value}
                sx={{ alignSelf: 'flex-start', mt: -0.5 }}
                slotProps={{
                  input: {
                    'aria-describedby': `${inputId}-description`,
                    ...(path && checked ? { 'data-path': path } : {}),
                    onKeyDown: (event: KeyboardEvent) => {
                      if (event.key === 'Enter') {
                        event.preventDefault();
                        if (!checked) onChange(option.value);
                      }
                    },
                  },
                }}
              />
              <Box sx={{ minWidth: 0 }}>
                <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
                  <Typography
                    component="label"
                    htmlFor={inputId}
                    sx={{ fontWeight: 600, cursor: 'pointer' }}
                  >
                    {option.title}
                  </Typography>
                  {option.badge}
                </Box>
                <Box id={`${inputId}-description`}>
                  <Typography variant="body2" color="text.secondary">
                    {option.description}
                  </Typography>
                  {option.detail}
                </Box>
              </Box>
            </Box>
          );
        })}
      </RadioGroup>
    </FormControl>
  );
}
