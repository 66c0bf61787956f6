import { describe, expect, it } from 'vitest';

import { keyValueProblems } from './keyValueProblems';

describe('keyValueProblems', () => {
  it('accepts valid label rows', () => {
    expect(keyValueProblems([{ key: 'app.kubernetes.io/name', value: 'agent' }], 'labels')).toEqual(
      [{}],
    );
  });

  it('flags a bad key and a bad label value in the API server words', () => {
    const [row] = keyValueProblems([{ key: 'bad key', value: 'bad value' }], 'labels');
    expect(row?.key).toMatch(/^name part must consist of alphanumeric characters/);
    expect(row?.value).toMatch(/^a valid label must be an empty string/);
  });

  it('lets annotation values be free text', () => {
    expect(keyValueProblems([{ key: 'note', value: 'any text: at all' }], 'annotations')).toEqual([
      {},
    ]);
  });

  it('flags a value without key and an overridden repeated key', () => {
    const rows = keyValueProblems(
      [
        { key: '', value: 'x' },
        { key: 'a', value: '1' },
        { key: 'a', value: '2' },
        { key: '', value: '' },
      ],
      'labels',
    );
    expect(rows[0]?.key).toMatch(/key is required/);
    expect(rows[1]?.key).toMatch(/Repeated key/);
    expect(rows[2]).toEqual({});
    expect(rows[3]).toEqual({});
  });
});
