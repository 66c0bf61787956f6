import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { useAppStore } from '@/state/store';
import { ImportDialog } from '@/ui/import/ImportDialog';

const MANIFESTS = `apiVersion: v1
kind: ConfigMap
metadata: { name: settings }
data: { a: b }
---
apiVersion: apps/v1
kind: DaemonSet
metadata: { name: agent }
spec:
  selector: { matchLabels: { app: agent } }
  template:
    metadata: { labels: { app: agent } }
    spec:
      hostNetwork: true
      securityContext:
        windowsOptions: { hostProcess: true, runAsUserName: "NT AUTHORITY\\\\Local service" }
      containers: [{ name: agent, image: agent:1 }]
`;

function renderDialog() {
  const onClose = vi.fn();
  render(<ImportDialog open text={MANIFESTS} onTextChange={() => {}} onClose={onClose} />);
  return onClose;
}

describe('ImportDialog', () => {
  it('shows what was found and what it replaces before anything changes', async () => {
    const before = useAppStore.getState().draft;
    renderDialog();
    expect(await screen.findByText('Found 2 documents')).toBeInTheDocument();
    expect(screen.getByText('ConfigMap settings')).toBeInTheDocument();
    expect(screen.getByText('DaemonSet agent')).toBeInTheDocument();
    expect(screen.getByText(/^Findings: \d+ errors?, \d+ warnings?/)).toBeInTheDocument();
    expect(
      screen.getByText(/replaces the current draft \(Pod “hostprocess-example”\)/),
    ).toBeInTheDocument();
    expect(useAppStore.getState().draft).toBe(before);
  });

  it('Cancel closes without touching the draft', async () => {
    const before = useAppStore.getState().draft;
    const onClose = renderDialog();
    await screen.findByText('Found 2 documents');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
    expect(useAppStore.getState().draft).toBe(before);
  });

  it('Import loads the workload, keeps the ConfigMap, and is one undo step', async () => {
    const before = useAppStore.getState().draft;
    renderDialog();
    await screen.findByText('Found 2 documents');
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    const { draft, actions } = useAppStore.getState();
    expect(draft.workload).toMatchObject({ kind: 'DaemonSet', name: 'agent' });
    expect(draft.kept.documentsBefore).toMatchObject([{ kind: 'ConfigMap' }]);
    actions.undo();
    expect(useAppStore.getState().draft).toBe(before);
  });
});
