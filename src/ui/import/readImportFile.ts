/** Files larger than this are refused before reading (the importer caps its input at 2 MiB too). */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** A picked or dropped file as text, or why it cannot be used. */
export type ReadFileResult = { ok: true; text: string } | { ok: false; reason: string };

/** Reads a manifest file as UTF-8 text, refusing files too large to be a manifest. */
export async function readImportFile(file: File): Promise<ReadFileResult> {
  if (file.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      reason: `${file.name} is too large (${Math.round(file.size / 1024)} KiB).`,
    };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, reason: `${file.name} could not be read.` };
  }
}
