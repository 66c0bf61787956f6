import { createReadStream } from 'node:fs';

import { decodeText } from '@/core/import/decodeText';
import { formatMiB } from '@/core/import/inputLimits';

/**
 * The most bytes read from one source. A stream of manifests may hold several objects of up to
 * 1.5 MiB each; the cap is checked while reading, so `/dev/zero` or a huge pipe costs no more.
 */
export const MAX_CLI_INPUT_BYTES = 10 * 1024 * 1024;

/**
 * The text of FILE, or of standard input for `-`: at most `MAX_CLI_INPUT_BYTES`, UTF-8 or UTF-16
 * with a byte-order mark. Throws an Error with a plain message when the source is too large, not
 * text, or cannot be read.
 */
export async function readInput(
  file: string,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<string> {
  const source = file === '-' ? stdin : createReadStream(file);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > MAX_CLI_INPUT_BYTES) {
      if ('destroy' in source && typeof source.destroy === 'function') source.destroy();
      throw new Error(
        `the input is larger than ${formatMiB(MAX_CLI_INPUT_BYTES)}; refusing to read on`,
      );
    }
    chunks.push(bytes);
  }
  const decoded = decodeText(Buffer.concat(chunks));
  if (!decoded.ok) throw new Error(decoded.reason);
  return decoded.text;
}
