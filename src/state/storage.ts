/** The text stored under `key`, or null when there is none or storage is disabled. */
export function readStored(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    // Some private modes throw on any access.
    return null;
  }
}

/** Stores `value`; a full or disabled storage makes the choice last for this visit only. */
export function writeStored(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // The choice lasts for this visit only.
  }
}
