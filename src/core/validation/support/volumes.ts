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
  return path.includes('..') && BACKSTEP.test(path);
}

const BACKSTEP = /(^|\/)\.\.(\/|$)/;

/** True when a hostPath source would pass `validateHostPathVolumeSource`. */
export function isValidHostPath(hostPath: unknown): boolean {
  if (!isRecord(hostPath)) return false;
  const path = asString(hostPath.path) ?? '';
  const type = hostPath.type ?? '';
  return (
    path.length > 0 && !hasBackstep(path) && (HOST_PATH_TYPES as readonly unknown[]).includes(type)
  );
}

const registeredBySpec = new WeakMap<object, ReadonlyMap<string, number>>();

/**
 * Names of the volumes that pass validation. `ValidateVolumes` registers only error-free volumes,
 * so a mount that names an invalid volume gets `Not found` as well, and a later volume is a
 * duplicate only of a registered one. Maps each name to the index of the volume that registered it.
 * Cached per spec object (treated as read-only).
 */
export function registeredVolumeNames(spec: PodSpec): ReadonlyMap<string, number> {
  const cached = registeredBySpec.get(spec);
  if (cached) return cached;
  const names = new Map<string, number>();
  asArray(spec.volumes).forEach((volume, index) => {
    if (!isRecord(volume)) return;
    const name = asString(volume.name) ?? '';
    if (name.length === 0 || names.has(name) || dns1123LabelErrors(name).length > 0) return;
    const sources = presentVolumeSources(volume);
    if (sources.length !== 1) return;
    if (sources[0] === 'hostPath' && !isValidHostPath(volume.hostPath)) return;
    names.set(name, index);
  });
  registeredBySpec.set(spec, names);
  return names;
}
