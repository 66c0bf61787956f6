import type { ContainerDraft, ResourceAmounts } from '@/core/model/draft';
import { quantityProblem } from '@/core/view/quantityParts';

/** The resources the form edits, with the titles it shows for them. */
export const RESOURCES = [
  { name: 'cpu', title: 'CPU' },
  { name: 'memory', title: 'Memory' },
  { name: 'ephemeral-storage', title: 'Storage' },
] as const;

/** Requests and limits, each with the word the form's labels use for one of them. */
export const AMOUNT_KINDS = [
  { kind: 'requests', word: 'request' },
  { kind: 'limits', word: 'limit' },
] as const;

/** The inline problem of one amount: malformed, or a request above its limit. */
export function amountProblem(
  resources: ContainerDraft['resources'],
  kind: 'requests' | 'limits',
  name: string,
): string | undefined {
  const limit = kind === 'requests' ? resources.limits[name] : undefined;
  return quantityProblem(resources[kind][name] ?? '', limit);
}

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
