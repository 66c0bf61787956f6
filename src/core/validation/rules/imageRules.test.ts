import { describe, expect, it } from 'vitest';

import { containing, hostProcessPod, runRule } from '../support/testPods';
import { DEFAULT_TARGET, type Target } from '../types';
import { imageTagPinned } from './imageTagPinned';
import { imageTagPlaceholder } from './imageTagPlaceholder';
import { imageWindowsVersion } from './imageWindowsVersion';
import { kubeProxyVersionSkew } from './kubeProxyVersionSkew';

const withImage = (image: string) => hostProcessPod({ containers: [{ name: 'c', image }] });
const on = (windows: Target['windows']) => ({ target: { ...DEFAULT_TARGET, windows } });
const PATH = 'spec.containers[0].image';

describe('image-tag-pinned', () => {
  it.each([
    ['repo/agent', 'no tag'],
    ['repo/agent:latest', 'latest'],
    ['calico/windows:master', 'master'],
    ['repo/agent:main', 'main'],
    ['gcr.io/k8s-staging-sig-storage/smbplugin:canary-windows-hp', 'canary-windows-hp'],
    ['repo/agent:nightly', 'nightly'],
    ['repo/agent:edge', 'edge'],
    ['docker.io/fluent/fluent-bit:windows-2022-latest', 'windows-2022-latest'],
    ['registry:5000/agent', 'no tag (a registry port is not a tag)'],
  ])('warns on %s (%s)', (image) => {
    expect(runRule(imageTagPinned, withImage(image))).toEqual([
      { path: PATH, message: containing('nodes may run different builds') },
    ]);
  });

  it.each([
    ['ghcr.io/prometheus-community/windows-exporter:0.31.8'],
    ['registry.k8s.io/sig-storage/smbplugin:v1.20.3-windows-hp'],
    ['repo/agent@sha256:' + 'a'.repeat(64)],
    ['repo/agent:latest@sha256:' + 'a'.repeat(64)],
    ['mcr.microsoft.com/windows/nanoserver:VERSION'],
  ])('is silent for %s (pinned, or a placeholder reported elsewhere)', (image) => {
    expect(runRule(imageTagPinned, withImage(image))).toEqual([]);
  });
});

describe('image-tag-placeholder', () => {
  it.each([
    ['sigwindowstools/kube-proxy:KUBE_PROXY_VERSION-calico-hostprocess', 'KUBE_PROXY_VERSION'],
    ['mcr.microsoft.com/windows/nanoserver:VERSION', 'VERSION'],
    ['sigwindowstools/flannel:FLANNEL_VERSION-hostprocess', 'FLANNEL_VERSION'],
    ['repo/agent:${TAG}', '${T'],
    ['repo/agent:<version>', '<version>'],
  ])('names the placeholder in %s', (image, placeholder) => {
    expect(runRule(imageTagPlaceholder, withImage(image))).toEqual([
      { path: PATH, message: containing(`"${placeholder}`) },
    ]);
  });

  it.each([['repo/agent:v1.2.3'], ['repo/agent:v1_2_3'], ['repo/agent:v1.0.0-RC1']])(
    'is silent for %s',
    (image) => {
      expect(runRule(imageTagPlaceholder, withImage(image))).toEqual([]);
    },
  );
});

describe('image-windows-version (fact image-platform-matching)', () => {
  it.each([
    ['mcr.microsoft.com/windows/servercore:ltsc2022', '2019'],
    ['mcr.microsoft.com/powershell:lts-nanoserver-1809', '2022'],
    ['mcr.microsoft.com/windows/nanoserver:ltsc2025', '2022'],
    ['mcr.microsoft.com/windows/nanoserver:ltsc2019', '2025'],
  ] as const)('warns that %s does not pull on Windows Server %s', (image, windows) => {
    expect(runRule(imageWindowsVersion, withImage(image), on(windows))).toEqual([
      { path: PATH, message: containing(`nodes run Windows Server ${windows}`) },
    ]);
  });

  it.each([
    ['mcr.microsoft.com/windows/servercore:ltsc2022', '2022'],
    ['mcr.microsoft.com/windows/servercore:ltsc2022', '2025'],
    ['mcr.microsoft.com/powershell:lts-nanoserver-1809', '2019'],
    ['mcr.microsoft.com/oss/kubernetes/windows-host-process-containers-base-image:v1.0.0', '2019'],
  ] as const)(
    'is silent for %s on Windows Server %s (the base image: fact base-image-any-version)',
    (image, windows) => {
      expect(runRule(imageWindowsVersion, withImage(image), on(windows))).toEqual([]);
    },
  );
});

describe('kube-proxy-version-skew', () => {
  const at = (kubernetesVersion: string) => ({ target: { ...DEFAULT_TARGET, kubernetesVersion } });

  it.each([
    [
      'sigwindowstools/kube-proxy:v1.30.0-calico-hostprocess',
      '1.35',
      'kube-proxy 1.30 with a 1.35',
    ],
    [
      'sigwindowstools/kube-proxy:v1.32.3-calico-hostprocess',
      '1.31',
      'kube-proxy 1.32 with a 1.31',
    ],
  ])('warns on %s against a %s control plane', (image, version, text) => {
    expect(runRule(kubeProxyVersionSkew, withImage(image), at(version))).toEqual([
      { path: PATH, message: containing(text) },
    ]);
  });

  it.each([
    ['sigwindowstools/kube-proxy:v1.32.3-calico-hostprocess', '1.35'],
    ['sigwindowstools/kube-proxy:v1.32.3-calico-hostprocess', '1.32'],
    ['sigwindowstools/kube-proxy:KUBE_PROXY_VERSION-calico-hostprocess', '1.35'],
    ['registry.k8s.io/pause:3.10', '1.35'],
  ])('is silent for %s against %s', (image, version) => {
    expect(runRule(kubeProxyVersionSkew, withImage(image), at(version))).toEqual([]);
  });
});
