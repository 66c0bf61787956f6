// Sums the Vitest and Playwright JSON reports into the one plain line CI reads:
// "N passed, N failed, N skipped". A missing report counts as nothing run.
import { readFileSync } from 'node:fs';

type Counts = Record<string, number | undefined>;
const read = (path: string): Counts => {
  try {
    const json = JSON.parse(readFileSync(path, 'utf8')) as Counts & { stats?: Counts };
    return json.stats ?? json;
  } catch {
    return {};
  }
};
const vitest = read('reports/vitest.json');
const playwright = read('reports/playwright.json');
const add = (...values: (number | undefined)[]) => values.reduce<number>((a, b) => a + (b ?? 0), 0);
const passed = add(vitest.numPassedTests, playwright.expected, playwright.flaky);
const failed = add(vitest.numFailedTests, playwright.unexpected);
const skipped = add(vitest.numPendingTests, vitest.numTodoTests, playwright.skipped);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
