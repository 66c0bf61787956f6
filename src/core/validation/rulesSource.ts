/** Where the API-server rules were transcribed from (see ../shared/reference, "Sources"). */
export const KUBERNETES_RULES_SOURCE = {
  /** The newest Kubernetes minor the rules were checked against. */
  kubernetesVersion: '1.35',
  /** kubernetes/kubernetes `pkg/apis/core/validation/validation.go` commit. */
  validationCommit: '000f26050b9be6fb3d79fae95e06b47fc96128cd',
  /** kubernetes/pod-security-admission commit (policy version `latest`). */
  podSecurityAdmissionCommit: '8f84a87c7f617f64a4ddc1aea24aeeb7a2e07cb8',
} as const;
