import { readFileSync, readdirSync } from 'node:fs';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { runLint } from './lint';
import { createDraft } from '@/core/model/draft';
import { decodeShare, encodeShare } from '@/core/share/shareCodec';

import { importManifests } from '@/core/import/importManifests';

const FIXTURES = new URL('../core/import/fixtures/', import.meta.url);
const manifests = readdirSync(FIXTURES).map((file) =>
  readFileSync(new URL(file, FIXTURES), 'utf8'),
);

/** Pieces that stress a YAML reader: anchors, aliases, merges, flow nesting, tags, odd scalars. */
const YAML_PIECES = [
  '&a ',
  '*a',
  '<<: *a\n',
  '[[[[[[',
  ']]]',
  '{',
  '}',
  '!!binary ',
  '!!set ',
  '? ',
  '- ',
  '---\n',
  'kind: List\nitems:\n- ',
  '__proto__: ',
  'constructor: ',
  'yes',
  '010',
  '\t',
  '\u0000',
  '\ufeff',
  '"\\u',
  '|\n',
];

/** A text edited at random places: pieces inserted, ranges deleted or repeated. */
function mutated(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.oneof(
    fc.record({ at: fc.nat(), insert: fc.oneof(fc.constantFrom(...YAML_PIECES), fc.string()) }),
    fc.record({ at: fc.nat(), remove: fc.integer({ min: 1, max: 40 }) }),
    fc.record({
      at: fc.nat(),
      repeat: fc.integer({ min: 1, max: 400 }),
      times: fc.integer({ min: 2, max: 50 }),
    }),
  );
  return fc.tuple(base, fc.array(edit, { minLength: 1, maxLength: 6 })).map(([text, edits]) =>
    edits.reduce((current, change) => {
      const at = change.at % (current.length + 1);
      if ('insert' in change) return current.slice(0, at) + change.insert + current.slice(at);
      if ('remove' in change) return current.slice(0, at) + current.slice(at + change.remove);
      const piece = current.slice(at, at + change.repeat);
      return current.slice(0, at) + piece.repeat(change.times) + current.slice(at);
    }, text),
  );
}

/** Runs `work`, failing on a throw or on taking 2 s or more. */
async function bounded(work: () => unknown): Promise<void> {
  const started = performance.now();
  await work();
  expect(performance.now() - started).toBeLessThan(2000);
}

const lint = (text: string) =>
  runLint(['manifest.yaml'], {
    readText: () => Promise.resolve(text),
    out: () => undefined,
    err: () => undefined,
    color: false,
  });

describe('hostile input never escapes as a throw, and each input takes under 2 s', () => {
  const manifestText = fc.oneof(
    mutated(fc.constantFrom(...manifests)),
    fc.string({ unit: 'binary', maxLength: 2000 }),
    fc.jsonValue({ maxDepth: 6 }).map((value) => JSON.stringify(value)),
  );

  it('importer and CLI lint (property)', async () => {
    await fc.assert(
      fc.asyncProperty(manifestText, async (text) => {
        await bounded(() => {
          const result = importManifests(text);
          expect(typeof result.ok).toBe('boolean');
        });
        await bounded(async () => expect([0, 1, 2]).toContain(await lint(text)));
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it('share decoder on random and mutated codes (property)', async () => {
    const good = encodeShare(createDraft());
    const code = fc.oneof(
      mutated(fc.constant(good)),
      fc.string({ maxLength: 400 }).map((body) => `v1.${body}`),
      fc.jsonValue({ maxDepth: 8 }).map((value) => encodeShare(value as never)),
    );
    await fc.assert(
      fc.asyncProperty(code, async (text) => {
        await bounded(() => {
          const result = decodeShare(text);
          expect(typeof result.ok).toBe('boolean');
        });
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
