import Stack from '@mui/material/Stack';

import { formValue, withFormValue, type FormField } from '@/core/view/formFields';
import { FieldNumber } from '@/ui/fields/FieldNumber';
import { FieldRow } from '@/ui/fields/FieldRow';
import { FieldSelect } from '@/ui/fields/FieldSelect';
import { FieldSwitch } from '@/ui/fields/FieldSwitch';
import { FieldText } from '@/ui/fields/FieldText';

export interface FormFieldsProps<T> {
  object: T;
  fields: ReadonlyArray<FormField<T>>;
  /** The object's FieldPath: each field's findings are at `path.at`. */
  path: string;
  onChange: (object: T) => void;
}

/** The inputs `fields` describe, side by side, switches under them; each edits a copy of `object`. */
export function FormFields<T>({ object, fields, path, onChange }: FormFieldsProps<T>) {
  const input = (field: FormField<T>) => {
    const value = formValue(object, field);
    const props = { key: field.at, label: field.label, path: `${path}.${field.at}` };
    const set = (next: typeof value) => onChange(withFormValue(object, field, next));
    if (field.input === 'switch') {
      return <FieldSwitch {...props} checked={value === true} onChange={set} help={field.help} />;
    }
    if (field.input === 'number') {
      const n = typeof value === 'number' ? value : null;
      return <FieldNumber {...props} value={n} onChange={set} helperText={field.help} />;
    }
    const text = String(value);
    if (field.input) {
      return (
        <FieldSelect
          {...props}
          value={text}
          options={field.input}
          onChange={set}
          helperText={field.help}
        />
      );
    }
    return (
      <FieldText
        {...props}
        value={text}
        onChange={set}
        helperText={field.help}
        localWarning={field.warning?.(object)}
      />
    );
  };
  return (
    <Stack spacing={1} sx={{ flex: 1, minWidth: 0 }}>
      <FieldRow>{fields.filter((f) => f.input !== 'switch').map(input)}</FieldRow>
      {fields.filter((f) => f.input === 'switch').map(input)}
    </Stack>
  );
}
