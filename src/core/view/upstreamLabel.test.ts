import { describe, expect, it } from 'vitest';

import { upstreamLabel } from './upstreamLabel';

describe('upstreamLabel', () => {
  it.each([
    [
      'https://github.com/kubernetes-sigs/sig-windows-tools/blob/master/hostprocess/csi-proxy/csi-proxy.yaml',
      'github.com/kubernetes-sigs/sig-windows-tools/…',
    ],
    ['https://github.com/jsturtevant/windows-debug', 'github.com/jsturtevant/windows-debug'],
    ['https://kubernetes.io/docs/', 'kubernetes.io/docs'],
  ])('shortens %s to %s', (url, label) => {
    expect(upstreamLabel(url)).toBe(label);
  });
});
