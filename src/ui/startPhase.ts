let startingUp = false;
let markStarted = () => {};
let started = Promise.resolve();

/**
 * Marks the app's start: while the prerendered page hydrates, a component that mounts must render
 * what the prerender rendered, so parts loaded after start (`useCodeAfterStart`) stay out of it,
 * and their code is fetched only once the app answers input.
 */
export function setStartingUp(value: boolean): void {
  if (value === startingUp) return;
  startingUp = value;
  if (value) started = new Promise((resolve) => (markStarted = resolve));
  else markStarted();
}

/** Whether the prerendered page is being hydrated. */
export function isStartingUp(): boolean {
  return startingUp;
}

const jobs: Array<() => void> = [];
let draining = false;

function drain(): void {
  if (draining) return;
  draining = true;
  const step = () => {
    const job = jobs.shift();
    if (!job) {
      draining = false;
      return;
    }
    job();
    setTimeout(step, 0);
  };
  setTimeout(step, 0);
}

/**
 * Runs `job` once the app has started (soon, outside start-up), one job per task: started all at
 * once, the dozen imports that follow the start held a phone's main thread for one long task.
 * `first` jobs run before the ones already waiting.
 */
export function afterStart<T>(job: () => T | Promise<T>, { first = false } = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const run = () => {
      try {
        resolve(job());
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    if (first) jobs.unshift(run);
    else jobs.push(run);
    void started.then(drain);
  });
}
