import { BUILT_IN_ACCOUNTS, toAccountChoice } from '@/core/model/windows';
import { FieldSelect } from '@/ui/fields/FieldSelect';
import { FieldRow } from '@/ui/fields/FieldRow';
import { FieldText } from '@/ui/fields/FieldText';

type OverrideChoice = 'inherit' | (typeof BUILT_IN_ACCOUNTS)[number]['id'] | 'group';

const OPTIONS: ReadonlyArray<{ value: OverrideChoice; label: string }> = [
  { value: 'inherit', label: 'Same as the pod' },
  ...BUILT_IN_ACCOUNTS.map((a) => ({ value: a.id, label: `${a.title} (${a.runAsUserName})` })),
  { value: 'group', label: 'Local usergroup' },
];

export interface AccountOverrideProps {
  path: string;
  value: string | null;
  onChange: (runAsUserName: string | null) => void;
}

/** A container's own account, overriding the pod-wide one; "Same as the pod" writes nothing. */
export function AccountOverride({ path, value, onChange }: AccountOverrideProps) {
  const choice: OverrideChoice = value === null ? 'inherit' : toAccountChoice(value);
  return (
    <FieldRow>
      <FieldSelect
        label="Run as (this container)"
        path={choice === 'group' ? `${path}#choice` : path}
        value={choice}
        options={OPTIONS}
        onChange={(next) => {
          if (next === 'inherit') onChange(null);
          else if (next === 'group') onChange('');
          else onChange(BUILT_IN_ACCOUNTS.find((a) => a.id === next)?.runAsUserName ?? null);
        }}
      />
      {choice === 'group' && value !== null && (
        <FieldText label="Container group name" path={path} value={value} onChange={onChange} />
      )}
    </FieldRow>
  );
}
