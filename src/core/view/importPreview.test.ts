import { describe, expect, it } from 'vitest';

import { previewImport } from '@/core/view/importPreview';

const POD = `apiVersion: v1
kind: Pod
metadata: { name: probe }
spec:
  containers: [{ name: main, image: busybox }]
`;

describe('previewImport', () => {
  it('shows nothing for blank text', () => {
    expect(previewImport('  \n')).toBeNull();
  });

  it('previews a manifest as the draft it would load', () => {
    const preview = previewImport(POD);
    expect(preview?.ok).toBe(true);
    if (preview?.ok) expect(preview.draft.workload.name).toBe('probe');
  });

  it('says why text cannot be imported', () => {
    const preview = previewImport('kind: [');
    expect(preview?.ok).toBe(false);
  });
});
