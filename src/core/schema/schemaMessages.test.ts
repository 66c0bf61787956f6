import { describe, expect, it } from 'vitest';

import { quantityMessage, quantitySuggestions, wrongTypeMessage } from './schemaMessages';

describe('quantitySuggestions', () => {
  it.each([
    ['10MB', ['10M', '10Mi']],
    ['10mb', ['10M', '10Mi']],
    ['100KB', ['100k', '100Ki']],
    ['512MiB', ['512Mi']],
    ['2 Gi', ['2Gi']],
    ['1gi', ['1Gi']],
    ['1.5cores', []],
    ['lots', []],
  ])('%s → %j', (text, expected) => {
    expect(quantitySuggestions(text)).toEqual(expected);
  });
});

describe('quantityMessage', () => {
  it("quotes Kubernetes' own error and suggests spellings", () => {
    expect(quantityMessage('10MB')).toBe(
      `Invalid value: "10MB": quantities must match the regular expression ` +
        `'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'; did you mean "10M" or "10Mi"?`,
    );
    expect(quantityMessage('1.5cores')).toMatch(/use a plain number or a suffix such as m, k, M/);
  });
});

describe('wrongTypeMessage', () => {
  it('says what is expected and what was found, with the repair', () => {
    expect(wrongTypeMessage('i', '9182')).toBe(
      'expected an integer, got a string ("9182"): write 9182 without quotes',
    );
    expect(wrongTypeMessage('b', 'True')).toBe(
      'expected a boolean (true or false), got a string ("True"): write true without quotes',
    );
    expect(wrongTypeMessage('s', 8080)).toBe(
      'expected a string, got a number (8080): quote it: "8080"',
    );
    expect(wrongTypeMessage('{s', ['a=b'])).toBe('expected a map of keys to values, got a list');
    expect(wrongTypeMessage('PodSpec', new Date(0))).toBe(
      'expected an object (a map of fields), got a timestamp',
    );
    expect(wrongTypeMessage('Container', 'x')).toBe(
      'expected an object (a map of fields), got a string ("x")',
    );
  });
});
