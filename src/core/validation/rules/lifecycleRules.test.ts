import { describe, expect, it } from 'vitest';

import { containing, hostProcessPod, runRule } from '../support/testPods';
import { hostChangesOutlivePod } from './hostChangesOutlivePod';
import { resourceLimitsMissing } from './resourceLimitsMissing';

const running = (command: string[], args: string[] = []) =>
  hostProcessPod({ containers: [{ name: 'c', image: 'i:1', command, args }] });

describe('host-changes-outlive-pod (fact host-changes-outlive-pod)', () => {
  it.each([
    [['powershell'], ['New-NetFirewallRule', '-DisplayName', 'x'], 'spec.containers[0].args[0]'],
    [
      ['cmd', '/c', 'sc.exe create agent binPath= C:\\agent.exe'],
      [],
      'spec.containers[0].command[2]',
    ],
    [
      ['powershell', '-c', 'Register-ScheduledTask -TaskName x'],
      [],
      'spec.containers[0].command[2]',
    ],
    [['netsh', 'advfirewall', 'firewall', 'add', 'rule'], [], 'spec.containers[0].command[0]'],
  ])('says what %j leaves on the node', (command, args, path) => {
    expect(runRule(hostChangesOutlivePod, running(command, args))).toEqual([
      { path, message: containing('stays after the pod is deleted') },
    ]);
  });

  it('is silent for a command that changes nothing lasting', () => {
    expect(runRule(hostChangesOutlivePod, running(['ping', '-t', '127.0.0.1']))).toEqual([]);
  });
});

describe('resource-limits-missing (fact limits-cap-job-object)', () => {
  it('explains that the limit caps the job object and allocations fail', () => {
    expect(runRule(resourceLimitsMissing, running(['ping']))).toEqual([
      {
        path: 'spec.containers[0].resources',
        message: containing('an allocation that would exceed it fails'),
      },
    ]);
  });
});
