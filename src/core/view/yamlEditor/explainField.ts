import type { SchemaData } from '@/core/schema/schemaData';

import { guidanceFor, type FieldGuidance } from './fieldGuidance';
import { describeType, enumValues, fieldAtPath } from './fieldSchema';
import { toFieldPath, type PathSegments } from './yamlPathAt';

/** Kubernetes' description of each field, by definition then key (generated, loaded on demand). */
export type FieldDescriptions = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** What `kubectl explain` would say about a field, plus HostProcess guidance. */
export interface FieldExplanation {
  /** `DaemonSet.spec.template.spec.hostNetwork` */
  path: string;
  /** `boolean`, `[]Container`, `enum` … */
  type: string;
  /** The allowed values when the field is an enum. */
  values: readonly string[];
  description: string;
  guidance: FieldGuidance | undefined;
}

/** Explains the field a key path reaches; undefined when the schema does not know it. */
export function explainField(
  schema: SchemaData,
  descriptions: FieldDescriptions,
  kind: string | undefined,
  segments: PathSegments,
): FieldExplanation | undefined {
  const field = fieldAtPath(schema, kind, segments);
  if (!field || kind === undefined) return undefined;
  const keysOnly = segments.filter((segment) => typeof segment === 'string');
  return {
    path: `${kind}.${toFieldPath(keysOnly)}`,
    type: describeType(field.type),
    values: enumValues(schema, field.type),
    description: descriptions[field.owner]?.[field.key] ?? '',
    guidance: guidanceFor(field.key),
  };
}
