import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { RULES } from '@/core/validation/rules/index';

import type { FactSource, WindowsFact } from './windowsFact';
import { WINDOWS_FACTS } from './windowsFacts';

function isFact(value: unknown): value is WindowsFact {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as WindowsFact).id === 'string' &&
    typeof (value as WindowsFact).claim === 'string' &&
    Array.isArray((value as WindowsFact).sources)
  );
}

// Every windows*.ts module of this folder, so facts another topic file adds are checked too.
const modules = import.meta.glob<Record<string, unknown>>(['./windows*.ts', '!./*.test.ts'], {
  eager: true,
});

/** Every fact exported by a windows*.ts module, alone or in a record of facts. */
const ALL_FACTS: WindowsFact[] = [
  ...new Map(
    Object.values(modules)
      .flatMap((exports) => Object.values(exports))
      .flatMap((value) =>
        isFact(value)
          ? [value]
          : typeof value === 'object' && value !== null && !Array.isArray(value)
            ? Object.values(value).filter(isFact)
            : [],
      )
      .map((fact) => [fact, fact] as const),
  ).values(),
];

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function sourceIsValid(source: FactSource): boolean {
  if ('url' in source) return /^https:\/\/\S+$/.test(source.url);
  return (
    /^[\w.-]+\/[\w.-]+$/.test(source.repo) &&
    source.path !== '' &&
    /^[0-9a-f]{40}$/.test(source.commit)
  );
}

describe('Windows facts', () => {
  it('finds the facts of every windows*.ts module, and the registry holds all of this module’s', () => {
    expect(ALL_FACTS.length).toBeGreaterThanOrEqual(WINDOWS_FACTS.length);
    for (const fact of WINDOWS_FACTS) expect(ALL_FACTS).toContain(fact);
  });

  it.each(ALL_FACTS.map((fact) => [fact.id, fact] as const))(
    '%s has a kebab-case id, a claim and sources with a commit or a URL',
    (_, fact) => {
      expect(fact.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(fact.claim.length).toBeGreaterThan(20);
      expect(fact.sources.length).toBeGreaterThan(0);
      for (const source of fact.sources) expect(sourceIsValid(source)).toBe(true);
    },
  );

  it('has unique ids', () => {
    const ids = ALL_FACTS.map((fact) => fact.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every fact a rule cites exists', () => {
    const ids = new Set(ALL_FACTS.map((fact) => fact.id));
    for (const rule of RULES) for (const id of rule.facts ?? []) expect(ids).toContain(id);
  });

  it('every fact of this module is named by a test of the behaviour it claims', () => {
    const tests = testFiles('src')
      .filter((file) => !file.endsWith('windowsFacts.test.ts'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const untested = WINDOWS_FACTS.filter((fact) => !tests.includes(fact.id)).map((f) => f.id);
    expect(untested).toEqual([]);
  });
});
