/**
 * Dev-time generator: extracts the Kubernetes API schema of the kinds we check from the type
 * declarations shipped by `kubernetes-models` (generated from the official Kubernetes OpenAPI
 * spec, with its enums) into compact JSON that `src/core/schema/checkSchema.ts` walks, and the
 * fields' descriptions (their doc comments) that the editor shows on hover, like `kubectl explain`.
 *
 * Run `npx tsx scripts/build-schema.ts` after `npm ci` and commit what it writes in
 * src/core/schema/. `--check` only compares them with what would be written (exit 1 if stale).
 * The type codes it writes are described in src/core/schema/schemaData.ts (`TypeCode`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { version } from 'kubernetes-models/package.json' with { type: 'json' };
import * as prettier from 'prettier';
import ts from 'typescript';

const OUT = 'src/core/schema';

/**
 * kubernetes-models 5.x was generated from the Kubernetes v1.36.0 OpenAPI spec (its CHANGELOG,
 * 5.0.0: "Update to Kubernetes v1.36.0"); the package itself does not record the version, so
 * keep this in step when upgrading it.
 */
const KUBERNETES_VERSION_BY_MAJOR: Record<string, string> = { 5: '1.36' };

/** The kinds we check, each with the only apiVersion that serves it in current Kubernetes. */
const KINDS = Object.entries({
  v1: 'Pod Namespace ConfigMap Secret ServiceAccount Service',
  'apps/v1': 'DaemonSet Deployment ReplicaSet StatefulSet',
  'batch/v1': 'Job CronJob',
}).flatMap(([apiVersion, kinds]) => kinds.split(' ').map((kind) => [apiVersion, kind] as const));
/** The kinds the builder writes: only their fields get descriptions. */
const DESCRIBED_KINDS = ['Pod', 'Namespace', 'DaemonSet', 'Deployment', 'Job'];

const KEYWORDS: Partial<Record<ts.SyntaxKind, string>> = {
  [ts.SyntaxKind.StringKeyword]: 's',
  // kubernetes-models types OpenAPI integers and numbers alike as `number`. They are all integers:
  // the API conventions say "Avoid floating-point values as much as possible, and never use them in
  // spec" (kubernetes/community@00d7321 contributors/devel/sig-architecture/api-conventions.md,
  // "Primitive types"); the package's compiled validators had none in these kinds at 5.1.0.
  [ts.SyntaxKind.NumberKeyword]: 'i',
  [ts.SyntaxKind.BooleanKeyword]: 'b',
  [ts.SyntaxKind.AnyKeyword]: 'a',
  [ts.SyntaxKind.UnknownKeyword]: 'a',
  [ts.SyntaxKind.ObjectKeyword]: 'a',
};

/** apimachinery scalar aliases, by the name kubernetes-models gives them. */
const SCALAR_ALIASES: Record<string, string> = {
  IQuantity: 'q',
  IIntOrString: 'x',
  ITime: 't',
  IMicroTime: 't',
};

// The types come in through the package's public entry points (`IPod` from
// `kubernetes-models/v1/Pod`), resolved as a bundler would.
const options = { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler };
const entryFiles = KINDS.map(([v, kind]) => {
  const entry = `kubernetes-models/${v}/${kind}`;
  const resolved = ts.resolveModuleName(entry, resolve('package.json'), options, ts.sys);
  if (!resolved.resolvedModule) throw new Error(`cannot resolve ${entry}`);
  return resolved.resolvedModule.resolvedFileName;
});
const program = ts.createProgram(entryFiles, options);
const checker = program.getTypeChecker();

const defs: Record<string, Record<string, string>> = {};
const descriptions: Record<string, Record<string, string>> = {};
const enums: string[][] = [];
const declByName = new Map<string, ts.InterfaceDeclaration>();

function enumCode(values: string[]): string {
  const key = JSON.stringify([...values].sort());
  let index = enums.findIndex((e) => JSON.stringify(e) === key);
  if (index < 0) index = enums.push([...values].sort()) - 1;
  return `#${index}`;
}

/** A short, unique definition name: `Container`, else the full generated alias. */
function nameFor(decl: ts.InterfaceDeclaration, fullName: string): string {
  const short = decl.name.text.replace(/^I/, '');
  const other = declByName.get(short);
  const name = other && other !== decl ? fullName.replace(/^IIoK8s/, '') : short;
  declByName.set(name, decl);
  return name;
}

function resolveDeclaration(typeName: ts.EntityName): ts.Declaration {
  const symbol = checker.getSymbolAtLocation(typeName);
  const aliased = symbol && symbol.flags & ts.SymbolFlags.Alias;
  const decl = (aliased ? checker.getAliasedSymbol(symbol) : symbol)?.declarations?.[0];
  if (!decl) throw new Error(`unresolved type ${typeName.getText()}`);
  return decl;
}

