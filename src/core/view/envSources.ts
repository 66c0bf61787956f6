import type { EnvVar } from 'kubernetes-types/core/v1';

import type { FormField } from '@/core/view/formFields';

/** Where an environment variable's value comes from, as the form offers it. */
export const ENV_SOURCES = [
  { value: 'value', label: 'Value' },
  { value: 'fieldRef', label: 'Pod field' },
  { value: 'secretKeyRef', label: 'Secret key' },
  { value: 'configMapKeyRef', label: 'ConfigMap key' },
] as const;

/** The choices of the source select: the offered sources, and any other kept as imported. */
export const ENV_SOURCE_OPTIONS = [
  ...ENV_SOURCES,
  { value: 'other', label: 'Other (kept as imported)' },
] as const;

/** One offered env source; 'other' is any source the form keeps but does not edit. */
export type EnvSource = (typeof ENV_SOURCES)[number]['value'] | 'other';

/** The source of an env var. */
export function envSourceOf(env: EnvVar): EnvSource {
  const from = env.valueFrom;
  if (!from) return 'value';
  if (from.fieldRef) return 'fieldRef';
  if (from.secretKeyRef) return 'secretKeyRef';
  if (from.configMapKeyRef) return 'configMapKeyRef';
  return 'other';
}

/** The env var switched to another source, keeping its name. */
export function withEnvSource(env: EnvVar, source: Exclude<EnvSource, 'other'>): EnvVar {
  switch (source) {
    case 'value':
      return { name: env.name, value: '' };
    case 'fieldRef':
      return { name: env.name, valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } };
    case 'secretKeyRef':
      return { name: env.name, valueFrom: { secretKeyRef: { name: '', key: '' } } };
    case 'configMapKeyRef':
      return { name: env.name, valueFrom: { configMapKeyRef: { name: '', key: '' } } };
  }
}

/** The inputs of each source, beside the variable's name. */
export const ENV_SOURCE_FIELDS: Record<
  Exclude<EnvSource, 'other'>,
  ReadonlyArray<FormField<EnvVar>>
> = {
  value: [{ label: 'Variable value', at: 'value' }],
  fieldRef: [
    {
      label: 'Pod field',
      at: 'valueFrom.fieldRef.fieldPath',
      help: 'e.g. spec.nodeName, metadata.namespace, status.hostIP',
    },
  ],
  secretKeyRef: [
    { label: 'Secret', at: 'valueFrom.secretKeyRef.name' },
    { label: 'Key', at: 'valueFrom.secretKeyRef.key' },
  ],
  configMapKeyRef: [
    { label: 'ConfigMap', at: 'valueFrom.configMapKeyRef.name' },
    { label: 'Key', at: 'valueFrom.configMapKeyRef.key' },
  ],
};

/** Pod fields a HostProcess process often wants. */
export const FIELD_REF_SUGGESTIONS = [
  'spec.nodeName',
  'metadata.name',
  'metadata.namespace',
  'status.podIP',
  'status.hostIP',
  'spec.serviceAccountName',
] as const;
