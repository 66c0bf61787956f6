/** Resource-name classes from `pkg/apis/core/helper` (IsNativeResource, IsExtendedResourceName, …). */

const STANDARD_CONTAINER_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage']);

/** cpu, memory, ephemeral-storage or hugepages-<size>. */
export function isStandardContainerResourceName(name: string): boolean {
  return STANDARD_CONTAINER_RESOURCES.has(name) || name.startsWith('hugepages-');
}

/** No domain, or a `kubernetes.io/` domain. */
export function isNativeResource(name: string): boolean {
  return !name.includes('/') || name.includes('kubernetes.io/');
}

/** hugepages-<size>. */
export function isHugePageResourceName(name: string): boolean {
  return name.startsWith('hugepages-');
}

/** A fully-qualified, non-native name such as `example.com/gpu`. */
export function isExtendedResourceName(name: string): boolean {
  return !isNativeResource(name) && !name.startsWith('requests.');
}

/** Requests may be below limits only for native, non-hugepage resources. */
export function isOvercommitAllowed(name: string): boolean {
  return isNativeResource(name) && !isHugePageResourceName(name);
}
