/**
 * Resolves in a later task, so the browser can paint and handle input in between: start-up work
 * split this way never holds the page for long.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
