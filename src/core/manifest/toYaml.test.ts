import { load, loadAll } from 'js-yaml';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { KUBERNETES_YAML_SCHEMA } from '@/core/import/kubernetesYaml';

import { toYaml } from './toYaml';

describe('toYaml', () => {
  it('separates documents with ---', () => {
    expect(toYaml([{ a: 1 }, { b: 2 }])).toBe('a: 1\n---\nb: 2\n');
  });

  it('puts identity first, name first in list items and containers in kubectl order', () => {
    const yaml = toYaml([
      {
        spec: {
          containers: [{ command: ['x'], image: 'i', name: 'c' }],
          volumes: [{ emptyDir: {}, name: 'v' }],
        },
        metadata: { labels: { a: 'b' }, name: 'web', namespace: 'ns' },
        kind: 'Pod',
        apiVersion: 'v1',
      },
    ]);
    expect(yaml).toBe(
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: web',
        '  namespace: ns',
        '  labels:',
        '    a: b',
        'spec:',
        '  containers:',
        '  - name: c',
        '    image: i',
        '    command:',
        '    - x',
        '  volumes:',
        '  - name: v',
        '    emptyDir: {}',
        '',
      ].join('\n'),
    );
  });

  it('double-quotes backslashes like the docs and keeps them', () => {
    const value = { user: 'NT AUTHORITY\\Local service', path: 'C:\\Program Files\\x\\' };
    const yaml = toYaml([value]);
    expect(yaml).toContain('user: "NT AUTHORITY\\\\Local service"');
    expect(load(yaml)).toStrictEqual(value);
  });

  it('quotes strings kubectl would read as numbers, keys and values alike', () => {
    const object = { '0X1F': '0O17', '0B101': '1_000', port: 8080, big: 1e21 };
    const yaml = toYaml([object]);
    expect(yaml).toContain(`'0X1F': '0O17'`);
    expect(load(yaml, { schema: KUBERNETES_YAML_SCHEMA })).toStrictEqual(object);
  });

  it('never folds long lines', () => {
    const long = 'x '.repeat(100).trim();
    expect(toYaml([{ long }]).split('\n')).toHaveLength(2);
  });

  it('drops undefined members', () => {
    expect(toYaml([{ a: undefined, b: 1 }])).toBe('b: 1\n');
  });

  it('round-trips any JSON value: load(toYaml(x)) deep-equals x', () => {
    const json = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.string(), json), { minLength: 1, maxLength: 3 }),
        (raw) => {
          const docs = JSON.parse(JSON.stringify(raw)) as unknown[];
          expect(loadAll(toYaml(docs))).toStrictEqual(docs);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('round-trips strings full of backslashes, quotes and YAML syntax', () => {
    const tricky = fc.string({
      unit: fc.constantFrom(
        '\\',
        '"',
        "'",
        ':',
        '#',
        '-',
        ' ',
        '\n',
        '\t',
        'C',
        'a',
        '1',
        '&',
        '*',
        '!',
      ),
    });
    fc.assert(
      fc.property(tricky, tricky, (key, value) => {
        const doc = JSON.parse(JSON.stringify({ [key]: value, list: [value] })) as unknown;
        expect(load(toYaml([doc]))).toStrictEqual(doc);
      }),
      { numRuns: 300 },
    );
  });
});
