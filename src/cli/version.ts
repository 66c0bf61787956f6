import { readFile } from 'node:fs/promises';

import { SCHEMA_KUBERNETES_VERSION } from '@/core/schema/schemaVersion';
import { KUBERNETES_RULES_SOURCE } from '@/core/validation/rulesSource';

/** package.json sits two levels up from src/cli/ (tsx) and one up from the dist-cli/ bundle. */
async function readOwnPackageJson(): Promise<{ name?: string; version?: string }> {
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const parsed = JSON.parse(await readFile(new URL(relative, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (parsed.name === 'hostprocess-pod-builder') return parsed;
    } catch {
      // Not here: try the next candidate.
    }
  }
  return {};
}

/** Prints the package version and the Kubernetes sources the checks were transcribed from. */
export async function runVersion(): Promise<number> {
  const packageJson = await readOwnPackageJson();
  const { kubernetesVersion, validationCommit, podSecurityAdmissionCommit } =
    KUBERNETES_RULES_SOURCE;
  process.stdout.write(
    `${packageJson.name ?? 'hostprocess-pod-builder'} ${packageJson.version ?? 'unknown'}\n` +
      `validation rules: Kubernetes ${kubernetesVersion} (kubernetes/kubernetes ${validationCommit.slice(0, 12)}, ` +
      `pod-security-admission ${podSecurityAdmissionCommit.slice(0, 12)})\n` +
      `schema: Kubernetes ${SCHEMA_KUBERNETES_VERSION}\n`,
  );
  return 0;
}
