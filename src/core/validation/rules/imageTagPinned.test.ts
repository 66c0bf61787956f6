import { describe, expect, it } from 'vitest';

import { containing, pod, runRule } from '../support/testPods';
import { imageTagPinned } from './imageTagPinned';

const withImage = (image: string) => pod({ containers: [{ name: 'c', image }] });

describe('image-tag-pinned', () => {
  it.each([
    ['image1:latest'],
    ['mcr.microsoft.com/windows/nanoserver'],
    ['registry:5000/team/agent'],
  ])('flags %s', (image) => {
    expect(runRule(imageTagPinned, withImage(image))).toEqual([
      { path: 'spec.containers[0].image', message: containing(image) },
    ]);
  });

  it.each([
    ['registry:5000/team/agent:1.2.3'],
    ['image@sha256:0123456789abcdef'],
    ['kube-proxy:v1.30.0-calico-hostprocess'],
  ])('accepts %s', (image) => {
    expect(runRule(imageTagPinned, withImage(image))).toEqual([]);
  });
});
