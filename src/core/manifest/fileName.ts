/**
 * The download file name for a workload name: `<name>.yaml`, with anything a file system or a
 * shell would trip over replaced, and `manifest.yaml` when no usable name is left.
 */
export function toFileName(workloadName: string): string {
  const safe = workloadName
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 120);
  return `${safe || 'manifest'}.yaml`;
}
