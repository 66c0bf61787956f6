import { describe, expect, it } from 'vitest';

import { schemaData } from './schemaData';
import { SCHEMA_KUBERNETES_VERSION, SCHEMA_SOURCE } from './schemaVersion';

const SCALARS = new Set(['s', 'i', 'b', 'q', 'x', 't', 'a']);

function unresolved(code: string): string | undefined {
  const base = code.replace(/^[[{]+/, '');
  if (SCALARS.has(base)) return undefined;
  if (base.startsWith('#')) return schemaData.enums[Number(base.slice(1))] ? undefined : code;
  return Object.hasOwn(schemaData.defs, base) ? undefined : code;
}

describe('generated schema data', () => {
  it('resolves every type code to a scalar, an enum or a definition', () => {
    const codes = Object.values(schemaData.defs).flatMap((d) => Object.values(d));
    expect(codes.length).toBeGreaterThan(500);
    expect(codes.map(unresolved).filter(Boolean)).toEqual([]);
  });

  it('has the kinds, fields and enums the checks rely on', () => {
    expect(schemaData.kinds.DaemonSet).toEqual({ apiVersion: 'apps/v1', def: 'DaemonSet' });
    expect(schemaData.defs.WindowsSecurityContextOptions?.runAsUserName).toBe('s');
    expect(schemaData.defs.ResourceRequirements?.limits).toBe('{q');
    expect(schemaData.defs.ContainerPort?.containerPort).toBe('i');
    expect(schemaData.defs.HTTPGetAction?.port).toBe('x');
  });

  it('records the same source and Kubernetes version as the small version module', () => {
    expect(schemaData.kubernetesVersion).toBe(SCHEMA_KUBERNETES_VERSION);
    expect(schemaData.source).toBe(SCHEMA_SOURCE);
  });
});
