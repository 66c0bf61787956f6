import { parseQuantity } from '@/core/validation/quantity';
import type { FieldPath, Finding } from '@/core/validation/types';

import { didYouMean } from './didYouMean';
import { schemaData } from './schemaData';
import type { TypeCode } from './schemaData';
import { enumMessage, quantityMessage, wrongTypeMessage } from './schemaMessages';

export { SCHEMA_KUBERNETES_VERSION } from './schemaVersion';

/** Rule ids of the schema findings, one per kind of mistake. */
export const SCHEMA_RULE_IDS = {
  unknownField: 'schema-unknown-field',
  wrongType: 'schema-wrong-type',
  enum: 'schema-enum',
  quantity: 'schema-quantity',
  apiVersion: 'schema-api-version',
} as const;

const FIELD_VALIDATION_DOC =
  'https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation';
const QUANTITY_DOC =
  'https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/';
const API_REFERENCE = 'https://kubernetes.io/docs/reference/kubernetes-api/';
const REFERENCE_PAGES: Readonly<Record<string, string>> = {
  Pod: 'workload-resources/pod-v1/',
  DaemonSet: 'workload-resources/daemon-set-v1/',
  Deployment: 'workload-resources/deployment-v1/',
  ReplicaSet: 'workload-resources/replica-set-v1/',
  StatefulSet: 'workload-resources/stateful-set-v1/',
  Job: 'workload-resources/job-v1/',
  CronJob: 'workload-resources/cron-job-v1/',
  Namespace: 'cluster-resources/namespace-v1/',
  ConfigMap: 'config-and-storage-resources/config-map-v1/',
  Secret: 'config-and-storage-resources/secret-v1/',
  ServiceAccount: 'authentication-resources/service-account-v1/',
  Service: 'service-resources/service-v1/',
};

// The schema has no recursive definitions; this only guards against surprises in the data.
const MAX_DEPTH = 64;

interface Walk {
  findings: Finding[];
  referenceDoc: string;
}

/**
 * Checks one Kubernetes object against the API schema of its kind, as `kubectl apply` with strict
 * field validation would: unknown fields (with a did-you-mean), wrong value types, unsupported
 * enum values, malformed quantities, and an apiVersion that does not serve the kind. Kinds we do
 * not know (CRDs, …) and non-objects give no finding. Pure; never throws.
 */
export function checkSchema(object: unknown): Finding[] {
  if (!isPlainObject(object)) return [];
  const kind = object.kind;
  if (typeof kind !== 'string' || !Object.hasOwn(schemaData.kinds, kind)) return [];
  const served = schemaData.kinds[kind];
  if (!served) return [];

  const walk: Walk = {
    findings: [],
    referenceDoc: API_REFERENCE + (REFERENCE_PAGES[kind] ?? ''),
  };
  const apiVersion = object.apiVersion;
  if (apiVersion !== served.apiVersion) {
    walk.findings.push({
      ruleId: SCHEMA_RULE_IDS.apiVersion,
      severity: 'error',
      stage: 'api-server',
      path: 'apiVersion',
      message:
        apiVersion === undefined || apiVersion === null
          ? `apiVersion is not set: ${kind} is served by apiVersion "${served.apiVersion}"`
          : `no matches for kind "${kind}" in version ${JSON.stringify(apiVersion)}: ` +
            `${kind} is served by apiVersion "${served.apiVersion}"`,
      docUrl: walk.referenceDoc,
    });
  }
  checkValue(walk, object, served.def, '', 0);
  return walk.findings;
}

/** {@link checkSchema} for each object of a multi-document stream, in order. */
export function checkSchemaAll(objects: readonly unknown[]): Finding[][] {
  return objects.map((object) => checkSchema(object));
}

