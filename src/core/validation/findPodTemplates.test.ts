import { describe, expect, it } from 'vitest';

import { findPodTemplates } from './findPodTemplates';

const spec = { containers: [{ name: 'c', image: 'i:1' }] };
const template = { metadata: { labels: { app: 'x' } }, spec };

describe('findPodTemplates', () => {
  it('finds a Pod spec with no prefix', () => {
    expect(findPodTemplates({ kind: 'Pod', metadata: { name: 'p' }, spec })).toEqual([
      { prefix: '', template: { metadata: { name: 'p' }, spec } },
    ]);
  });

  it.each([['DaemonSet'], ['Deployment'], ['ReplicaSet'], ['StatefulSet'], ['Job']])(
    'finds a %s template',
    (kind) => {
      expect(findPodTemplates({ kind, spec: { template } })).toEqual([
        { prefix: 'spec.template.', template },
      ]);
    },
  );

  it('finds a CronJob template', () => {
    expect(
      findPodTemplates({ kind: 'CronJob', spec: { jobTemplate: { spec: { template } } } }),
    ).toEqual([{ prefix: 'spec.jobTemplate.spec.template.', template }]);
  });

  it.each([[{ kind: 'ConfigMap', data: {} }], [null], ['text'], [[1, 2]], [{ kind: 42 }]])(
    'finds nothing in %j',
    (object) => {
      expect(findPodTemplates(object)).toEqual([]);
    },
  );

  it.each([
    [{ kind: 'DaemonSet', spec: 'x' }],
    [{ kind: 'CronJob', spec: { jobTemplate: [] } }],
    [{ kind: 'Pod', spec: 5, metadata: [] }],
  ])('gives an empty template for a broken %j', (object) => {
    const [found] = findPodTemplates(object);
    expect(found?.template).toEqual({ metadata: {}, spec: {} });
  });
});
