import { describe, expect, it } from 'vitest';

import { containing, hostProcessPod, runRule, type Json } from '../support/testPods';
import { DEFAULT_TARGET } from '../types';
import { containerdMountPaths } from './containerdMountPaths';
import { mountOverSystemFolder } from './mountOverSystemFolder';
import { sandboxVariableSpelling } from './sandboxVariableSpelling';

const CONTAINERD_16 = { target: { ...DEFAULT_TARGET, containerd: '1.6' as const } };
const WINDOWS_2019 = { target: { ...DEFAULT_TARGET, windows: '2019' as const } };

function mounted(mountPath: string, fields: Json = {}): Json {
  return hostProcessPod({
    volumes: [{ name: 'v', emptyDir: {} }],
    containers: [{ name: 'c', image: 'i:1', volumeMounts: [{ name: 'v', mountPath }], ...fields }],
  });
}

describe('containerd-1-6-mount-paths (facts containerd-1-6-mounts-under-volume, bind-mounts-need-bindflt)', () => {
  it('on containerd 1.6 gives the sandbox-variable and relative paths', () => {
    expect(runRule(containerdMountPaths, mounted('C:\\var\\run\\secrets'), CONTAINERD_16)).toEqual([
      {
        path: 'spec.containers[0].volumeMounts[0].mountPath',
        message: containing(
          '$env:CONTAINER_SANDBOX_MOUNT_POINT\\var\\run\\secrets (PowerShell), %CONTAINER_SANDBOX_MOUNT_POINT%\\var\\run\\secrets (command line) or .\\var\\run\\secrets',
        ),
      },
    ]);
  });

  it('on Windows Server 2019 with containerd 1.7+ explains the symlink fallback', () => {
    expect(runRule(containerdMountPaths, mounted('/etc/agent'), WINDOWS_2019)).toEqual([
      {
        path: 'spec.containers[0].volumeMounts[0].mountPath',
        message: containing('C:\\hpc\\<container id>'),
      },
    ]);
  });

  it.each([
    [
      'args through %…%',
      { args: ['--config.file=%CONTAINER_SANDBOX_MOUNT_POINT%/config.yml'] },
      '/config.yml',
    ],
    [
      'a command through $env:',
      { command: ['powershell', '$env:CONTAINER_SANDBOX_MOUNT_POINT\\etc\\agent\\run.ps1'] },
      '/etc/agent',
    ],
    [
      'a relative path',
      { command: ['powershell', '-c', './kube-proxy/run.ps1'] },
      '/kube-proxy/run.ps1',
    ],
    [
      'an env value',
      { env: [{ name: 'CONFIG', value: '%CONTAINER_SANDBOX_MOUNT_POINT%\\etc\\agent' }] },
      'C:\\etc\\agent',
    ],
    [
      'the working directory',
      { workingDir: '$env:CONTAINER_SANDBOX_MOUNT_POINT/etc/agent' },
      '/etc/agent',
    ],
  ])(
    'is silent when %s already reaches the mount (relative paths: fact default-working-directory)',
    (_, fields, mountPath) => {
      expect(runRule(containerdMountPaths, mounted(mountPath, fields), CONTAINERD_16)).toEqual([]);
    },
  );

  it('is silent with containerd 1.7+ on Windows Server 2022 (bind mounts)', () => {
    expect(runRule(containerdMountPaths, mounted('/etc/agent'))).toEqual([]);
  });
});

describe('sandbox-variable-spelling (facts bare-sandbox-variable, sandbox-variable-replaced)', () => {
  it.each([
    [
      'args',
      { args: ['-file', '$CONTAINER_SANDBOX_MOUNT_POINT\\run.ps1'] },
      'spec.containers[0].args[1]',
    ],
    [
      'workingDir',
      { workingDir: '$CONTAINER_SANDBOX_MOUNT_POINT/app' },
      'spec.containers[0].workingDir',
    ],
    [
      'env',
      { env: [{ name: 'X', value: '${CONTAINER_SANDBOX_MOUNT_POINT}\\x' }] },
      'spec.containers[0].env[0].value',
    ],
    [
      'Kubernetes $(…) syntax',
      { command: ['$(CONTAINER_SANDBOX_MOUNT_POINT)\\agent.exe'] },
      'spec.containers[0].command[0]',
    ],
  ])('warns on the bare variable in %s', (_, fields, path) => {
    expect(runRule(sandboxVariableSpelling, mounted('/x', fields))).toEqual([
      { path, message: containing('an unset PowerShell variable, which is empty') },
    ]);
  });

  it.each([
    ['$env:', { args: ['$env:CONTAINER_SANDBOX_MOUNT_POINT/kube-proxy/start.ps1'] }],
    ['%…%', { args: ['--config.file=%CONTAINER_SANDBOX_MOUNT_POINT%/config.yml'] }],
    ['$($env:…)', { args: ['"$($env:CONTAINER_SANDBOX_MOUNT_POINT)/var"'] }],
  ])('is silent for %s', (_, fields) => {
    expect(runRule(sandboxVariableSpelling, mounted('/x', fields))).toEqual([]);
  });
});

describe('mount-over-system-folder (fact bind-mount-shadows-host-folder)', () => {
  it.each([
    ['C:\\Windows\\System32'],
    ['/windows'],
    ['C:\\Program Files'],
    ['c:/ProgramData/'],
    ['C:\\'],
  ])('warns that a bind mount at %s hides the host folder', (mountPath) => {
    expect(runRule(mountOverSystemFolder, mounted(mountPath))).toEqual([
      {
        path: 'spec.containers[0].volumeMounts[0].mountPath',
        message: containing('will be shadowed'),
      },
    ]);
  });

  it.each([['C:\\ProgramData\\agent'], ['/etc/agent'], ['D:\\Windows'], ['C:\\hpc-data']])(
    'is silent for %s',
    (mountPath) => {
      expect(runRule(mountOverSystemFolder, mounted(mountPath))).toEqual([]);
    },
  );

  it('is silent where mounts are symlinks under the volume (containerd 1.6, Windows Server 2019)', () => {
    expect(runRule(mountOverSystemFolder, mounted('C:\\Windows'), CONTAINERD_16)).toEqual([]);
    expect(runRule(mountOverSystemFolder, mounted('C:\\Windows'), WINDOWS_2019)).toEqual([]);
  });
});
