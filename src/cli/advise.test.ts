import { describe, expect, it } from 'vitest';

import { runAdvise } from './advise';

const DAEMON_SET = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      securityContext: {windowsOptions: {hostProcess: true, runAsUserName: "NT AUTHORITY\\\\SYSTEM"}}
      hostNetwork: true
      containers:
      - name: agent
        image: agent:1
        volumeMounts: [{name: logs, mountPath: 'C:\\logs'}]
      volumes: [{name: logs, hostPath: {path: 'C:\\var\\log'}}]
`;

async function advise(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runAdvise([...args, 'in.yaml'], {
    readText: () => Promise.resolve(DAEMON_SET),
    out: (text) => void (out += text),
    err: (text) => void (err += text),
  });
  return { code, out, err };
}

describe('advise (CLI)', () => {
  it('with no need: LocalService', async () => {
    const run = await advise();
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^runAsUserName: NT AUTHORITY\\Local service\n/);
  });

  it('for host-folder writes: the usergroup and its exact grants', async () => {
    const run = await advise('--need', 'write-host-folders');
    expect(run.out).toContain('runAsUserName: hpc-localgroup');
    expect(run.out).toContain('net localgroup hpc-localgroup /add');
    expect(run.out).toContain('icacls "C:\\var\\log" /grant "hpc-localgroup:(OI)(CI)M"');
  });

  it('refuses an unknown need, naming the known ones', async () => {
    const run = await advise('--need', 'fly');
    expect(run.code).toBe(2);
    expect(run.err).toContain('unknown need fly');
    expect(run.err).toContain('change-networking');
  });
});
