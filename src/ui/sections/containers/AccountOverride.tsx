import { OVERRIDE_OPTIONS, overrideChoice, runAsOfOverride } from '@/core/view/accountChoices';
import { FieldSelect } from '@/ui/fields/FieldSelect';
import { FieldRow } from '@/ui/fields/FieldRow';
import { FieldText } from '@/ui/fields/FieldText';

export interface AccountOverrideProps {
  path: string;
  value: string | null;
  onChange: (runAsUserName: string | null) => void;
}

/** A container's own account, overriding the pod-wide one; "Same as the pod" writes nothing. */
export function AccountOverride({ path, value, onChange }: AccountOverrideProps) {
  const choice = overrideChoice(value);
  return (
    <FieldRow>
      <FieldSelect
        label="Run as (this container)"
        path={choice === 'group' ? `${path}#choice` : path}
        value={choice}
        options={OVERRIDE_OPTIONS}
        onChange={(next) => onChange(runAsOfOverride(next))}
      />
      {choice === 'group' && value !== null && (
        <FieldText label="Container group name" path={path} value={value} onChange={onChange} />
      )}
    </FieldRow>
  );
}
