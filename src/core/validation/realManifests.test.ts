import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';

import { validate } from './validate';

function load(folder: string): Array<[file: string, documents: unknown[]]> {
  const dir = fileURLToPath(new URL(`./fixtures/${folder}/`, import.meta.url));
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => [file, loadAll(readFileSync(`${dir}${file}`, 'utf8'))]);
}

const real = load('real');
const psa = load('psa');

// HostProcess manifests published by their projects (source noted at the top of each file): the
// API server accepts them all, so any api-server finding would be a false positive.
describe('real HostProcess manifests from public repositories', () => {
  it('are all here', () => {
    expect(real.length).toBeGreaterThanOrEqual(9);
  });

  it.each(real)(
    '%s raises no api-server error and needs a privileged namespace',
    (_file, documents) => {
      const result = validate(documents);
      expect(result.workloads.length).toBeGreaterThan(0);
      expect(result.findings.filter((finding) => finding.stage === 'api-server')).toEqual([]);
      for (const workload of result.workloads) {
        expect(workload.podSecurityLevel).toBe('privileged');
        expect(workload.failingChecks.map((check) => check.check)).toContain('windowsHostProcess');
      }
    },
  );
});

// pod-security-admission's own windowsHostProcess fixtures: valid for the API server (they set
// hostNetwork so that they reach admission), rejected by PSA's baseline check.
describe('Pod Security Admission windowsHostProcess fixtures', () => {
  it.each(psa)(
    '%s passes API validation and fails the baseline hostProcess check',
    (file, documents) => {
      const result = validate(documents);
      expect(result.findings.filter((finding) => finding.stage === 'api-server')).toEqual([]);
      const [workload] = result.workloads;
      expect(workload?.podSecurityLevel).toBe('privileged');
      // PSA lists containers in visit order: init containers first.
      const setters = file.endsWith('0.yaml') ? 'pod' : 'containers "initcontainer1", "container1"';
      expect(workload?.failingChecks).toContainEqual({
        check: 'windowsHostProcess',
        reason: 'hostProcess',
        detail: `${setters} must not set securityContext.windowsOptions.hostProcess=true`,
      });
    },
  );
});
