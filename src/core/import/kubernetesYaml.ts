import {
  FAILSAFE_SCHEMA,
  NOT_RESOLVED,
  Schema,
  boolYaml11Tag,
  defineScalarTag,
  floatCoreTag,
  mergeTag,
  nullYaml11Tag,
} from 'js-yaml';

import { MAX_DEPTH } from './inputLimits';

/**
 * An integer as go-yaml v2 reads one: underscores dropped, then Go's `strconv.ParseInt(s, 0, 64)`,
 * so `010` is octal 8 and `0x1F`, `0o17`, `0b101` work; unlike js-yaml's YAML 1.1 tag there are no
 * sexagesimal forms (`8080:80` stays a string). Source: kubernetes-sigs/yaml goyaml.v2/resolve.go
 * at 0fe7da35, `resolve`, case 'D', 'S'.
 */
const GO_INTEGER = /^([-+]?)(?:0[bB]([01]+)|0[oO]?([0-7]+)|0[xX]([0-9a-fA-F]+)|([1-9][0-9]*|0))$/;

function resolveGoInteger(source: string): number | typeof NOT_RESOLVED {
  const match = GO_INTEGER.exec(source.replace(/_/g, ''));
  if (!match) return NOT_RESOLVED;
  const [, sign, binary, octal, hex, decimal] = match;
  const magnitude =
    binary !== undefined
      ? parseInt(binary, 2)
      : octal !== undefined
        ? parseInt(octal, 8)
        : hex !== undefined
          ? parseInt(hex, 16)
          : parseInt(decimal ?? '', 10);
  return sign === '-' ? -magnitude : magnitude;
}

const goIntegerTag = defineScalarTag<number>('tag:yaml.org,2002:int', {
  implicit: true,
  implicitFirstChars: ['-', '+', ...'0123456789'],
  resolve: resolveGoInteger,
  // 1e21 and beyond print with an exponent, which is not an integer to go-yaml: they stay floats.
  identify: (object) => Number.isInteger(object) && !String(object).includes('e'),
  represent: (object) => String(object),
});

/**
 * YAML as the API server and kubectl read it. Both go through sigs.k8s.io/yaml, which parses with
 * go-yaml v2 (YAML 1.1): `yes`/`no`/`on`/`off`/`y`/`n` in any of their three casings are booleans,
 * `010` is 8, and `<<` merge keys are resolved (goyaml.v2/resolve.go, `resolveMapList`).
 * Timestamps stay strings, as go-yaml v2 hands them to an `interface{}` (goyaml.v2/decode.go).
 * The importer, the command-line tool and the YAML editor all read with this schema.
 */
export const KUBERNETES_YAML_SCHEMA: Schema = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  goIntegerTag,
  floatCoreTag,
  mergeTag,
]);

/**
 * Loader options for untrusted text: the Kubernetes schema, plus caps on what YAML aliases and
 * merges may expand to. go-yaml v2 refuses "excessive aliasing" by ratio (goyaml.v2/decode.go,
 * `allowedAliasRatio`); a fixed count is the simple equivalent here, and the node count checked
 * after loading (`checkShape`) catches what expands from few aliases.
 */
export const KUBERNETES_YAML_LOAD_OPTIONS = {
  schema: KUBERNETES_YAML_SCHEMA,
  maxAliases: 1000,
  maxTotalMergeKeys: 1000,
  maxDepth: MAX_DEPTH,
} as const;
