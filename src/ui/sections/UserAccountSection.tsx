import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import { useState, type ReactNode } from 'react';

import { setPodUser } from '@/core/model/draftOps';
import { BUILT_IN_ACCOUNTS, toAccountChoice, type AccountChoice } from '@/core/model/windows';
import { useActions, useDraft } from '@/state/store';
import { ACCOUNT_FACTS } from '@/core/model/windowsAccounts';
import { Code } from '@/ui/common/Code';
import { ChoiceCards, type ChoiceOption } from '@/ui/fields/ChoiceCards';
import { FieldFindings } from '@/ui/fields/FieldFindings';
import { FieldText } from '@/ui/fields/FieldText';
import { SectionCard } from '@/ui/fields/SectionCard';
import { usePodPath } from '@/ui/hooks/useDraftEdit';
import { useFindingsAt } from '@/ui/hooks/useFindingsAt';
import { AccountAdvisor } from '@/ui/sections/user/AccountAdvisor';
import { NodePreparationPanel } from '@/ui/sections/user/NodePreparationPanel';

const RUN_AS_PATH = 'spec.securityContext.windowsOptions.runAsUserName';

function RunAs({ value }: { value: string }) {
  return <Code block>runAsUserName: {value}</Code>;
}

const BADGES: Partial<Record<AccountChoice, ReactNode>> = {
  LocalService: <Chip size="small" color="success" variant="outlined" label="Recommended" />,
  LocalSystem: <Chip size="small" color="warning" variant="outlined" label="Full control" />,
};

/** Picks the Windows account that the HostProcess containers run as. */
export function UserAccountSection() {
  const runAsUserName = useDraft((d) => d.user.runAsUserName);
  const { apply } = useActions();
  const path = usePodPath()(RUN_AS_PATH);
  const findings = useFindingsAt(path);
  const choice: AccountChoice | '' = runAsUserName === null ? '' : toAccountChoice(runAsUserName);
  // The group name typed before switching to a built-in account comes back when switching back.
  const [lastGroup, setLastGroup] = useState('');

  const options: Array<ChoiceOption<AccountChoice>> = [
    ...BUILT_IN_ACCOUNTS.map((account) => ({
      value: account.id,
      title: account.title,
      description: account.summary,
      detail: <RunAs value={account.runAsUserName} />,
      badge: BADGES[account.id],
    })),
    {
      value: 'group',
      title: 'Local usergroup',
      description:
        'A local group you create on the node and grant exactly what the workload needs.',
      detail: (
        <RunAs value={choice === 'group' && runAsUserName ? runAsUserName : '<group name>'} />
      ),
    },
  ];

  const choose = (next: AccountChoice) => {
    if (choice === 'group' && runAsUserName) setLastGroup(runAsUserName);
    const account = BUILT_IN_ACCOUNTS.find((a) => a.id === next);
    apply((draft) => setPodUser(draft, account ? account.runAsUserName : lastGroup));
  };

  return (
    <SectionCard
      id="user-account"
      title="User account"
      subtitle="The Windows account the container processes run as, pod-wide (a container can override it). Pick the least privilege that works."
    >
      <ChoiceCards
        label="Run as"
        options={options}
        value={choice}
        onChange={choose}
        path={choice === 'group' ? undefined : path}
      />
      {choice === 'LocalSystem' && findings.length === 0 && (
        <Alert severity="warning">
          {ACCOUNT_FACTS.localSystem.claim} LocalService or a local usergroup with granted folders
          is usually enough.
        </Alert>
      )}
      {choice === 'group' && runAsUserName !== null && (
        <>
          <FieldText
            label="Group name"
            path={path}
            value={runAsUserName}
            onChange={(name) => apply((draft) => setPodUser(draft, name))}
            helperText="The name of the local group on the node"
          />
          <NodePreparationPanel group={runAsUserName} />
        </>
      )}
      {choice !== 'group' && <FieldFindings path={path} />}
      <AccountAdvisor />
    </SectionCard>
  );
}
