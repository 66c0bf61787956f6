import Card from '@mui/material/Card';
import FormControl from '@mui/material/FormControl';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

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
}

/**
 * Cards that are one radio group: each card is the label of its radio, so a click anywhere on it
 * picks it, and the arrow keys move between them. Each radio is named by its title alone and
 * described by the card's text.
 */
export function ChoiceCards<V extends string>({
  label,
  options,
  value,
  onChange,
  path,
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
          gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))' },
        }}
      >
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          const checked = option.value === value;
          return (
            <Card
              key={option.value}
              component="label"
              variant="outlined"
              sx={{
                display: 'flex',
                p: 1.5,
                pl: 0.5,
                cursor: 'pointer',
                borderColor: checked ? 'primary.main' : undefined,
                boxShadow: checked ? (t) => `inset 0 0 0 1px ${t.palette.primary.main}` : 'none',
                bgcolor: checked ? 'action.selected' : undefined,
                '&:focus-within': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 },
                '&:hover': { borderColor: 'primary.main' },
              }}
            >
              <Radio
                value={option.value}
                sx={{ alignSelf: 'flex-start', mt: -0.5 }}
                slotProps={{
                  input: {
                    'aria-labelledby': `${optionId}-title`,
                    'aria-describedby': `${optionId}-description`,
                    ...(path && checked ? { 'data-path': path } : {}),
                    // A native radio ignores Enter; a card invites it.
                    onKeyDown: (event: { key: string; preventDefault: () => void }) => {
                      if (event.key !== 'Enter') return;
                      event.preventDefault();
                      if (!checked) onChange(option.value);
                    },
                  },
                }}
              />
              <div>
                <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1 }}>
                  <Typography id={`${optionId}-title`} sx={{ fontWeight: 600 }}>
                    {option.title}
                  </Typography>
                  {option.badge}
                </Stack>
                <div id={`${optionId}-description`}>
                  <Typography variant="body2" color="text.secondary">
                    {option.description}
                  </Typography>
                  {option.detail}
                </div>
              </div>
            </Card>
          );
        })}
      </RadioGroup>
    </FormControl>
  );
}
