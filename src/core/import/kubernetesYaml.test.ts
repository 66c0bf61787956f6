import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';

import { decodeText } from './decodeText';
import { KUBERNETES_YAML_LOAD_OPTIONS } from './kubernetesYaml';

const read = (text: string): unknown => loadAll(text, KUBERNETES_YAML_LOAD_OPTIONS)[0];

describe('KUBERNETES_YAML_SCHEMA reads YAML as go-yaml v2 (kubectl, the API server)', () => {
  it.each(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'true', 'True', 'TRUE'])(
    '%s is true',
    (word) => expect(read(`v: ${word}`)).toEqual({ v: true }),
  );

  it.each(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF', 'false', 'False', 'FALSE'])(
    '%s is false',
    (word) => expect(read(`v: ${word}`)).toEqual({ v: false }),
  );

  it.each([
    ['010', 8],
    ['0o17', 15],
    ['0x1F', 31],
    ['0b101', 5],
    ['-010', -8],
    ['1_000', 1000],
    ['8080', 8080],
    ['0', 0],
  ])('%s is the integer %d', (text, value) => expect(read(`v: ${text}`)).toEqual({ v: value }));

  it.each(['8080:80', '2001-12-14', 'yess', '"yes"', "'010'"])(
    '%s stays a string (no sexagesimal numbers, no timestamps)',
    (text) => expect(typeof (read(`v: ${text}`) as { v: unknown }).v).toBe('string'),
  );

  it('resolves << merge keys, the local keys winning', () => {
    const text = 'base: &b {image: a, name: x}\nc:\n  <<: *b\n  name: z\n';
    expect(read(text)).toEqual({ base: { image: 'a', name: 'x' }, c: { image: 'a', name: 'z' } });
  });
});

describe('decodeText', () => {
  const utf16 = (text: string, littleEndian: boolean): Uint8Array => {
    const bytes = new Uint8Array(2 + text.length * 2);
    const view = new DataView(bytes.buffer);
    view.setUint16(0, 0xfeff, littleEndian);
    [...text].forEach((ch, i) => view.setUint16(2 + i * 2, ch.charCodeAt(0), littleEndian));
    return bytes;
  };

  it.each([true, false])('decodes UTF-16 with a byte-order mark (little-endian: %s)', (le) => {
    expect(decodeText(utf16('kind: Pod\n', le))).toEqual({ ok: true, text: 'kind: Pod\n' });
  });

  it('drops a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('kind: Pod')]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'kind: Pod' });
  });

  it('names binary input instead of reading garbage', () => {
    expect(decodeText(new Uint8Array([0x80, 0x81, 0xff]))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not UTF-8 text/) as unknown,
    });
  });
});
