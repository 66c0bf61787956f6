import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useMemo, type ReactNode } from 'react';

import { countLabel } from '@/core/view/findingGroups';
import { severityCounts } from '@/core/view/findingCounts';
import { toPrivilegeSummary } from '@/core/view/privilegeSummary';
import type { Draft } from '@/core/model/draft';
import { useDraft } from '@/state/store';
import { useChecks } from '@/state/derivedContext';
import { BulletList } from '@/ui/common/BulletList';
import { Code } from '@/ui/common/Code';
import { SectionCard } from '@/ui/fields/SectionCard';
import { useIsDesktop } from '@/ui/hooks/useIsDesktop';
import { OutputActions } from '@/ui/preview/OutputActions';

const SEVERITIES = ['error', 'warning', 'info'] as const;

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" sx={{ fontWeight: 600 }}>
        {term}
      </Typography>
      <Box component="dd" sx={{ m: 0, minWidth: 0 }}>
        {children}
      </Box>
    </>
  );
}

/** What the workload may do on the node, how many findings are left, and the output. */
export function ReviewSection() {
  const containers = useDraft((d) => d.containers);
  const initContainers = useDraft((d) => d.initContainers);
  const volumes = useDraft((d) => d.volumes);
  const user = useDraft((d) => d.user);
  const emitNamespace = useDraft((d) => d.workload.emitNamespace);
  const { findings, podSecurity } = useChecks();
  const counts = severityCounts(findings);
  const level = podSecurity[0]?.podSecurityLevel;
  const failing = podSecurity[0]?.failingChecks;
  const isDesktop = useIsDesktop();
  const summary = useMemo(
    () =>
      toPrivilegeSummary(
        { containers, initContainers, volumes, user } as Draft,
        level ? { podSecurityLevel: level, failingChecks: failing ?? [] } : undefined,
      ),
    [containers, initContainers, volumes, user, level, failing],
  );
  return (
    <SectionCard
      id="review"
      title="Review"
      subtitle="The privilege this workload asks for, and what is left to fix."
    >
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: '160px minmax(0, 1fr)' },
          columnGap: 2,
          rowGap: 1.5,
          m: 0,
        }}
      >
        <Row term="Runs as">
          <BulletList
            items={summary.accounts.map((a, i) => (
              <>
                {a.container || `container ${i + 1}`}: {a.title}
                {a.runAsUserName !== null && (
                  <>
                    {' '}
                    (<Code>{a.runAsUserName}</Code>)
                  </>
                )}
              </>
            ))}
          />
        </Row>
        <Row term="Host access">
          <BulletList items={summary.hostAccess} />
        </Row>
        <Row term="Pod Security">
          {summary.podSecurityLevel ? (
            <Typography variant="body2" component="div">
              Needs the <strong>{summary.podSecurityLevel}</strong> level: the namespace must carry{' '}
              <Code>{summary.namespaceLabel}</Code>
              {emitNamespace
                ? ' (the emitted Namespace does).'
                : '. Turn on “Also emit a Namespace” in Workload to include it.'}
              {summary.failingChecks.length > 0 && (
                <Box
                  component="ul"
                  sx={{ m: 0, mt: 0.5, pl: 2.5, color: 'text.secondary', overflowWrap: 'anywhere' }}
                >
                  {summary.failingChecks.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </Box>
              )}
            </Typography>
          ) : (
            <Typography variant="body2">Not a workload the validator recognises.</Typography>
          )}
        </Row>
        <Row term="Findings">
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            {SEVERITIES.map((severity) => (
              <Chip
                key={severity}
                size="small"
                variant="outlined"
                color={counts[severity] > 0 ? severity : 'default'}
                label={countLabel(counts[severity], severity)}
              />
            ))}
          </Box>
        </Row>
      </Box>
      {isDesktop ? (
        <Typography variant="body2" color="text.secondary">
          Download or copy the YAML with the buttons above the preview.
        </Typography>
      ) : (
        <OutputActions />
      )}
    </SectionCard>
  );
}
