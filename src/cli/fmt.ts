import { importManifests } from '@/core/import/importManifests';
import { toManifests } from '@/core/manifest/toManifests';
import { toYaml } from '@/core/manifest/toYaml';

import { readInput } from './readInput';
import { escapeForTerminal } from './terminalText';

/**
 * `fmt FILE` ('-' = standard input): prints the YAML the app would download after importing FILE
 * and returns 0; or prints why it could not and returns 2. Import notes go to standard error.
 */
export async function runFmt(args: string[]): Promise<number> {
  const [file, ...rest] = args;
  if (file === undefined || rest.length > 0) {
    process.stderr.write('usage: fmt FILE   (use - for standard input)\n');
    return 2;
  }
  let text: string;
  try {
    text = await readInput(file);
  } catch (error) {
    process.stderr.write(
      escapeForTerminal(`${file}: ${error instanceof Error ? error.message : String(error)}`) +
        '\n',
    );
    return 2;
  }
  const result = importManifests(text);
  if (!result.ok) {
    process.stderr.write(
      `${escapeForTerminal(`${file === '-' ? 'stdin' : file}: ${result.reason}`)}\n`,
    );
    return 2;
  }
  for (const note of result.notes) {
    process.stderr.write(
      `note: ${escapeForTerminal(`${note.path ? `${note.path}: ` : ''}${note.message}`)}\n`,
    );
  }
  process.stdout.write(toYaml(toManifests(result.draft)));
  return 0;
}