function checkValue(walk: Walk, value: unknown, code: TypeCode, path: FieldPath, depth: number) {
  // `null` decodes to the zero value (kubectl itself writes `creationTimestamp: null`).
  if (value === null || value === undefined || code === 'a' || depth > MAX_DEPTH) return;
  const head = code.charAt(0);
  if (head === '[') {
    if (!Array.isArray(value)) return wrongType(walk, path, code, value);
    const item = code.slice(1);
    value.forEach((element, i) => checkValue(walk, element, item, `${path}[${i}]`, depth + 1));
    return;
  }
  if (head === '{') {
    if (!isPlainObject(value)) return wrongType(walk, path, code, value);
    const item = code.slice(1);
    for (const [key, element] of Object.entries(value)) {
      checkValue(walk, element, item, `${path}[${key}]`, depth + 1);
    }
    return;
  }
  if (head === '#') return checkEnum(walk, value, code, path);
  switch (code) {
    case 's':
      if (typeof value !== 'string') wrongType(walk, path, code, value);
      return;
    case 'i':
      if (!isInteger(value)) wrongType(walk, path, code, value);
      return;
    case 'b':
      if (typeof value !== 'boolean') wrongType(walk, path, code, value);
      return;
    case 'x':
      if (typeof value !== 'string' && !isInteger(value)) wrongType(walk, path, code, value);
      return;
    case 't':
      if (typeof value !== 'string' && !(value instanceof Date)) wrongType(walk, path, code, value);
      return;
    case 'q':
      return checkQuantity(walk, value, path);
    default:
      return checkObject(walk, value, code, path, depth);
  }
}

function checkObject(walk: Walk, value: unknown, def: string, path: FieldPath, depth: number) {
  const properties = schemaData.defs[def];
  if (!properties) return;
  if (!isPlainObject(value)) return wrongType(walk, path, def, value);
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    const childCode = Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (childCode === undefined) {
      unknownField(walk, childPath, path, key, Object.keys(properties));
    } else {
      checkValue(walk, child, childCode, childPath, depth + 1);
    }
  }
}

function checkEnum(walk: Walk, value: unknown, code: TypeCode, path: FieldPath) {
  const allowed = schemaData.enums[Number(code.slice(1))] ?? [];
  if (typeof value !== 'string') return wrongType(walk, path, code, value, allowed);
  // Status is dropped on create/update, so its values are never validated against the enum.
  if (allowed.includes(value) || path === 'status' || path.startsWith('status.')) return;
  walk.findings.push({
    ruleId: SCHEMA_RULE_IDS.enum,
    severity: 'error',
    stage: 'api-server',
    path,
    message: enumMessage(value, allowed),
    docUrl: walk.referenceDoc,
  });
}

function checkQuantity(walk: Walk, value: unknown, path: FieldPath) {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) wrongType(walk, path, 'q', value);
    return;
  }
  if (typeof value !== 'string') return wrongType(walk, path, 'q', value);
  if (parseQuantity(value).ok) return;
  walk.findings.push({
    ruleId: SCHEMA_RULE_IDS.quantity,
    severity: 'error',
    stage: 'api-server',
    path,
    message: quantityMessage(value),
    docUrl: QUANTITY_DOC,
  });
}

function wrongType(
  walk: Walk,
  path: FieldPath,
  code: TypeCode,
  value: unknown,
  enumValues?: readonly string[],
) {
  walk.findings.push({
    ruleId: SCHEMA_RULE_IDS.wrongType,
    severity: 'error',
    stage: 'api-server',
    path,
    message: wrongTypeMessage(code, value, enumValues),
    docUrl: walk.referenceDoc,
  });
}

function unknownField(
  walk: Walk,
  path: FieldPath,
  parentPath: FieldPath,
  key: string,
  siblings: readonly string[],
) {
  const suggestions = didYouMean(key, siblings);
  const hint =
    suggestions.length > 0
      ? `; did you mean ${suggestions.map((s) => JSON.stringify(s)).join(' or ')}?`
      : '';
  const only = suggestions.length === 1 ? suggestions[0] : undefined;
  walk.findings.push({
    ruleId: SCHEMA_RULE_IDS.unknownField,
    severity: 'error',
    stage: 'api-server',
    path,
    message: `unknown field ${JSON.stringify(path)}${hint}`,
    docUrl: FIELD_VALIDATION_DOC,
    ...(only === undefined
      ? {}
      : {
          fix: {
            kind: 'rename-key',
            label: `rename “${key}” to “${only}”`,
            parentPath,
            from: key,
            to: only,
          },
        }),
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
  );
}

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}
