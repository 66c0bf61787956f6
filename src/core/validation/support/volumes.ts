import type { PodSpec } from 'kubernetes-types/core/v1';

import { dns1123LabelErrors } from './names';
import { asArray, asString, isRecord } from './read';
import { presentVolumeSources } from './volumeSources';

/** The hostPath `type` values the API server accepts (`""` is the v1 default). */
export const HOST_PATH_TYPES = [
  '',
  'BlockDevice',
  'CharDevice',
  'Directory',
  'DirectoryOrCreate',
  'File',
  'FileOrCreate',
  'Socket',
] as const;

/** True when a slash-separated path has a `..` element (`validatePathNoBacksteps`). */
export function hasBackstep(path: string): boolean {
  return path.split('/').includes('..');
}

/** True when a hostPath source would pass `validateHostPathVolumeSource`. */
export function isValidHostPath(hostPath: unknown): boolean {
  if (!isRecord(hostPath)) return false;
  const path = asString(hostPath.path) ?? '';
  const type = hostPath.type ?? '';
  return (
    path.length > 0 && !hasBackstep(path) && (HOST_PATH_TYPES as readonly unknown[]).includes(type)
  );
}

/**
 * Names of the volumes that pass validation. `ValidateVolumes` registers only error-free volumes,
 * so a mount that names an invalid volume gets `Not found` as well.
 */
export function registeredVolumeNames(spec: PodSpec): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  for (const volume of asArray(spec.volumes)) {
    if (!isRecord(volume)) continue;
    const name = asString(volume.name) ?? '';
    const duplicate = seen.has(name);
    seen.add(name);
    if (name.length === 0 || duplicate || dns1123LabelErrors(name).length > 0) continue;
    const sources = presentVolumeSources(volume);
    if (sources.length !== 1) continue;
    if (sources[0] === 'hostPath' && !isValidHostPath(volume.hostPath)) continue;
    names.add(name);
  }
  return names;
}
