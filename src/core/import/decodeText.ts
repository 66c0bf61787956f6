/** Text from a file's bytes, or why it is not text. */
export type DecodeTextResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * A manifest file's bytes as text. UTF-8 is the default (a byte-order mark is dropped); a UTF-16
 * byte-order mark, as Windows PowerShell 5 writes with `>` and `Out-File`, selects UTF-16. Bytes
 * that are not valid in the chosen encoding are refused rather than replaced, so a binary file is
 * named as such instead of being read as garbage.
 */
export function decodeText(bytes: Uint8Array): DecodeTextResult {
  const [b0, b1] = bytes;
  const encoding =
    b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : 'utf-8';
  try {
    // TextDecoder drops the byte-order mark of the encoding it decodes.
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      reason: `The file is not ${encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'} text (is it a binary file?).`,
    };
  }
}
