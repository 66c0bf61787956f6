import type { Rule } from '../types';
import { visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';
import { asArray, isRecord } from '../support/read';

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'] as const;
const PORT_RANGE = 'must be between 1 and 65535, inclusive';

/** `IsValidPortName` (IANA service name syntax) detail texts. */
export function portNameErrors(name: string): string[] {
  const errors: string[] = [];
  if (name.length > 15) errors.push('must be no more than 15 characters');
  if (!/^[-a-z0-9]+$/.test(name)) {
    errors.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  }
  if (!/[a-z]/.test(name)) errors.push('must contain at least one letter (a-z)');
  if (name.includes('--')) errors.push('must not contain consecutive hyphens');
  if (name.startsWith('-') || name.endsWith('-'))
    errors.push('must not begin or end with a hyphen');
  return errors;
}

function inRange(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535;
}

/** Container port numbers, names and protocols (Kubernetes `validateContainerPorts`; `TestValidatePorts`). */
export const containerPorts: Rule = {
  id: 'container-ports',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.ports,
  check: ({ spec }) => {
    const hits: Array<{ path: string; message: string }> = [];
    for (const { container, path } of visitContainers(spec, ['initContainers', 'containers'])) {
      const names = new Set<string>();
      asArray(container.ports).forEach((port, index) => {
        if (!isRecord(port)) return;
        const portPath = `${path}.ports[${index}]`;
        if (typeof port.name === 'string' && port.name !== '') {
          const nameErrors = portNameErrors(port.name);
          for (const detail of nameErrors) {
            hits.push({
              path: `${portPath}.name`,
              message: explain(
                fieldError.invalid(detail),
                'A port name is at most 15 lower-case letters, digits and single hyphens, with at least one letter.',
              ),
            });
          }
          // Only a valid name is remembered, so only a valid name can be a duplicate.
          if (nameErrors.length === 0 && names.has(port.name)) {
            hits.push({
              path: `${portPath}.name`,
              message: explain(
                fieldError.duplicate(port.name),
                'Port names must be unique within a container.',
              ),
            });
          }
          names.add(port.name);
        }
        if (
          port.containerPort === undefined ||
          port.containerPort === null ||
          port.containerPort === 0
        ) {
          hits.push({
            path: `${portPath}.containerPort`,
            message: explain(fieldError.required(), 'Give the port number the process listens on.'),
          });
        } else if (!inRange(port.containerPort)) {
          hits.push({
            path: `${portPath}.containerPort`,
            message: explain(fieldError.invalid(PORT_RANGE), 'Use a TCP/UDP port number.'),
          });
        }
        if (
          port.hostPort !== undefined &&
          port.hostPort !== null &&
          port.hostPort !== 0 &&
          !inRange(port.hostPort)
        ) {
          hits.push({
            path: `${portPath}.hostPort`,
            message: explain(fieldError.invalid(PORT_RANGE), 'Use a TCP/UDP port number.'),
          });
        }
        if (!(PROTOCOLS as readonly unknown[]).includes(port.protocol)) {
          hits.push({
            path: `${portPath}.protocol`,
            message: explain(
              fieldError.notSupported(port.protocol, PROTOCOLS),
              'Protocols are upper-case: TCP, UDP or SCTP.',
            ),
          });
        }
      });
    }
    return hits;
  },
};
