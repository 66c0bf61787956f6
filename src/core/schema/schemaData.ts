import schemaJson from './k8sSchema.json';

/**
 * A type code, as written by `scripts/build-schema.ts`:
 * `s` string · `i` integer · `b` boolean · `q` quantity · `x` int-or-string · `t` time ·
 * `a` anything · `#N` enum N · `[T` list of T · `{T` map of T · `Name` a definition.
 */
export type TypeCode = string;

/** The compact Kubernetes API schema of the kinds we check. */
export interface SchemaData {
  /** npm package and version the schema was extracted from. */
  source: string;
  /** Kubernetes minor version of that OpenAPI spec, e.g. "1.36". */
  kubernetesVersion: string;
  /** Each supported kind, with the one apiVersion that serves it and its root definition. */
  kinds: Readonly<Record<string, { apiVersion: string; def: string }>>;
  /** Allowed values of each enum, sorted. */
  enums: readonly (readonly string[])[];
  /** Object definitions: property name → type code. */
  defs: Readonly<Record<string, Readonly<Record<string, TypeCode>>>>;
}

/** The generated schema data (its own lazy chunk in the app: only checkSchema.ts imports it). */
export const schemaData: SchemaData = schemaJson;
