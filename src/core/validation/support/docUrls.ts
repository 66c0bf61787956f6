import { HOSTPROCESS_DOC_URL } from '@/core/model/windows';

/** The kubernetes.io pages that state each constraint; every finding links to one. */
export const DOC_URLS = {
  hostProcess: HOSTPROCESS_DOC_URL,
  hostProcessUserAccount: `${HOSTPROCESS_DOC_URL}#choosing-a-user-account`,
  hostProcessVolumeMounts: `${HOSTPROCESS_DOC_URL}#volume-mounts`,
  hostProcessRequirements: `${HOSTPROCESS_DOC_URL}#hostprocess-pod-configuration-requirements`,
  hostProcessLimitations: `${HOSTPROCESS_DOC_URL}#limitations`,
  podSecurityStandards: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
  podSecurityAdmission: 'https://kubernetes.io/docs/concepts/security/pod-security-admission/',
  names: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/',
  namespaces: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/',
  labels: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/',
  annotations: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/',
  nodeSelector:
    'https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#nodeselector',
  windowsScheduling:
    'https://kubernetes.io/docs/concepts/windows/user-guide/#ensuring-os-specific-workloads-land-on-the-appropriate-container-host',
  podOs: 'https://kubernetes.io/docs/concepts/workloads/pods/#pod-os',
  windowsSecurity: 'https://kubernetes.io/docs/concepts/security/windows-security/',
  runAsUserName:
    'https://kubernetes.io/docs/tasks/configure-pod-container/configure-runasusername/',
  gmsa: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-gmsa/',
  images: 'https://kubernetes.io/docs/concepts/containers/images/',
  ports: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#ports',
  volumes: 'https://kubernetes.io/docs/concepts/storage/volumes/',
  hostPath: 'https://kubernetes.io/docs/concepts/storage/volumes/#hostpath',
  subPath: 'https://kubernetes.io/docs/concepts/storage/volumes/#using-subpath',
  mountPropagation: 'https://kubernetes.io/docs/concepts/storage/volumes/#mount-propagation',
  resources: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
  quantity: 'https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/',
  env: 'https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/',
  probes:
    'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
  ephemeralContainers: 'https://kubernetes.io/docs/concepts/workloads/pods/ephemeral-containers/',
  initContainers: 'https://kubernetes.io/docs/concepts/workloads/pods/init-containers/',
  podSpec: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/',
  userNamespaces: 'https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/',
} as const;
