import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';

import { podFieldPath } from '@/core/model/fieldPaths';
import { BUILT_IN_ACCOUNTS, toAccountChoice, type AccountChoice } from '@/core/model/windows';
import { useDraft, useDraftActions } from '@/state/draftStore';
import { FieldText } from '@/ui/fields/FieldText';
import { SectionCard } from '@/ui/fields/SectionCard';

const RUN_AS_PATH = 'spec.securityContext.windowsOptions.runAsUserName';

/** Picks the Windows account that the HostProcess containers run as. */
export function UserAccountSection() {
  const runAsUserName = useDraft((d) => d.user.runAsUserName);
  const kind = useDraft((d) => d.workload.kind);
  const { patch } = useDraftActions();
  const choice: AccountChoice | '' = runAsUserName === null ? '' : toAccountChoice(runAsUserName);

  const choose = (next: AccountChoice) => {
    const account = BUILT_IN_ACCOUNTS.find((a) => a.id === next);
    patch('user', { runAsUserName: account ? account.runAsUserName : '' });
  };

  return (
    <SectionCard
      id="user-account"
      title="User account"
      subtitle="The Windows account the container processes run as. Pick the least privilege that works."
    >
      <FormControl>
        <FormLabel id="account-label">Run as</FormLabel>
        <RadioGroup
          aria-labelledby="account-label"
          value={choice}
          onChange={(event) => choose(event.target.value as AccountChoice)}
        >
          {BUILT_IN_ACCOUNTS.map((account) => (
            <FormControlLabel
              key={account.id}
              value={account.id}
              control={<Radio />}
              label={
                <span>
                  <strong>{account.title}</strong>{' '}
                  <Typography component="span" variant="body2" color="text.secondary">
                    {account.runAsUserName} — {account.summary}
                  </Typography>
                </span>
              }
            />
          ))}
          <FormControlLabel
            value="group"
            control={<Radio />}
            label={
              <span>
                <strong>Local usergroup</strong>{' '}
                <Typography component="span" variant="body2" color="text.secondary">
                  An ephemeral user in a group you prepare on the node: fine-grained access.
                </Typography>
              </span>
            }
          />
        </RadioGroup>
      </FormControl>
      {choice === 'group' && runAsUserName !== null && (
        <FieldText
          label="Group name"
          path={podFieldPath(kind, RUN_AS_PATH)}
          value={runAsUserName}
          onValueChange={(name) => patch('user', { runAsUserName: name })}
          helperText="The local group must exist on the node before the pod starts."
        />
      )}
    </SectionCard>
  );
}