/** Turns a property's type node into a type code, registering definitions on the way. */
function codeFor(node: ts.TypeNode, propertyName = '', owner = ''): string {
  const keyword = KEYWORDS[node.kind];
  if (keyword) return keyword;
  if (ts.isLiteralTypeNode(node)) {
    // apiVersion/kind of a root kind: checked apart, with a better message.
    if (propertyName === 'apiVersion' || propertyName === 'kind') return 's';
    if (ts.isStringLiteral(node.literal)) return enumCode([node.literal.text]);
  }
  if (ts.isUnionTypeNode(node)) {
    const literals = node.types.map((t) =>
      ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? t.literal.text : null,
    );
    if (literals.every((l) => l !== null)) return enumCode(literals);
  }
  if (ts.isTypeLiteralNode(node)) {
    const index = node.members.find(ts.isIndexSignatureDeclaration);
    if (index && node.members.length === 1) return `{${codeFor(index.type)}`;
    if (node.members.length === 0) return 'a';
    // An inline object (kubernetes-models inlines the PVC in volumeClaimTemplates).
    const inlineName = `${owner}${propertyName.charAt(0).toUpperCase()}${propertyName.slice(1)}`;
    if (!defs[inlineName]) defineMembers(inlineName, node.members);
    return inlineName;
  }
  if (ts.isArrayTypeNode(node)) return `[${codeFor(node.elementType, propertyName, owner)}`;
  if (ts.isTypeReferenceNode(node)) {
    const name = node.typeName.getText();
    const [argument] = node.typeArguments ?? [];
    if (name === 'Array' && argument) return `[${codeFor(argument, propertyName, owner)}`;
    const decl = resolveDeclaration(node.typeName);
    if (ts.isTypeAliasDeclaration(decl)) {
      return SCALAR_ALIASES[decl.name.text] ?? codeFor(decl.type, propertyName);
    }
    if (ts.isInterfaceDeclaration(decl)) return defineInterface(decl, name);
  }
  throw new Error(`unsupported type node ${ts.SyntaxKind[node.kind]}: ${node.getText()}`);
}

/** Registers an interface as a definition (or `a` when it is free-form) and returns its code. */
function defineInterface(decl: ts.InterfaceDeclaration, fullName: string): string {
  // Empty interfaces are the free-form ones (FieldsV1, RawExtension): anything goes.
  if (!decl.members.some(ts.isPropertySignature)) return 'a';
  const name = nameFor(decl, fullName);
  if (!defs[name]) defineMembers(name, decl.members);
  return name;
}

function defineMembers(name: string, members: ts.NodeArray<ts.TypeElement>): void {
  const properties: Record<string, string> = {};
  const described: Record<string, string> = {};
  defs[name] = properties;
  descriptions[name] = described;
  for (const member of members) {
    if (!ts.isPropertySignature(member)) throw new Error(`unsupported member in ${name}`);
    const key = member.name.getText().replace(/^"|"$/g, '');
    if (!member.type) throw new Error(`untyped ${name}.${key}`);
    // The member's own doc comment only: the checker would also inherit TypeMeta's for apiVersion.
    const symbol =
      ts.getJSDocCommentsAndTags(member).length && checker.getSymbolAtLocation(member.name);
    const text = symbol ? ts.displayPartsToString(symbol.getDocumentationComment(checker)) : '';
    if (text) described[key] = text.trim();
    properties[key] = codeFor(member.type, key, name);
  }
}

const kinds: Record<string, { apiVersion: string; def: string }> = {};
for (const [index, [apiVersion, kind]] of KINDS.entries()) {
  const entry = checker.getSymbolAtLocation(program.getSourceFile(entryFiles[index]!)!)!;
  const symbol = checker.getExportsOfModule(entry).find((s) => s.name === `I${kind}`);
  const decl = symbol?.declarations?.[0];
  if (!decl || !ts.isInterfaceDeclaration(decl)) throw new Error(`no interface I${kind}`);
  kinds[kind] = { apiVersion, def: defineInterface(decl, `I${kind}`) };
}

/** The definitions reachable from the described kinds, through their fields' type codes. */
const reachable = new Set<string>();
const reach = (def: string) => {
  if (reachable.has(def) || !defs[def]) return;
  reachable.add(def);
  for (const code of Object.values(defs[def])) reach(code.replace(/^[[{]+/, ''));
};
for (const kind of DESCRIBED_KINDS) reach(kinds[kind]!.def);

const kubernetesVersion = KUBERNETES_VERSION_BY_MAJOR[version.split('.')[0]!];
if (!kubernetesVersion)
  throw new Error(`Unknown Kubernetes version for kubernetes-models ${version}`);
const sorted = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
const source = `kubernetes-models@${version}`;
const schema = { source, kubernetesVersion, kinds, enums, defs: sorted(defs) };
const described = sorted(Object.fromEntries([...reachable].map((d) => [d, descriptions[d]])));
const versionModule = `// Generated by scripts/build-schema.ts: do not edit.
/**
 * The Kubernetes version the schema checks come from (${source}). Kept apart from the
 * schema data so the first screen and \`cli lint --version\` can show it without loading the data.
 */
export const SCHEMA_KUBERNETES_VERSION = '${kubernetesVersion}';

/** The npm package and version the schema was extracted from. */
export const SCHEMA_SOURCE = '${source}';
`;
const check = process.argv.includes('--check');
for (const [file, text] of Object.entries({
  [`${OUT}/k8sSchema.json`]: JSON.stringify(schema),
  [`${OUT}/k8sDescriptions.json`]: JSON.stringify(described),
  [`${OUT}/schemaVersion.ts`]: versionModule,
})) {
  const config = await prettier.resolveConfig(file);
  const formatted = await prettier.format(text, { ...config, filepath: file });
  if (!check) writeFileSync(file, formatted);
  else if (!existsSync(file) || readFileSync(file, 'utf8') !== formatted) {
    console.error(`${file} is stale: run npx tsx scripts/build-schema.ts`);
    process.exitCode = 1;
  }
}
if (!check) {
  console.log(
    `${OUT}: ${Object.keys(defs).length} definitions, ${enums.length} enums, ${reachable.size} described, Kubernetes ${kubernetesVersion} from ${source}`,
  );
}
