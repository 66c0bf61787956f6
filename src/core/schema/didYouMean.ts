/**
 * Near-miss field names among the siblings a field could have been: a case-insensitive match
 * first (`runAsUsername` → `runAsUserName`), else the closest names by edit distance, where a
 * swap of two neighbouring letters counts as one edit (`hostNetwrok` → `hostNetwork`).
 * Returns [] when nothing is close enough.
 */
export function didYouMean(name: string, candidates: readonly string[]): string[] {
  const lower = name.toLowerCase();
  const sameLetters = candidates.filter((c) => c.toLowerCase() === lower);
  if (sameLetters.length > 0) return sameLetters;

  const maxDistance = Math.min(3, Math.max(1, Math.floor(name.length / 4)));
  let best = maxDistance + 1;
  let closest: string[] = [];
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - name.length) > maxDistance) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < best) {
      best = distance;
      closest = [candidate];
    } else if (distance === best) {
      closest.push(candidate);
    }
  }
  return closest;
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = value;
    }
  }
  return at(a.length, b.length);
}
