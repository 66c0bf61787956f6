import type { Finding } from '@/core/validation/types';
import { appActions } from '@/state/store';

/**
 * Applies the fixes and says what changed. The repair re-imports the manifest: that code loads
 * only when someone asks for a repair.
 */
export async function applyFixes(findings: readonly Finding[]): Promise<void> {
  const { applyFindingFixes } = await import('@/state/findingFixes');
  const applied = applyFindingFixes(findings);
  if (applied.length > 0) {
    const labels = applied.map((finding) => `${finding.fix?.label ?? ''} (${finding.path})`);
    appActions().showNotice({
      severity: 'success',
      message: `Fixed: ${labels.join('; ')}`,
      undoable: true,
    });
  } else {
    appActions().showNotice({
      severity: 'warning',
      message: 'Could not apply the fix: the manifest has changed since it was checked.',
    });
  }
}
