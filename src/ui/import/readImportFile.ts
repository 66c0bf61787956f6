import { decodeText } from '@/core/import/decodeText';
import { MAX_INPUT_BYTES, tooLargeMessage } from '@/core/import/inputLimits';

/** A picked or dropped file as text, or why it cannot be used. */
export type ReadFileResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Reads a manifest file as text (UTF-8, or UTF-16 with a byte-order mark), refusing files larger
 * than the importer reads before reading them.
 */
export async function readImportFile(file: File): Promise<ReadFileResult> {
  if (file.size > MAX_INPUT_BYTES)
    return { ok: false, reason: tooLargeMessage(file.name, file.size) };
  try {
    const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
    return decoded.ok ? decoded : { ok: false, reason: `${file.name}: ${decoded.reason}` };
  } catch {
    return { ok: false, reason: `${file.name} could not be read.` };
  }
}
