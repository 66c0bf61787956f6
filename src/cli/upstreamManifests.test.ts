import { readdirSync, readFileSync } from 'node:fs';

import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';

import { validate } from '@/core/validation/validate';

// Read where the shared checkout keeps them: the project does not copy other projects' files.
const DIR = '../shared/upstream-manifests';
const FILES = readdirSync(DIR).filter((name) => /\.ya?ml$/.test(name));

function findingsOf(file: string) {
  return validate(loadAll(readFileSync(`${DIR}/${file}`, 'utf8'))).findings;
}

/** Findings their authors would want to know, by file: rule id and path. */
const EXPECTED_WARNINGS: Record<string, Array<[string, string]>> = {
  '01-sigwt-calico-kube-proxy.yml': [
    ['image-tag-placeholder', 'spec.template.spec.containers[0].image'],
  ],
  '04-sigwt-flannel-overlay.yml': [
    ['image-tag-placeholder', 'spec.template.spec.containers[0].image'],
  ],
  '05-sigwt-flannel-kube-proxy.yml': [
    ['image-tag-placeholder', 'spec.template.spec.containers[0].image'],
  ],
  '06-windows-exporter-daemonset.yaml': [
    ['image-windows-version', 'spec.template.spec.initContainers[0].image'],
    ['image-tag-pinned', 'spec.template.spec.containers[0].image'],
  ],
  '07-calico-windows-vxlan.yaml': [
    ['image-tag-pinned', 'spec.template.spec.initContainers[0].image'],
    ['image-tag-pinned', 'spec.template.spec.containers[0].image'],
    ['image-tag-pinned', 'spec.template.spec.containers[1].image'],
  ],
  '08-calico-windows-kube-proxy.yaml': [
    ['image-tag-placeholder', 'spec.template.spec.containers[0].image'],
  ],
  '09-antrea-windows-containerd-with-ovs.yml': [
    [
      'hostprocess-inherit-user',
      'spec.template.metadata.annotations.microsoft.com/hostprocess-inherit-user',
    ],
    ['image-tag-pinned', 'spec.template.spec.initContainers[0].image'],
    ['image-tag-pinned', 'spec.template.spec.containers[0].image'],
    ['image-tag-pinned', 'spec.template.spec.containers[1].image'],
  ],
  '10-csi-smb-node-windows-hostprocess.yaml': [
    ['image-tag-pinned', 'spec.template.spec.initContainers[0].image'],
    ['image-tag-pinned', 'spec.template.spec.containers[1].image'],
  ],
};

describe('the upstream HostProcess manifests', () => {
  it('are all here (sig-windows-tools, windows_exporter, Calico, Antrea, csi-driver-smb)', () => {
    expect(FILES).toHaveLength(11);
  });

  it.each(FILES)('%s: no error, and exactly the warnings its authors would want', (file) => {
    const findings = findingsOf(file);
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    // Pod Security warnings are true of every HostProcess pod and say which namespace label it needs.
    const warnings = findings
      .filter((finding) => finding.severity === 'warning' && finding.stage !== 'admission')
      .map((finding) => [finding.ruleId, finding.path]);
    expect(warnings.sort()).toEqual([...(EXPECTED_WARNINGS[file] ?? [])].sort());
  });

  it('spell NT AUTHORITY\\system the way hcsshim accepts it: no account finding but the LocalSystem note', () => {
    for (const file of FILES) {
      const accounts = findingsOf(file).filter((finding) => finding.path.endsWith('runAsUserName'));
      expect(accounts.map((finding) => finding.ruleId)).toEqual(
        accounts.length === 0 ? [] : ['local-system-account'],
      );
    }
  });
});
