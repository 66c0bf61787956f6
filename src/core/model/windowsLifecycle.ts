import type { WindowsFact } from './windowsFact';
import { at, HCSSHIM, hostProcessDocs, WINDOWS_EXPORTER } from './windowsSources';

/** What a HostProcess container leaves on the node and how its limits behave. */
export const LIFECYCLE_FACTS = {
  hostChangesOutlivePod: {
    id: 'host-changes-outlive-pod',
    claim:
      "What a HostProcess container creates on the node (services, firewall rules, scheduled tasks, local groups, files outside its volumes) stays after the pod is deleted: nothing undoes it. windows_exporter's own guide says its firewall rule must then be removed by hand.",
    sources: [
      at(WINDOWS_EXPORTER, 'kubernetes/kubernetes.md', 'Configuring the firewall'),
      hostProcessDocs('Limitations'),
    ],
  },
  limitsCapJobObject: {
    id: 'limits-cap-job-object',
    claim:
      "CPU and memory limits apply to the container's job object: every process it starts shares them, and under a memory limit an allocation that would exceed it fails (the process sees out-of-memory errors) instead of the process being killed.",
    sources: [
      hostProcessDocs('Resource limits'),
      at(HCSSHIM, 'internal/jobobject/limits.go', 'SetMemoryLimit'),
      {
        url: 'https://learn.microsoft.com/en-us/windows/win32/api/winnt/ns-winnt-jobobject_basic_limit_information',
        section: 'JOB_OBJECT_LIMIT_JOB_MEMORY',
      },
    ],
  },
} as const satisfies Record<string, WindowsFact>;
