import type { ContainerPort, EnvVar, VolumeMount } from 'kubernetes-types/core/v1';

import { createContainer } from '@/core/model/draft';
import type { ContainerDraft, Extra } from '@/core/model/draft';

import { asRecordList, asStringList, asStringMap, isRecord, setOwn } from './jsonValue';

const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'] as const;

function readResources(value: unknown): ContainerDraft['resources'] | undefined {
  if (!isRecord(value)) return undefined;
  if (Object.keys(value).some((key) => key !== 'requests' && key !== 'limits')) return undefined;
  const requests = value.requests === undefined ? {} : asStringMap(value.requests);
  const limits = value.limits === undefined ? {} : asStringMap(value.limits);
  if (!requests || !limits) return undefined;
  return { requests: { ...requests }, limits: { ...limits } };
}

/**
 * The container's securityContext without the account override, which the Draft models; an
 * emptied windowsOptions (or securityContext) disappears so that it is not written back empty.
 */
function splitSecurityContext(value: unknown): { runAsUserName: string | null; rest: unknown } {
  if (!isRecord(value) || !isRecord(value.windowsOptions))
    return { runAsUserName: null, rest: value };
  const { runAsUserName, ...windowsRest } = value.windowsOptions;
  if (typeof runAsUserName !== 'string') return { runAsUserName: null, rest: value };
  const contextRest = Object.fromEntries(
    Object.entries(value).filter(([key]) => key !== 'windowsOptions'),
  );
  const rest =
    Object.keys(windowsRest).length > 0
      ? { ...contextRest, windowsOptions: windowsRest }
      : contextRest;
  return { runAsUserName, rest: Object.keys(rest).length > 0 ? rest : undefined };
}

/**
 * A container of an imported pod spec as a ContainerDraft. A field whose shape the Draft cannot
 * hold exactly stays in `extra`, to be written back as it was.
 */
export function readContainer(source: Record<string, unknown>): ContainerDraft {
  const container = createContainer('', '');
  const extra: Extra = {};
  const take = <T>(
    key: string,
    read: (value: unknown) => T | undefined,
    assign: (value: T) => void,
  ) => {
    if (!Object.hasOwn(source, key)) return;
    const value = read(source[key]);
    if (value === undefined) setOwn(extra, key, source[key]);
    else assign(value);
  };
  const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
  for (const key of Object.keys(source)) {
    switch (key) {
      case 'name':
        take(key, str, (v) => (container.name = v));
        break;
      case 'image':
        take(
          key,
          (v) => (v === '' ? undefined : str(v)),
          (v) => (container.image = v),
        );
        break;
      case 'imagePullPolicy':
        take(
          key,
          (v) => PULL_POLICIES.find((p) => p === v),
          (v) => (container.imagePullPolicy = v),
        );
        break;
      case 'command':
      case 'args':
        take(key, asStringList, (v) => (container[key] = [...v]));
        break;
      case 'workingDir':
        take(
          key,
          (v) => (v === '' ? undefined : str(v)),
          (v) => (container.workingDir = v),
        );
        break;
      case 'env':
        take(
          key,
          (v) => asRecordList<EnvVar>(v, true),
          (v) => (container.env = v),
        );
        break;
      case 'ports':
        take(
          key,
          (v) => asRecordList<ContainerPort>(v),
          (v) => (container.ports = v),
        );
        break;
      case 'volumeMounts':
        take(
          key,
          (v) => asRecordList<VolumeMount>(v, true),
          (v) => (container.volumeMounts = v),
        );
        break;
      case 'resources':
        take(key, readResources, (v) => (container.resources = v));
        break;
      case 'securityContext': {
        const { runAsUserName, rest } = splitSecurityContext(source[key]);
        container.runAsUserName = runAsUserName;
        if (rest !== undefined) setOwn(extra, key, rest);
        break;
      }
      default:
        setOwn(extra, key, source[key]);
    }
  }
  container.extra = extra;
  return container;
}
