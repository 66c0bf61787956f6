#!/usr/bin/env node
/**
 * Dev-time generator: extracts the Kubernetes API schema of the kinds we check from the type
 * declarations shipped by `kubernetes-models` (generated from the official Kubernetes OpenAPI
 * spec, with its enums) and writes a compact JSON file that `src/core/schema/checkSchema.ts`
 * walks. Only definitions reachable from the supported kinds are kept; descriptions are dropped.
 *
 * Run: `node scripts/build-schema.mjs` (after `npm ci`), then commit src/core/schema/k8sSchema.json
 * and schemaVersion.ts. `--check` only compares them with what would be generated (exit 1 if stale).
 *
 * Type codes in the output (see src/core/schema/schemaData.ts):
 *   s string · i integer · b boolean · q quantity · x int-or-string · t time · a anything
 *   #N enum number N · [T list of T · {T map of T · Name a definition in `defs`
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import * as prettier from 'prettier';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const modelsDir = dirname(require.resolve('kubernetes-models/package.json'));
const modelsPackage = JSON.parse(readFileSync(join(modelsDir, 'package.json'), 'utf8'));
const outFile = join(root, 'src/core/schema/k8sSchema.json');
const versionFile = join(root, 'src/core/schema/schemaVersion.ts');

/**
 * kubernetes-models 5.x was generated from the Kubernetes v1.36.0 OpenAPI spec (its CHANGELOG,
 * 5.0.0: "Update to Kubernetes v1.36.0"); the package itself does not record the version, so
 * keep this in step when upgrading it.
 */
const KUBERNETES_VERSION_BY_MAJOR = { 5: '1.36' };

/** The kinds we check, each with the only apiVersion that serves it in current Kubernetes. */
const KINDS = [
  ['v1', 'Pod', 'v1/Pod'],
  ['v1', 'Namespace', 'v1/Namespace'],
  ['v1', 'ConfigMap', 'v1/ConfigMap'],
  ['v1', 'Secret', 'v1/Secret'],
  ['v1', 'ServiceAccount', 'v1/ServiceAccount'],
  ['v1', 'Service', 'v1/Service'],
  ['apps/v1', 'DaemonSet', 'apps/v1/DaemonSet'],
  ['apps/v1', 'Deployment', 'apps/v1/Deployment'],
  ['apps/v1', 'ReplicaSet', 'apps/v1/ReplicaSet'],
  ['apps/v1', 'StatefulSet', 'apps/v1/StatefulSet'],
  ['batch/v1', 'Job', 'batch/v1/Job'],
  ['batch/v1', 'CronJob', 'batch/v1/CronJob'],
];

/** apimachinery scalar aliases, by the name kubernetes-models gives them. */
const SCALAR_ALIASES = {
  IQuantity: 'q',
  IIntOrString: 'x',
  ITime: 't',
  IMicroTime: 't',
};

const rootFiles = KINDS.map(([, , file]) => join(modelsDir, `${file}.d.ts`));
const program = ts.createProgram(rootFiles, { noEmit: true, skipLibCheck: true });
const checker = program.getTypeChecker();

/** @type {Record<string, Record<string, string>>} */
const defs = {};
/** @type {string[][]} */
const enums = [];
/** @type {Map<ts.InterfaceDeclaration, string>} */
const defNames = new Map();
/** @type {Map<string, ts.InterfaceDeclaration>} */
const declByName = new Map();
/** Compiled validators checked for the "all numbers are integers" assumption. */
const validatorFiles = new Set();

function enumCode(values) {
  const sorted = [...values].sort();
  const key = JSON.stringify(sorted);
  let index = enums.findIndex((e) => JSON.stringify(e) === key);
  if (index < 0) index = enums.push(sorted) - 1;
  return `#${index}`;
}

/** A short, unique definition name: `Container`, else the full generated alias. */
function nameFor(decl, fullName) {
  const existing = defNames.get(decl);
  if (existing) return existing;
  const short = decl.name.text.replace(/^I/, '');
  const other = declByName.get(short);
  const name = other && other !== decl ? fullName.replace(/^IIoK8s/, '') : short;
  defNames.set(decl, name);
  declByName.set(name, decl);
  return name;
}

function resolveDeclaration(typeName) {
  let symbol = checker.getSymbolAtLocation(typeName);
  if (!symbol) throw new Error(`unresolved type ${typeName.getText()}`);
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const decl = symbol.declarations?.[0];
  if (!decl) throw new Error(`no declaration for ${typeName.getText()}`);
  return decl;
}

