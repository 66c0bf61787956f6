/** What went wrong, in words, whatever was thrown: an Error's message, a string, or neither. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'unknown error';
}
