import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';

import { adviseAccount } from '@/core/advisor/adviseAccount';
import { adviceHeadline, grantLabel } from '@/core/view/adviceText';
import { applyAdvice } from '@/core/view/applyAdvice';
import { useActions, useAppStore, useDraft } from '@/state/store';
import { NEEDS, type NeedId } from '@/core/model/windowsNeeds';
import { CopyableCommand } from '@/ui/fields/CopyableCommand';
import { SubSection } from '@/ui/fields/SubSection';
import { BulletList } from '@/ui/common/BulletList';

function Tick(props: { label: string; checked: boolean; onChange: (on: boolean) => void }) {
  const { label, checked, onChange } = props;
  const box = (
    <Checkbox size="small" checked={checked} onChange={(e) => onChange(e.target.checked)} />
  );
  return <FormControlLabel control={box} label={label} />;
}

/**
 * Asks what the workload must do on the node and names the smallest account that can: the
 * recommendation, one line of why per need, a usergroup's preparation, and a button that applies it.
 */
export function AccountAdvisor() {
  const needs = useAppStore((s) => s.advisorNeeds);
  // Only the parts the advice reads: typing elsewhere (a name, the YAML) re-renders nothing here.
  const user = useDraft((d) => d.user);
  const containers = useDraft((d) => d.containers);
  const initContainers = useDraft((d) => d.initContainers);
  const volumes = useDraft((d) => d.volumes);
  const { apply, setAdvisorNeeds, showNotice } = useActions();
  const [addPreparer, setAddPreparer] = useState(false);
  const advice = useMemo(
    () => adviseAccount(needs, { user, containers, initContainers, volumes }),
    [needs, user, containers, initContainers, volumes],
  );
  const current = user.runAsUserName;
  const toggle = (id: NeedId, on: boolean) =>
    setAdvisorNeeds(on ? [...needs, id] : needs.filter((need) => need !== id));
  const applyIt = () => {
    apply((d) => applyAdvice(d, advice, addPreparer));
    showNotice({
      severity: 'success',
      message: `Runs as ${advice.runAsUserName} now (least-privilege advisor).`,
      undoable: true,
    });
  };
  return (
    <SubSection
      framed
      title="Least-privilege advisor"
      description="Tick what the workload must do on the node; the advisor names the smallest account that can."
    >
      <FormGroup aria-label="What the workload must do">
        {NEEDS.map((need) => (
          <Tick
            key={need.id}
            label={need.label}
            checked={needs.includes(need.id)}
            onChange={(on) => toggle(need.id, on)}
          />
        ))}
      </FormGroup>
      <Box role="status" aria-label="Recommendation" sx={{ mt: 1.5 }}>
        <Typography variant="body1" sx={{ fontWeight: 600 }}>
          {adviceHeadline(advice)}
        </Typography>
        <Typography variant="body2">{advice.summary}</Typography>
        {advice.reasons.length > 0 && (
          <BulletList items={advice.reasons.map((reason) => `${reason.label}: ${reason.why}`)} />
        )}
      </Box>
      {advice.preparation && (
        <Box sx={{ mt: 1 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            Prepare each node (as an administrator):
          </Typography>
          {advice.preparation.netLocalgroup.map((command) => (
            <CopyableCommand key={command} label="Group command" command={command} />
          ))}
          {advice.preparation.grants.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              The pod mounts no host path: no icacls grant is needed.
            </Typography>
          ) : (
            <Box component="ul" aria-label="icacls grants" sx={{ m: 0, p: 0, listStyle: 'none' }}>
              {advice.preparation.grants.map((grant) => (
                <li key={grant.volume}>
                  <CopyableCommand label={grantLabel(grant)} command={grant.command} />
                </li>
              ))}
            </Box>
          )}
          <Tick
            label="Also add an init container that creates the group (runs as LocalSystem briefly)"
            checked={addPreparer}
            onChange={setAddPreparer}
          />
        </Box>
      )}
      {current === advice.runAsUserName && !addPreparer ? (
        <Alert severity="success" sx={{ mt: 1 }}>
          The workload already runs as the recommended account.
        </Alert>
      ) : (
        <Button variant="contained" size="small" sx={{ mt: 1 }} onClick={applyIt}>
          Use {advice.runAsUserName}
        </Button>
      )}
    </SubSection>
  );
}