/** Remembers the compiled validator of a declaration, in the `_schemas` folder of its package. */
function noteValidator(decl) {
  const alias = /export type \{ I\w+ as I(IoK8s\w+),/.exec(decl.getSourceFile().text)?.[1];
  if (!alias) throw new Error(`no generated alias in ${decl.getSourceFile().fileName}`);
  let dir = dirname(decl.getSourceFile().fileName);
  while (!existsSync(join(dir, '_schemas')) && dirname(dir) !== dir) dir = dirname(dir);
  validatorFiles.add(join(dir, '_schemas', `${alias}.js`));
}

/** Turns a property's type node into a type code, registering definitions on the way. */
function codeFor(node, propertyName, owner = '') {
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return 's';
    case ts.SyntaxKind.NumberKeyword:
      return 'i';
    case ts.SyntaxKind.BooleanKeyword:
      return 'b';
    case ts.SyntaxKind.AnyKeyword:
    case ts.SyntaxKind.UnknownKeyword:
    case ts.SyntaxKind.ObjectKeyword:
      return 'a';
    case ts.SyntaxKind.LiteralType:
      // apiVersion/kind of a root kind: checked apart, with a better message.
      if (propertyName === 'apiVersion' || propertyName === 'kind') return 's';
      return enumCode([node.literal.text]);
    case ts.SyntaxKind.UnionType: {
      const literals = node.types.map((t) =>
        t.kind === ts.SyntaxKind.LiteralType && ts.isStringLiteral(t.literal)
          ? t.literal.text
          : null,
      );
      if (literals.every((l) => l !== null)) return enumCode(literals);
      throw new Error(`unsupported union ${node.getText()}`);
    }
    case ts.SyntaxKind.TypeLiteral: {
      const index = node.members.find(ts.isIndexSignatureDeclaration);
      if (index && node.members.length === 1) return `{${codeFor(index.type)}`;
      if (node.members.length === 0) return 'a';
      // An inline object (kubernetes-models inlines the PVC in volumeClaimTemplates).
      const inlineName = `${owner}${propertyName.charAt(0).toUpperCase()}${propertyName.slice(1)}`;
      if (!defs[inlineName]) defineMembers(inlineName, node.members);
      return inlineName;
    }
    case ts.SyntaxKind.ArrayType:
      return `[${codeFor(node.elementType, propertyName, owner)}`;
    case ts.SyntaxKind.TypeReference: {
      const name = node.typeName.getText();
      if (name === 'Array' && node.typeArguments?.length === 1) {
        return `[${codeFor(node.typeArguments[0], propertyName, owner)}`;
      }
      const decl = resolveDeclaration(node.typeName);
      if (ts.isTypeAliasDeclaration(decl)) {
        return SCALAR_ALIASES[decl.name.text] ?? codeFor(decl.type, propertyName);
      }
      if (ts.isInterfaceDeclaration(decl)) return defineInterface(decl, name);
      throw new Error(`unsupported reference ${name}`);
    }
    default:
      throw new Error(`unsupported type node ${ts.SyntaxKind[node.kind]}: ${node.getText()}`);
  }
}

/** Registers an interface as a definition (or `a` when it is free-form) and returns its code. */
function defineInterface(decl, fullName) {
  // Empty interfaces are the free-form ones (FieldsV1, RawExtension): anything goes.
  if (!decl.members.some(ts.isPropertySignature)) return 'a';
  const name = nameFor(decl, fullName);
  if (defs[name]) return name;
  noteValidator(decl);
  defineMembers(name, decl.members);
  return name;
}

function defineMembers(name, members) {
  const properties = {};
  defs[name] = properties;
  for (const member of members) {
    if (!ts.isPropertySignature(member)) throw new Error(`unsupported member in ${name}`);
    const key = member.name.getText().replace(/^"|"$/g, '');
    if (!member.type) throw new Error(`untyped ${name}.${key}`);
    properties[key] = codeFor(member.type, key, name);
  }
}

const kinds = {};
for (const [apiVersion, kind, file] of KINDS) {
  const source = program.getSourceFile(join(modelsDir, `${file}.d.ts`));
  const decl = source?.statements.find(
    (s) => ts.isInterfaceDeclaration(s) && s.name.text === `I${kind}`,
  );
  if (!decl) throw new Error(`interface I${kind} not found in ${file}.d.ts`);
  kinds[kind] = { apiVersion, def: defineInterface(decl, `I${kind}`) };
}

// kubernetes-models types every OpenAPI integer and number as `number`; we call them all
// integers, which holds as long as no compiled validator we rely on accepts non-integers.
for (const file of validatorFiles) {
  if (readFileSync(file, 'utf8').includes('params:{type:"number"}')) {
    throw new Error(`${file} has a non-integer number: teach the generator the "n" code`);
  }
}

const major = Number(String(modelsPackage.version).split('.')[0]);
const kubernetesVersion = KUBERNETES_VERSION_BY_MAJOR[major];
if (!kubernetesVersion) {
  throw new Error(`Unknown Kubernetes version for kubernetes-models ${modelsPackage.version}`);
}

const data = {
  source: `kubernetes-models@${modelsPackage.version}`,
  kubernetesVersion,
  kinds,
  enums,
  defs: Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b))),
};
const options = (await prettier.resolveConfig(outFile)) ?? {};
const versionModule = `// Generated by scripts/build-schema.mjs: do not edit.
/**
 * The Kubernetes version the schema checks come from (${data.source}). Kept apart from the
 * schema data so the first screen and \`cli lint --version\` can show it without loading the data.
 */
export const SCHEMA_KUBERNETES_VERSION = '${kubernetesVersion}';

/** The npm package and version the schema was extracted from. */
export const SCHEMA_SOURCE = '${data.source}';
`;
const outputs = [
  [outFile, await prettier.format(JSON.stringify(data), { ...options, parser: 'json' })],
  [versionFile, await prettier.format(versionModule, { ...options, parser: 'typescript' })],
];

if (process.argv.includes('--check')) {
  // CI/test mode: the committed files must be what the installed package generates.
  const stale = outputs.filter(
    ([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text,
  );
  for (const [file] of stale) console.error(`${file} is stale: run node scripts/build-schema.mjs`);
  process.exitCode = stale.length > 0 ? 1 : 0;
} else {
  for (const [file, text] of outputs) writeFileSync(file, text);
  console.log(
    `${outFile}: ${Object.keys(defs).length} definitions, ${enums.length} enums, ` +
      `Kubernetes ${kubernetesVersion} from ${data.source}`,
  );
}
