import { describe, expect, it } from 'vitest';

import { hits, pod, runRule } from '../support/testPods';
import { containerPorts, portNameErrors } from './containerPorts';

const withPorts = (ports: unknown[]): Record<string, unknown> =>
  pod({ containers: [{ name: 'c', image: 'i:1', ports }] });
const P = 'spec.containers[0].ports';

// Ported from TestValidatePorts.
describe('container-ports', () => {
  it.each([
    [
      'name > 15 characters',
      [{ name: 'abcdefghijklmnop', containerPort: 80 }],
      hits([`${P}[0].name`, 'must be no more than 15 characters']),
    ],
    [
      'name has invalid characters',
      [{ name: 'a.b', containerPort: 80 }],
      hits([
        `${P}[0].name`,
        'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      ]),
    ],
    [
      'name has no letter',
      [{ name: '1234', containerPort: 80 }],
      hits([`${P}[0].name`, 'must contain at least one letter (a-z)']),
    ],
    [
      'name has consecutive hyphens',
      [{ name: 'a--b', containerPort: 80 }],
      hits([`${P}[0].name`, 'must not contain consecutive hyphens']),
    ],
    [
      'name begins with a hyphen',
      [{ name: '-ab', containerPort: 80 }],
      hits([`${P}[0].name`, 'must not begin or end with a hyphen']),
    ],
    [
      'duplicate name',
      [
        { name: 'http', containerPort: 80 },
        { name: 'http', containerPort: 81 },
      ],
      hits([`${P}[1].name`, 'Duplicate value: "http"']),
    ],
    [
      'zero container port',
      [{ containerPort: 0 }],
      hits([`${P}[0].containerPort`, 'Required value']),
    ],
    ['missing container port', [{ name: 'p' }], hits([`${P}[0].containerPort`, 'Required value'])],
    [
      'container port too large',
      [{ containerPort: 65536 }],
      hits([`${P}[0].containerPort`, 'must be between 1 and 65535, inclusive']),
    ],
    [
      'negative host port',
      [{ containerPort: 80, hostPort: -1 }],
      hits([`${P}[0].hostPort`, 'must be between 1 and 65535, inclusive']),
    ],
    [
      'lower-case protocol',
      [{ containerPort: 80, protocol: 'tcp' }],
      hits([
        `${P}[0].protocol`,
        'Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP"',
      ]),
    ],
  ])('%s is rejected', (_name, ports, expected) => {
    expect(runRule(containerPorts, withPorts(ports))).toEqual(expected);
  });

  it('accepts valid ports (protocol defaults to TCP)', () => {
    expect(
      runRule(
        containerPorts,
        withPorts([
          { name: 'metrics', containerPort: 9182 },
          { containerPort: 53, protocol: 'UDP', hostPort: 53 },
        ]),
      ),
    ).toEqual([]);
  });

  it('reports an invalid repeated name as invalid, not as a duplicate', () => {
    const template = pod({
      containers: [
        {
          name: 'c',
          image: 'i:1',
          ports: [
            { name: 'Bad', containerPort: 1 },
            { name: 'Bad', containerPort: 2 },
          ],
        },
      ],
    });
    expect(runRule(containerPorts, template).map((hit) => hit.path)).toEqual([
      'spec.containers[0].ports[0].name',
      'spec.containers[0].ports[1].name',
    ]);
  });

  it('lists every port-name problem', () => {
    expect(portNameErrors('-')).toEqual([
      'must contain at least one letter (a-z)',
      'must not begin or end with a hyphen',
    ]);
  });
});
