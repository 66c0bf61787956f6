import type { Container, PodSpec } from 'kubernetes-types/core/v1';

import { effectiveHostProcess, visitContainers } from './containers';

import { asArray, asString, dig } from './read';

/** The two spellings of the sandbox variable hcsshim replaces in a command line. */
const REPLACED_SANDBOX_VARIABLE =
  /\$env:CONTAINER_SANDBOX_MOUNT_POINT|%CONTAINER_SANDBOX_MOUNT_POINT%/g;

/** Spellings hcsshim leaves alone: `$CONTAINER_SANDBOX_MOUNT_POINT`, `${…}`, `$(…)`. */
export const UNREPLACED_SANDBOX_VARIABLE = /(^|[^:A-Za-z])\$[{(]?CONTAINER_SANDBOX_MOUNT_POINT/;

/** A container's strings hcsshim rewrites: command, args, workingDir and env values, with paths. */
export function processStrings(
  container: Container,
  path: string,
): Array<{ path: string; value: string }> {
  const found: Array<{ path: string; value: string }> = [];
  for (const field of ['command', 'args'] as const) {
    asArray(container[field]).forEach((value, index) => {
      if (typeof value === 'string') found.push({ path: `${path}.${field}[${index}]`, value });
    });
  }
  const workingDir = asString(container.workingDir);
  if (workingDir !== undefined) found.push({ path: `${path}.workingDir`, value: workingDir });
  asArray(container.env).forEach((variable, index) => {
    const value = asString(dig(variable, 'value'));
    if (value !== undefined) found.push({ path: `${path}.env[${index}].value`, value });
  });
  return found;
}

/** A mountPath as a path under the container volume: no drive, backslashes, lower case. */
export function relativeMountPath(mountPath: string): string {
  return mountPath
    .trim()
    .replace(/^[A-Za-z]:/, '')
    .replace(/\//g, '\\')
    .replace(/^\\+|\\+$/g, '')
    .toLowerCase();
}

/**
 * Whether the container's own strings already reach the mount through the container volume: the
 * sandbox variable followed by the mount's path, or a relative `.\path` (the working directory is
 * the container volume unless set).
 */
export function reachesThroughVolume(container: Container, mountPath: string): boolean {
  const relative = relativeMountPath(mountPath);
  if (relative === '') return false;
  return processStrings(container, '').some(({ value }) => {
    const normalized = value
      .replace(REPLACED_SANDBOX_VARIABLE, '<sandbox>')
      .replace(/\//g, '\\')
      .toLowerCase();
    return (
      normalized.includes(`<sandbox>\\${relative}`) ||
      normalized.includes(`.\\${relative}`) ||
      normalized === relative
    );
  });
}

/** Every volumeMount of a HostProcess container that has a mountPath, with the path to report. */
export function hostProcessMounts(
  spec: PodSpec,
): Array<{ container: Container; mountPath: string; path: string }> {
  return visitContainers(spec).flatMap(({ container, path }) =>
    effectiveHostProcess(spec, container)
      ? asArray(container.volumeMounts).flatMap((mount, index) => {
          const mountPath = asString(dig(mount, 'mountPath'));
          return mountPath
            ? [{ container, mountPath, path: `${path}.volumeMounts[${index}].mountPath` }]
            : [];
        })
      : [],
  );
}
