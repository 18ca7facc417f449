/**
 * Adds the `.promise` twin SuiteScript 2.1 gives server-side N/ functions. The work runs at the call, inside the
 * calling script's execution (its governance and account); only the outcome is delivered as a promise.
 */
export function withPromise<A extends unknown[], R>(
  fn: (...args: A) => R,
): ((...args: A) => R) & { promise: (...args: A) => Promise<R> } {
  const promise = (...args: A): Promise<R> => {
    try {
      return Promise.resolve(fn(...args));
    } catch (error) {
      return Promise.reject(error as Error);
    }
  };
  return Object.assign(fn, { promise });
}
