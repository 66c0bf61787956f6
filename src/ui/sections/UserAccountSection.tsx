import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import { useState } from 'react';

import { setPodUser } from '@/core/model/draftOps';
import { toAccountChoice, type AccountChoice } from '@/core/model/windows';
import { accountCards, runAsOfChoice } from '@/core/view/accountChoices';
import { useActions, useDraft } from '@/state/store';
import { ACCOUNT_FACTS } from '@/core/model/windowsAccounts';
import { Code } from '@/ui/common/Code';
import { ChoiceCards } from '@/ui/fields/ChoiceCards';
import { FieldFindings } from '@/ui/fields/FieldFindings';
import { FieldText } from '@/ui/fields/FieldText';
import { SectionCard } from '@/ui/fields/SectionCard';
import { usePodPath } from '@/ui/hooks/useDraftEdit';
import { useFindingsAt } from '@/ui/hooks/useFindingsAt';
import { AccountAdvisor } from '@/ui/sections/user/AccountAdvisor';
import { NodePreparationPanel } from '@/ui/sections/user/NodePreparationPanel';

const RUN_AS_PATH = 'spec.securityContext.windowsOptions.runAsUserName';

/** Picks the Windows account that the HostProcess containers run as. */
export function UserAccountSection() {
  const runAsUserName = useDraft((d) => d.user.runAsUserName);
  const { apply } = useActions();
  const path = usePodPath()(RUN_AS_PATH);
  const findings = useFindingsAt(path);
  const choice: AccountChoice | '' = runAsUserName === null ? '' : toAccountChoice(runAsUserName);
  // The group name typed before switching to a built-in account comes back when switching back.
  const [lastGroup, setLastGroup] = useState('');

  const options = accountCards(runAsUserName).map(({ runAs, badge, ...card }) => ({
    ...card,
    detail: <Code block>runAsUserName: {runAs}</Code>,
    badge: badge && <Chip size="small" color={badge.tone} variant="outlined" label={badge.label} />,
  }));
  const choose = (next: AccountChoice) => {
    if (choice === 'group' && runAsUserName) setLastGroup(runAsUserName);
    apply((draft) => setPodUser(draft, runAsOfChoice(next, lastGroup)));
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
