import { readFile } from 'node:fs/promises';

import { SCHEMA_KUBERNETES_VERSION } from '@/core/schema/checkSchema';
import { KUBERNETES_RULES_SOURCE } from '@/core/validation/rulesSource';

/** Prints the package version and the Kubernetes sources the checks were transcribed from. */
export async function runVersion(): Promise<number> {
  const packageJson = JSON.parse(
    await readFile(new URL('../../package.json', import.meta.url), 'utf8'),
  ) as { name?: string; version?: string };
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
