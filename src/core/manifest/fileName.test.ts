import { describe, expect, it } from 'vitest';

import { toFileName } from './fileName';

describe('toFileName', () => {
  it.each([
    ['hostprocess-example', 'hostprocess-example.yaml'],
    ['kube-proxy.v1', 'kube-proxy.v1.yaml'],
    ['../../etc/passwd', 'etc-passwd.yaml'],
    ['Bad Name!', 'Bad-Name.yaml'],
    ['', 'manifest.yaml'],
    ['...', 'manifest.yaml'],
  ])('%j → %j', (name, expected) => {
    expect(toFileName(name)).toBe(expected);
  });
});
