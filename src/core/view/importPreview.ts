import { analyseImport, type ImportPreview } from '@/core/import/analyseImport';
import { importManifests } from '@/core/import/importManifests';

/**
 * What the import dialog shows for the text in it: nothing while it is blank, else what importing
 * it would give. The importer promises not to throw; should it still, the dialog says so.
 */
export function previewImport(text: string): ImportPreview | null {
  if (text.trim() === '') return null;
  try {
    return analyseImport(importManifests(text), text);
  } catch {
    return { ok: false, reason: 'the importer failed on this text.' };
  }
}
