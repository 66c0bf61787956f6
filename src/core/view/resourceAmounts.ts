import type { ContainerDraft, ResourceAmounts } from '@/core/model/draft';

/** The resources the form edits, with the titles it shows for them. */
export const RESOURCES = [
  { name: 'cpu', title: 'CPU' },
  { name: 'memory', title: 'Memory' },
  { name: 'ephemeral-storage', title: 'Storage' },
] as const;

/** `amounts` with `name` set to `quantity`, or without `name` when the quantity is empty. */
export function withAmount(
  amounts: ResourceAmounts,
  name: string,
  quantity: string,
): ResourceAmounts {
  const next = { ...amounts };
  if (quantity === '') delete next[name];
  else next[name] = quantity;
  return next;
}

/** One line on a container's requests and limits: "CPU 250m–1, Memory –1Gi". */
export function resourceSummary(resources: ContainerDraft['resources']): string {
  const parts = RESOURCES.flatMap((r) => {
    const request = resources.requests[r.name];
    const limit = resources.limits[r.name];
    if (request === undefined && limit === undefined) return [];
    return [`${r.title} ${request ?? ''}–${limit ?? ''}`];
  });
  return parts.length > 0 ? parts.join(', ') : 'No requests or limits';
}
