import { readFileSync } from 'node:fs';

import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';

import type { ContainerDraft } from '@/core/model/draft';
import { BUILT_IN_ACCOUNTS } from '@/core/model/windows';
import { ACCOUNT_FACTS } from '@/core/model/windowsAccounts';

import { findPreset } from './index';

const UPSTREAM = '../shared/upstream-manifests';

interface UpstreamContainer {
  name: string;
  image: string;
  command?: string[];
  args?: string[];
  workingDir?: string;
  env?: Array<{ name: string }>;
  volumeMounts?: Array<{ mountPath: string }>;
}

/** The containers of the first workload in an upstream manifest, init containers first. */
function upstreamContainers(file: string): UpstreamContainer[] {
  const documents = loadAll(readFileSync(`${UPSTREAM}/${file}`, 'utf8')) as Array<{
    kind?: string;
    spec?: { template?: { spec?: Record<string, UpstreamContainer[] | undefined> } };
  }>;
  const spec = documents.find((d) => d.kind === 'DaemonSet')?.spec?.template?.spec ?? {};
  return [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
}

/** What makes a container start: entrypoint override, arguments, env names, mount paths. */
function startFacts(container: ContainerDraft | UpstreamContainer) {
  return {
    name: container.name,
    command: container.command ?? [],
    args: container.args ?? [],
    workingDir: container.workingDir ?? '',
    env: (container.env ?? []).map((variable) => variable.name),
    mountPaths: (container.volumeMounts ?? []).map((mount) => mount.mountPath),
  };
}

function presetContainers(id: string): ContainerDraft[] {
  const preset = findPreset(id);
  if (!preset) throw new Error(`no preset ${id}`);
  return [...preset.draft.initContainers, ...preset.draft.containers];
}

describe('presets start as their upstream manifests do', () => {
  it.each([
    ['kube-proxy', '01-sigwt-calico-kube-proxy.yml'],
    ['csi-proxy', '02-sigwt-csi-proxy.yaml'],
    ['log-shipper', '03-sigwt-containerd-logger.yaml'],
    ['calico-node', '07-calico-windows-vxlan.yaml'],
    ['csi-smb-node', '10-csi-smb-node-windows-hostprocess.yaml'],
  ])('%s has the entrypoint, arguments, env names and mount paths of %s', (id, file) => {
    expect(presetContainers(id).map(startFacts)).toEqual(upstreamContainers(file).map(startFacts));
  });

  it('windows-exporter runs the exporter as upstream, opening the port idempotently', () => {
    const [firewall, exporter] = presetContainers('windows-exporter');
    const [, upstreamExporter] = upstreamContainers('06-windows-exporter-daemonset.yaml');
    expect(startFacts(exporter!)).toEqual(startFacts(upstreamExporter!));
    expect(firewall?.command.join(' ')).toMatch(
      /Get-NetFirewallRule -DisplayName 'windows-exporter'.*New-NetFirewallRule .*-LocalPort 9182 -Protocol TCP/,
    );
  });
});

describe('what each preset needs to start', () => {
  it('kube-proxy passes the node name as NODENAME, which start.ps1 reads', () => {
    const [proxy] = presetContainers('kube-proxy');
    expect(proxy?.env.map((variable) => variable.name)).toContain('NODENAME');
    expect(proxy?.env.map((variable) => variable.name)).not.toContain('NODE_NAME');
    expect(proxy?.args).toEqual(['$env:CONTAINER_SANDBOX_MOUNT_POINT/kube-proxy/start.ps1']);
  });

  it('kube-proxy is within the version skew of the default 1.35 target', () => {
    const [proxy] = presetContainers('kube-proxy');
    const minor = Number(/:v1\.(\d+)\./.exec(proxy?.image ?? '')?.[1]);
    expect(minor).toBeGreaterThanOrEqual(35 - 3);
    expect(minor).toBeLessThanOrEqual(35);
  });

  it('the log shipper passes its configuration file as the first argument', () => {
    const [logger] = presetContainers('log-shipper');
    expect(logger?.args).toEqual(['config.json']);
    expect(logger?.volumeMounts).toEqual([
      { name: 'containerd-logger-config', mountPath: '/config.json', subPath: 'config.json' },
    ]);
  });

  it('csi-proxy leaves the entrypoint’s arguments alone', () => {
    const [proxy] = presetContainers('csi-proxy');
    expect(proxy?.command).toEqual([]);
    expect(proxy?.args).toEqual([]);
  });

  it('the log collector runs PowerShell from the node on the HostProcess base image', () => {
    for (const container of presetContainers('log-collector')) {
      expect(container.image).toMatch(/windows-host-process-containers-base-image:v1\.0\.0$/);
      expect(container.command.slice(0, 3)).toEqual(['powershell', '-NoProfile', '-Command']);
    }
  });

  it.each([
    'kube-proxy',
    'calico-node',
    'csi-proxy',
    'csi-smb-node',
    'windows-exporter',
    'log-shipper',
  ])('%s pins every image to a release', (id) => {
    for (const container of presetContainers(id)) {
      expect(container.image).toMatch(/:v?\d+\.\d+\.\d+/);
    }
  });
});

describe('the accounts presets run as', () => {
  it('the log shipper runs as LocalService, which may run ETW sessions (fact etw-session-accounts)', () => {
    const preset = findPreset('log-shipper');
    expect(preset?.draft.user.runAsUserName).toBe('NT AUTHORITY\\Local service');
    expect(preset?.summary).toContain(ACCOUNT_FACTS.etwSessionAccounts.claim);
  });

  it.each([
    ['LocalService', ACCOUNT_FACTS.localService, 'local-service-account'],
    ['NetworkService', ACCOUNT_FACTS.networkService, 'network-service-account'],
    ['LocalSystem', ACCOUNT_FACTS.localSystem, 'local-system-account'],
  ])('the %s card quotes its fact (%s)', (id, fact, factId) => {
    expect(fact.id).toBe(factId);
    expect(BUILT_IN_ACCOUNTS.find((account) => account.id === id)?.summary).toBe(fact.claim);
  });
});
