import { describe, expect, it } from 'vitest';

import { amountProblem, resourceSummary, withAmount } from './resourceAmounts';

describe('withAmount', () => {
  it('sets a quantity and leaves the others', () => {
    expect(withAmount({ cpu: '1' }, 'memory', '1Gi')).toEqual({ cpu: '1', memory: '1Gi' });
  });

  it('leaves the resource out when the quantity is emptied, without changing its input', () => {
    const amounts = { cpu: '1', memory: '1Gi' };
    expect(withAmount(amounts, 'cpu', '')).toEqual({ memory: '1Gi' });
    expect(amounts).toEqual({ cpu: '1', memory: '1Gi' });
  });
});

describe('resourceSummary', () => {
  it('names each resource with a request or a limit, in the form’s order', () => {
    expect(
      resourceSummary({ requests: { memory: '512Mi', cpu: '250m' }, limits: { cpu: '1' } }),
    ).toBe('CPU 250m–1, Memory 512Mi–');
  });

  it('says when there are none', () => {
    expect(resourceSummary({ requests: {}, limits: {} })).toBe('No requests or limits');
  });
});

describe('amountProblem', () => {
  const resources = { requests: { cpu: '2', memory: 'lots' }, limits: { cpu: '1' } };

  it('holds a request to its limit', () => {
    expect(amountProblem(resources, 'requests', 'cpu')).toMatch(/^More than the limit \(1\)/);
    expect(amountProblem(resources, 'limits', 'cpu')).toBeUndefined();
  });

  it('reports a malformed amount, and nothing for an empty one', () => {
    expect(amountProblem(resources, 'requests', 'memory')).toMatch(/^Not a quantity/);
    expect(amountProblem(resources, 'limits', 'memory')).toBeUndefined();
  });
});
