/**
 * Control characters (C0, DEL, C1) and the Unicode bidirectional overrides, which a terminal
 * would obey: a crafted name could move the cursor, erase a line or reorder what is shown.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text from a manifest made safe to print: each unsafe character as a visible `\u{…}` escape. */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}

/**
 * A GitHub Actions workflow-command value: `%`, CR and LF encoded as the runner expects, and for a
 * property (`file=…`) also `:` and `,`, so manifest text cannot end the command early.
 */
export function escapeForWorkflow(text: string, property = false): string {
  const escaped = escapeForTerminal(
    text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'),
  );
  return property ? escaped.replace(/:/g, '%3A').replace(/,/g, '%2C') : escaped;
}
