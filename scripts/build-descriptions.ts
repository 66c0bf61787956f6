/**
 * Build-time generator: Kubernetes' description of every field of the kinds the builder writes,
 * taken from the doc comments of the `kubernetes-models` declarations (generated from the
 * Kubernetes OpenAPI spec), keyed by the definition names of src/core/schema/k8sSchema.json.
 * The editor shows them on hover, like `kubectl explain`.
 *
 * Run: `npx tsx scripts/build-descriptions.ts` after scripts/build-schema.mjs, then commit
 * src/core/schema/k8sDescriptions.json. `--check` only compares (exit 1 if stale).
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
const schemaFile = join(root, 'src/core/schema/k8sSchema.json');
const outFile = join(root, 'src/core/schema/k8sDescriptions.json');

/** The kinds the builder writes, with their declaration files. */
const KINDS: ReadonlyArray<[kind: string, file: string]> = [
  ['Pod', 'v1/Pod'],
  ['Namespace', 'v1/Namespace'],
  ['DaemonSet', 'apps/v1/DaemonSet'],
  ['Deployment', 'apps/v1/Deployment'],
  ['Job', 'batch/v1/Job'],
];

interface Schema {
  kinds: Record<string, { def: string }>;
  defs: Record<string, Record<string, string>>;
}

const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Schema;
const program = ts.createProgram(
  KINDS.map(([, file]) => join(modelsDir, `${file}.d.ts`)),
  { noEmit: true, skipLibCheck: true },
);
const checker = program.getTypeChecker();
const descriptions: Record<string, Record<string, string>> = {};

/** The interface or inline object a property's type reaches, through lists, maps and aliases. */
function membersOf(node: ts.TypeNode): ts.NodeArray<ts.TypeElement> | undefined {
  if (ts.isArrayTypeNode(node)) return membersOf(node.elementType);
  if (ts.isTypeLiteralNode(node)) {
    const index = node.members.find(ts.isIndexSignatureDeclaration);
    return index && node.members.length === 1 ? membersOf(index.type) : node.members;
  }
  if (!ts.isTypeReferenceNode(node)) return undefined;
  const [argument] = node.typeArguments ?? [];
  if (node.typeName.getText() === 'Array' && argument) return membersOf(argument);
  let symbol = checker.getSymbolAtLocation(node.typeName);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const decl = symbol?.declarations?.[0];
  if (decl && ts.isInterfaceDeclaration(decl)) return decl.members;
  if (decl && ts.isTypeAliasDeclaration(decl)) return membersOf(decl.type);
  return undefined;
}

/** The definition name inside a type code (`[Container` → `Container`), if it names one. */
function defName(code: string): string | undefined {
  const bare = code.replace(/^[[{]+/, '');
  return schema.defs[bare] ? bare : undefined;
}

function describe(def: string, members: ts.NodeArray<ts.TypeElement>): void {
  if (descriptions[def]) return;
  const properties: Record<string, string> = {};
  descriptions[def] = properties;
  for (const member of members) {
    if (!ts.isPropertySignature(member) || !member.type) continue;
    const key = member.name.getText().replace(/^"|"$/g, '');
    const symbol = checker.getSymbolAtLocation(member.name);
    const text = symbol ? ts.displayPartsToString(symbol.getDocumentationComment(checker)) : '';
    if (text) properties[key] = text.trim();
    const code = schema.defs[def]?.[key];
    const child = code === undefined ? undefined : defName(code);
    const childMembers = child ? membersOf(member.type) : undefined;
    if (child && childMembers) describe(child, childMembers);
  }
}

for (const [kind, file] of KINDS) {
  const source = program.getSourceFile(join(modelsDir, `${file}.d.ts`));
  const decl = source?.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === `I${kind}`,
  );
  const def = schema.kinds[kind]?.def;
  if (!decl || !def) throw new Error(`I${kind} not found in ${file}.d.ts or k8sSchema.json`);
  describe(def, decl.members);
}

const sorted = Object.fromEntries(
  Object.entries(descriptions).sort(([a], [b]) => a.localeCompare(b)),
);
const options = (await prettier.resolveConfig(outFile)) ?? {};
const text = await prettier.format(JSON.stringify(sorted), { ...options, parser: 'json' });

if (process.argv.includes('--check')) {
  const stale = !existsSync(outFile) || readFileSync(outFile, 'utf8') !== text;
  if (stale) console.error(`${outFile} is stale: run npx tsx scripts/build-descriptions.ts`);
  process.exitCode = stale ? 1 : 0;
} else {
  writeFileSync(outFile, text);
  console.log(`${outFile}: ${Object.keys(sorted).length} definitions`);
}
