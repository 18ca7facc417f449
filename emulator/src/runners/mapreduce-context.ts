import { SuiteScriptError } from '../errors';
import type { StageError, StageKey, StageSummary } from './mapreduce';

// What map/reduce scripts see of errors and summaries: serialized errors and NetSuite's iterator objects.

/** An error as the map/reduce errors iterators hold it: the JSON text of a SuiteScriptError. */
export function serializeError(error: unknown): string {
  if (error instanceof SuiteScriptError) return JSON.stringify(error.toJSON());
  if (error instanceof Error) {
    const wrapped = new SuiteScriptError(error.name || 'UNEXPECTED_ERROR', error.message);
    wrapped.stack = error.stack;
    return JSON.stringify(wrapped.toJSON());
  }
  return JSON.stringify(new SuiteScriptError('UNEXPECTED_ERROR', String(error)).toJSON());
}

export function errorIterator(errors: readonly StageError[]): unknown {
  return { iterator: () => ({ each: iterate(errors.map((e) => [e.key, e.error, e.executionNo])) }) };
}

export function stageContext(summary: StageSummary, started: Date, concurrency: number): unknown {
  return {
    dateCreated: started,
    seconds: summary.seconds,
    usage: summary.usage,
    concurrency,
    yields: summary.yields,
    keys: {
      iterator: () => ({
        each: iterate(sortKeys(summary.keys).map((k) => [k.key, k.executionCount, k.completionState])),
      }),
    },
    errors: errorIterator(summary.errors),
  };
}

/** mapSummary.keys order: numeric when every key is numeric, lexicographic otherwise (netsuite-runtime.md §3.3). */
function sortKeys(keys: readonly StageKey[]): StageKey[] {
  const numeric = keys.every((k) => /^-?\d+(\.\d+)?$/.test(k.key));
  return [...keys].sort((a, b) =>
    numeric ? Number(a.key) - Number(b.key) : a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
  );
}

/** An iterator's each(): the callback must return true to go on, as in NetSuite. */
export function iterate(rows: readonly unknown[][]): (callback: (...args: unknown[]) => unknown) => void {
  return (callback) => {
    for (const row of rows) if (callback(...row) !== true) return;
  };
}
