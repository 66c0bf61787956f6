import { describe, expect, it } from 'vitest';

import { mergeSchemaFindings } from './mergeSchemaFindings';
import type { Finding } from './types';

function finding(ruleId: string, path: string, severity: Finding['severity'] = 'error'): Finding {
  return { ruleId, severity, stage: 'api-server', path, message: ruleId, docUrl: 'https://k8s.io' };
}

describe('mergeSchemaFindings', () => {
  it('drops the rule duplicate of a schema quantity error on the same path', () => {
    const path = 'spec.containers[0].resources.limits[memory]';
    const merged = mergeSchemaFindings(
      [
        finding('resource-quantities', path),
        finding('image-tag', 'spec.containers[0].image', 'warning'),
      ],
      [finding('schema-quantity', path)],
    );
    expect(merged.map((f) => f.ruleId)).toEqual(['schema-quantity', 'image-tag']);
  });

  it('keeps rule findings on other paths and orders by severity', () => {
    const merged = mergeSchemaFindings(
      [finding('guidance', 'spec', 'info'), finding('resource-quantities', 'spec.x')],
      [finding('schema-unknown-field', 'spec.y')],
    );
    expect(merged.map((f) => f.ruleId)).toEqual([
      'schema-unknown-field',
      'resource-quantities',
      'guidance',
    ]);
  });
});
