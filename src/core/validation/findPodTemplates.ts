import type { PodTemplate } from './types';
import { isRecord } from './support/read';

/** A pod template inside an object, and the path prefix of its `metadata`/`spec`. */
export interface FoundPodTemplate {
  /** `''` for a Pod, `spec.template.` for controllers, `spec.jobTemplate.spec.template.` for CronJob. */
  prefix: string;
  template: PodTemplate;
}

const TEMPLATE_KINDS = new Set(['DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet', 'Job']);

/**
 * The pod template of a workload object, or [] when the object has none (ConfigMap, Service, …)
 * or is not shaped like one. Never throws.
 */
export function findPodTemplates(object: unknown): FoundPodTemplate[] {
  if (!isRecord(object)) return [];
  const spec = isRecord(object.spec) ? object.spec : undefined;
  if (object.kind === 'Pod') {
    return [
      {
        prefix: '',
        template: {
          metadata: isRecord(object.metadata) ? object.metadata : {},
          spec: (spec ?? {}) as unknown as PodTemplate['spec'],
        },
      },
    ];
  }
  let template: unknown;
  let prefix: string;
  if (typeof object.kind === 'string' && TEMPLATE_KINDS.has(object.kind)) {
    template = spec?.template;
    prefix = 'spec.template.';
  } else if (object.kind === 'CronJob') {
    const jobTemplate = isRecord(spec?.jobTemplate) ? spec.jobTemplate : undefined;
    template = isRecord(jobTemplate?.spec) ? jobTemplate.spec.template : undefined;
    prefix = 'spec.jobTemplate.spec.template.';
  } else {
    return [];
  }
  const found = isRecord(template) ? template : {};
  return [
    {
      prefix,
      template: {
        metadata: isRecord(found.metadata) ? found.metadata : {},
        spec: (isRecord(found.spec) ? found.spec : {}) as unknown as PodTemplate['spec'],
      },
    },
  ];
}
