import type { SchemaData, TypeCode } from '@/core/schema/schemaData';

import type { PathSegments } from './yamlPathAt';

/** A field of the Kubernetes schema: the definition that declares it and its type. */
export interface SchemaField {
  /** The definition (object type) holding the field, e.g. `PodSpec`. */
  owner: string;
  key: string;
  type: TypeCode;
}

/** A type code without list or map wrappers, the element a list index or map key reaches. */
function element(code: TypeCode): TypeCode {
  return code.startsWith('[') || code.startsWith('{') ? code.slice(1) : code;
}

/**
 * The type reached by a path from a kind's root (keys and list indexes); undefined when the path
 * leaves the schema (an unknown key, a field inside a free-form value).
 */
export function typeAtPath(
  schema: SchemaData,
  kind: string | undefined,
  segments: PathSegments,
): TypeCode | undefined {
  const root = kind === undefined ? undefined : schema.kinds[kind];
  if (!root) return undefined;
  let code: TypeCode = root.def;
  for (const segment of segments) {
    if (typeof segment === 'number') {
      if (!code.startsWith('[')) return undefined;
      code = code.slice(1);
      continue;
    }
    if (code.startsWith('{')) {
      code = code.slice(1);
      continue;
    }
    const def = schema.defs[element(code)];
    const next = def?.[segment];
    if (next === undefined) return undefined;
    code = next;
  }
  return code;
}

/** The schema field a key path ends at, with the definition that declares it. */
export function fieldAtPath(
  schema: SchemaData,
  kind: string | undefined,
  segments: PathSegments,
): SchemaField | undefined {
  const key = segments.at(-1);
  if (typeof key !== 'string') return undefined;
  const owner = typeAtPath(schema, kind, segments.slice(0, -1));
  if (owner === undefined) return undefined;
  const def = schema.defs[element(owner)];
  const type = def?.[key];
  if (type === undefined) return undefined;
  return { owner: element(owner), key, type };
}

/** The keys a mapping at this path may hold, sorted; empty when the path is not an object. */
export function keysAtPath(
  schema: SchemaData,
  kind: string | undefined,
  segments: PathSegments,
): string[] {
  const code = typeAtPath(schema, kind, segments);
  if (code === undefined) return [];
  const def = schema.defs[element(code)];
  return def ? Object.keys(def).sort() : [];
}

/** The allowed values of an enum type; empty for any other type. */
export function enumValues(schema: SchemaData, type: TypeCode): readonly string[] {
  const match = /^#(\d+)$/.exec(type);
  return match ? (schema.enums[Number(match[1])] ?? []) : [];
}

const SCALARS: Readonly<Record<string, string>> = {
  s: 'string',
  i: 'integer',
  b: 'boolean',
  q: 'Quantity',
  x: 'IntOrString',
  t: 'Time',
  a: 'Object',
};

/** A type as `kubectl explain` prints it: `<boolean>`, `<[]Container>`, `<map[string]string>`. */
export function describeType(type: TypeCode): string {
  if (type.startsWith('[')) return `[]${describeType(type.slice(1))}`;
  if (type.startsWith('{')) return `map[string]${describeType(type.slice(1))}`;
  if (type.startsWith('#')) return 'enum';
  return SCALARS[type] ?? type;
}
