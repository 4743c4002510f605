// Saves and graph reloads must not overlap themselves: each runs one at a time.

/**
 * `task` run one at a time: a call while it runs gets the running promise. `then` runs when a run
 * ends (cleared there, not in the task: a run that ends at once would clear it before it is set).
 */
export function oneAtATime(task: () => Promise<void>, then?: () => void): { run(): Promise<void>; running(): boolean } {
  let current: Promise<void> | null = null;
  return {
    run() {
      if (current) return current;
      const run = task();
      current = run;
      void run.finally(() => {
        if (current !== run) return;
        current = null;
        then?.();
      });
      return run;
    },
    running: () => current !== null,
  };
}
