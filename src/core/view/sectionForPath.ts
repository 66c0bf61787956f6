import type { Finding, FieldPath, Severity } from '@/core/validation/types';

/** The form sections, in the order the navigation lists them. */
export const SECTIONS = [
  { id: 'workload', title: 'Workload' },
  { id: 'user-account', title: 'User account' },
  { id: 'containers', title: 'Containers' },
  { id: 'volumes', title: 'Volumes' },
  { id: 'resources', title: 'Resources' },
  { id: 'scheduling', title: 'Scheduling' },
  { id: 'review', title: 'Review' },
] as const;

/** One form section id (also the DOM id of its card). */
export type SectionId = (typeof SECTIONS)[number]['id'];

/** How many findings of each severity point into one section. */
export type SeverityCounts = Record<Severity, number>;

const CONTROLLER_SPEC_KEYS =
  /^spec\.(replicas|selector|strategy|updateStrategy|backoffLimit|[a-zA-Z]*Deadline|completions|parallelism|minReadySeconds|revisionHistoryLimit)\b/;
const SCHEDULING_KEYS =
  /^spec\.(nodeSelector|nodeName|os|tolerations|affinity|priorityClassName|priority|serviceAccountName|serviceAccount|automountServiceAccountToken|terminationGracePeriodSeconds|dnsPolicy|dnsConfig|schedulerName|topologySpreadConstraints|runtimeClassName)\b/;
const CONTAINER_LIST = /^spec\.(containers|initContainers|ephemeralContainers)(\[\d+\])?/;

/**
 * The section whose form edits a field path. Controller paths (`spec.template.spec…`) count as
 * their pod-relative path; anything the form does not place lands in Review.
 */
export function sectionForPath(path: FieldPath): SectionId {
  if (path.startsWith('spec.template.metadata')) return 'workload';
  const pod = path.startsWith('spec.template.') ? path.slice('spec.template.'.length) : path;
  if (pod === 'metadata' || pod.startsWith('metadata.') || pod.startsWith('metadata[')) {
    return 'workload';
  }
  if (path === pod && CONTROLLER_SPEC_KEYS.test(pod)) return 'workload';
  if (pod.startsWith('spec.restartPolicy')) return 'workload';
  if (pod.startsWith('spec.securityContext')) return 'user-account';
  if (pod.startsWith('spec.volumes')) return 'volumes';
  if (SCHEDULING_KEYS.test(pod)) return 'scheduling';
  const container = CONTAINER_LIST.exec(pod);
  if (container) {
    const rest = pod.slice(container[0].length);
    if (rest.startsWith('.resources')) return 'resources';
    if (rest.startsWith('.volumeMounts')) return 'volumes';
    return 'containers';
  }
  return 'review';
}

/** A zero count for every severity. */
export function noCounts(): SeverityCounts {
  return { error: 0, warning: 0, info: 0 };
}

/** Findings counted by section and severity; every section is present. */
export function countFindingsBySection(
  findings: readonly Finding[],
): Record<SectionId, SeverityCounts> {
  const counts = Object.fromEntries(SECTIONS.map((s) => [s.id, noCounts()])) as Record<
    SectionId,
    SeverityCounts
  >;
  for (const finding of findings) counts[sectionForPath(finding.path)][finding.severity] += 1;
  return counts;
}
