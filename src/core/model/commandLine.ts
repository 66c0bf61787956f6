/**
 * Command lines as the form shows them: one line, arguments split on spaces, with double or single
 * quotes around arguments that contain spaces. Backslashes are literal (Windows paths), so
 * `C:\Program Files\x.exe` must be quoted but never escaped.
 */

/** Split a command line into arguments. Unclosed quotes run to the end of the line. */
export function splitCommandLine(line: string): string[] {
  const args: string[] = [];
  let current = '';
  let quote: '"' | "'" | null = null;
  let started = false;
  for (const char of line) {
    if (quote) {
      if (char === quote) quote = null;
      else current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      started = true;
    } else if (/\s/.test(char)) {
      if (started) args.push(current);
      current = '';
      started = false;
    } else {
      current += char;
      started = true;
    }
  }
  if (started) args.push(current);
  return args;
}

/** Join arguments into one line that splitCommandLine reads back to the same list. */
export function joinCommandLine(args: readonly string[]): string {
  return args
    .map((arg) => {
      if (arg !== '' && !/[\s"']/.test(arg)) return arg;
      return arg.includes('"') ? `'${arg}'` : `"${arg}"`;
    })
    .join(' ');
}
