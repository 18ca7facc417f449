import type * as NSearch from 'N/search';
import { NotEmulatedError, SuiteScriptError, nsError } from '../errors';
import { DeployError } from '../sdf/project-model';
import type { RuntimeAccount } from './account-view';
import type { ScriptUser } from './context';
import type { DeployedDeployment } from './deployed';
import { execute, type ExecutionOutcome } from './execute';
import { nModule } from '../loader';
import { asUiUser } from './ui';

/** Key and value limits of map/reduce pairs (netsuite-runtime.md §1.2: the stricter documented pair). */
export const MR_KEY_MAX = 3000;
export const MR_VALUE_MAX = 1024 * 1024;
/** A map or reduce job yields once it has spent this many units, checked between invocations (NS section_1518645558). */
export const MR_YIELD_UNITS = 10000;

export type CompletionState = 'COMPLETE' | 'FAILED' | 'PENDING';

export interface StageKey {
  readonly key: string;
  readonly executionCount: number;
  readonly completionState: CompletionState;
}

export interface StageError {
  readonly key: string;
  /** The error as NetSuite serialises it into the errors iterators (JSON text of a SuiteScriptError). */
  readonly error: string;
  readonly executionNo: number;
}

export interface StageSummary {
  readonly stage: 'getInputData' | 'map' | 'reduce' | 'summarize';
  readonly invocations: number;
  readonly usage: number;
  readonly seconds: number;
  readonly keys: readonly StageKey[];
  readonly errors: readonly StageError[];
  readonly yields: number;
}

export interface MapReduceSummary {
  readonly kind: 'mapreduce';
  readonly scriptId: string;
  readonly deploymentId: string;
  readonly taskId: string | null;
  readonly stages: readonly StageSummary[];
  /** The serialized error getInputData threw, or null. */
  readonly inputError: string | null;
  /** Every failed invocation, over all stages. */
  readonly errors: readonly (StageError & { stage: string })[];
  readonly usage: number;
  /** reduce (or map, without reduce) output, keys in lexicographic order. */
  readonly output: readonly { key: string; value: string }[];
  readonly concurrency: number;
  readonly yields: number;
  /** What summarize threw, if it did. */
  readonly summarizeError: { name: string; message: string } | null;
}

interface Pair {
  readonly key: string;
  readonly value: string;
}

interface Config {
  readonly retryCount: number;
  readonly exitOnError: boolean;
}

interface RunOptions {
  readonly user: ScriptUser;
  readonly params?: Readonly<Record<string, unknown>>;
  readonly taskId: string | null;
}

/**
 * Runs a map/reduce deployment to completion with NetSuite's semantics (netsuite-runtime.md §3, NS section_4685231336,
 * section_4472703484, section_1517279521): getInputData → map → shuffle → reduce → summarize, each invocation its
 * own execution and budget; keys and values strings; failed invocations retried per `config.retryCount` with
 * their writes discarded; `config.exitOnError` jumps to summarize; a getInputData error goes straight to
 * summarize with inputSummary.error set.
 */
export function runMapReduce(
  account: RuntimeAccount,
  deployment: DeployedDeployment,
  options: RunOptions,
): MapReduceSummary {
  const probe = account.loader.load(deployment.script.def.scriptFile);
  const has = (name: string): boolean => typeof probe[name] === 'function';
  if (!has('getInputData'))
    throw new DeployError(deployment.script.def.scriptFile, 'map/reduce without getInputData');
  if (!has('map') && !has('reduce'))
    throw new DeployError(deployment.script.def.scriptFile, 'map/reduce needs a map or a reduce entry point');
  const config = readConfig(probe['config'], deployment.script.def.scriptFile);
  const concurrency = Math.max(
    1,
    Math.min(deployment.def.concurrencyLimit ?? 1, account.settings.concurrencyLimit),
  );
  const run = (
    stage: string,
    budget: 'mapreduce.getInputData' | 'mapreduce.map' | 'mapreduce.reduce' | 'mapreduce.summarize',
    body: (scriptExports: Record<string, unknown>) => unknown,
  ): ExecutionOutcome<unknown> => {
    const outcome = execute(
      {
        account,
        deployment,
        entryPoint: stage,
        budget,
        executionContext: 'MAPREDUCE',
        user: options.user,
        parameterOverrides: options.params,
        taskId: options.taskId,
      },
      body,
    );
    if (!outcome.ok && (outcome.error instanceof NotEmulatedError || outcome.error instanceof DeployError))
      throw outcome.error;
    return outcome;
  };

  const stages: StageSummary[] = [];
  const started = account.clock.now();

  // getInputData: one serial invocation.
  let inputError: string | null = null;
  let pairs: Pair[] = [];
  const input = run('getInputData', 'mapreduce.getInputData', (scriptExports) => {
    const value = (scriptExports['getInputData'] as (ctx: unknown) => unknown)({
      isRestarted: false,
      ObjectRef: { id: '', type: '' },
    });
    if (isThenable(value)) throw new NotEmulatedError('an async getInputData');
    return value;
  });
  if (input.ok) {
    try {
      pairs = inputPairs(account, options.user, input.value);
    } catch (error) {
      if (error instanceof NotEmulatedError) throw error;
      inputError = serializeError(error);
    }
  } else {
    inputError = serializeError(input.error);
  }
  stages.push({
    stage: 'getInputData',
    invocations: 1,
    usage: input.record.units,
    seconds: input.record.durationMs / 1000,
    keys: [],
    errors: [],
    yields: 0,
  });

  const output: Pair[] = [];
  let exited = inputError !== null;
  let afterMap: Pair[] = pairs;

  if (has('map')) {
    const mapped = runParallelStage(
      'map',
      pairs.map((p) => ({ key: p.key, values: [p.value] })),
      config,
      concurrency,
      exited,
      (item, executionNo, earlierErrors, write) =>
        run('map', 'mapreduce.map', (scriptExports) => {
          const value = (scriptExports['map'] as (ctx: unknown) => unknown)({
            key: item.key,
            value: item.values[0],
            isRestarted: executionNo > 1,
            executionNo,
            errors: errorIterator(earlierErrors),
            write,
          });
          if (isThenable(value)) throw new NotEmulatedError('an async map');
        }),
    );
    stages.push(mapped.summary);
    exited = exited || mapped.exited;
    afterMap = mapped.written;
    if (!has('reduce')) output.push(...mapped.written);
  }

  if (has('reduce')) {
    const groups = shuffle(afterMap);
    const reduced = runParallelStage(
      'reduce',
      groups,
      config,
      concurrency,
      exited,
      (item, executionNo, earlierErrors, write) =>
        run('reduce', 'mapreduce.reduce', (scriptExports) => {
          const value = (scriptExports['reduce'] as (ctx: unknown) => unknown)({
            key: item.key,
            values: [...item.values],
            isRestarted: executionNo > 1,
            executionNo,
            errors: errorIterator(earlierErrors),
            write,
          });
          if (isThenable(value)) throw new NotEmulatedError('an async reduce');
        }),
    );
    stages.push(reduced.summary);
    output.push(...reduced.written);
  }

  const sortedOutput = [...output].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const mapSummary = stages.find((s) => s.stage === 'map') ?? emptyStage('map');
  const reduceSummary = stages.find((s) => s.stage === 'reduce') ?? emptyStage('reduce');
  const inputSummary = stages[0] ?? emptyStage('getInputData');
  const usageSoFar = stages.reduce((sum, s) => sum + s.usage, 0);
  const yields = mapSummary.yields + reduceSummary.yields;

  let summarizeError: { name: string; message: string } | null = null;
  if (has('summarize')) {
    const summarized = run('summarize', 'mapreduce.summarize', (scriptExports) => {
      const seconds = stages.reduce((sum, s) => sum + s.seconds, 0);
      const value = (scriptExports['summarize'] as (ctx: unknown) => unknown)({
        isRestarted: false,
        dateCreated: started,
        seconds,
        usage: usageSoFar,
        concurrency,
        yields,
        inputSummary: {
          dateCreated: started,
          seconds: inputSummary.seconds,
          usage: inputSummary.usage,
          error: inputError,
        },
        mapSummary: stageContext(mapSummary, started, concurrency),
        reduceSummary: stageContext(reduceSummary, started, concurrency),
        output: { iterator: () => ({ each: iterate(sortedOutput.map((p) => [p.key, p.value])) }) },
        toString: () => 'SummaryContext',
      });
      if (isThenable(value)) throw new NotEmulatedError('an async summarize');
    });
    if (!summarized.ok) {
      const e = summarized.error;
      summarizeError = {
        name: e instanceof Error ? e.name : 'UNEXPECTED_ERROR',
        message: e instanceof Error ? e.message : String(e),
      };
    }
    stages.push({
      stage: 'summarize',
      invocations: 1,
      usage: summarized.record.units,
      seconds: summarized.record.durationMs / 1000,
      keys: [],
      errors: [],
      yields: 0,
    });
  }

  return {
    kind: 'mapreduce',
    scriptId: deployment.script.def.scriptId,
    deploymentId: deployment.def.scriptId,
    taskId: options.taskId,
    stages,
    inputError,
    errors: stages.flatMap((s) => s.errors.map((e) => ({ ...e, stage: s.stage }))),
    usage: stages.reduce((sum, s) => sum + s.usage, 0),
    output: sortedOutput,
    concurrency,
    yields,
    summarizeError,
  };
}

interface StageItem {
  readonly key: string;
  readonly values: readonly string[];
}

type Writer = (keyOrOptions: unknown, value?: unknown) => void;

/**
 * Runs map or reduce over its items. Keys are dealt to `concurrency` jobs in turn; a job yields when its units
 * since its last yield pass 10,000 (checked between invocations). Each failing invocation is retried up to
 * retryCount times; the writes of a failed try are discarded.
 */
function runParallelStage(
  stage: 'map' | 'reduce',
  items: readonly StageItem[],
  config: Config,
  concurrency: number,
  skip: boolean,
  invoke: (
    item: StageItem,
    executionNo: number,
    earlierErrors: readonly StageError[],
    write: Writer,
  ) => ExecutionOutcome<unknown>,
): { summary: StageSummary; written: Pair[]; exited: boolean } {
  const keys: StageKey[] = [];
  const errors: StageError[] = [];
  const written: Pair[] = [];
  const jobUnits = new Array<number>(concurrency).fill(0);
  let yields = 0;
  let usage = 0;
  let seconds = 0;
  let invocations = 0;
  let exited = skip;
  items.forEach((item, index) => {
    if (exited) {
      keys.push({ key: item.key, executionCount: 0, completionState: 'PENDING' });
      return;
    }
    const job = index % concurrency;
    const keyErrors: StageError[] = [];
    let executionNo = 0;
    let done = false;
    while (!done && executionNo <= config.retryCount) {
      executionNo += 1;
      const buffer: Pair[] = [];
      const outcome = invoke(item, executionNo, [...keyErrors], (keyOrOptions, value) =>
        buffer.push(writtenPair(keyOrOptions, value)),
      );
      invocations += 1;
      usage += outcome.record.units;
      seconds += outcome.record.durationMs / 1000;
      jobUnits[job] = (jobUnits[job] ?? 0) + outcome.record.units;
      if ((jobUnits[job] ?? 0) >= MR_YIELD_UNITS) {
        yields += 1;
        jobUnits[job] = 0;
      }
      if (outcome.ok) {
        written.push(...buffer);
        done = true;
      } else {
        const entry = { key: item.key, error: serializeError(outcome.error), executionNo };
        keyErrors.push(entry);
        errors.push(entry);
      }
    }
    keys.push({ key: item.key, executionCount: executionNo, completionState: done ? 'COMPLETE' : 'FAILED' });
    if (!done && config.exitOnError) exited = true;
  });
  return {
    summary: { stage, invocations, usage, seconds, keys, errors, yields },
    written,
    exited,
  };
}

/** context.write(key, value) or write({key, value}): objects become JSON, other values strings. */
function writtenPair(keyOrOptions: unknown, value: unknown): Pair {
  let key: unknown = keyOrOptions;
  let val: unknown = value;
  if (
    value === undefined &&
    typeof keyOrOptions === 'object' &&
    keyOrOptions !== null &&
    'key' in keyOrOptions
  ) {
    key = (keyOrOptions as { key: unknown }).key;
    val = (keyOrOptions as { value?: unknown }).value;
  }
  const pair = { key: asString(key), value: asString(val ?? '') };
  checkPair(pair);
  return pair;
}

function checkPair(pair: Pair): void {
  if (pair.key.length > MR_KEY_MAX)
    throw nsError('KEY_LENGTH_IS_OVER_3000_BYTES', `The key is over ${MR_KEY_MAX} characters.`);
  if (Buffer.byteLength(pair.value, 'utf8') > MR_VALUE_MAX)
    throw nsError('VALUE_LENGTH_IS_OVER_1_MB', 'The value is over 1 MB.');
}

function asString(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Groups map output by key, keys in the order they first appeared, values in write order. */
function shuffle(pairs: readonly Pair[]): StageItem[] {
  const groups = new Map<string, string[]>();
  for (const pair of pairs) {
    const values = groups.get(pair.key);
    if (values) values.push(pair.value);
    else groups.set(pair.key, [pair.value]);
  }
  return [...groups].map(([key, values]) => ({ key, values }));
}

/**
 * getInputData's return value as key/value pairs (NS section_4472703484): an array (index keys), a plain object
 * (property keys), a search.Search or {type:'search', id} (result id keys, JSON of the result as values).
 */
function inputPairs(account: RuntimeAccount, user: ScriptUser, input: unknown): Pair[] {
  if (input === null || input === undefined) return [];
  if (isThenable(input)) throw new NotEmulatedError('an async getInputData');
  if (Array.isArray(input)) return input.map((value, index) => pair(String(index), value));
  if (typeof input !== 'object') throw new NotEmulatedError(`getInputData returning a ${typeof input}`);
  const candidate = input as { type?: unknown; id?: unknown; run?: unknown; runPaged?: unknown };
  if (typeof candidate.runPaged === 'function') return searchPairs(account, user, input as NSearch.Search);
  const keys = Object.keys(input);
  if (keys.length === 2 && typeof candidate.type === 'string' && 'id' in candidate) {
    if (candidate.type !== 'search')
      throw new NotEmulatedError(`getInputData input of type ${candidate.type}`);
    const search = nModule('N/search') as typeof NSearch;
    return asUiUser(
      account,
      user,
      () => searchPairs(account, user, search.load({ id: String(candidate.id) })),
      'MAPREDUCE',
    );
  }
  if (typeof candidate.type === 'string' && ['query', 'suiteql', 'file', 'dataset'].includes(candidate.type))
    throw new NotEmulatedError(`getInputData input of type ${candidate.type}`);
  return Object.entries(input).map(([key, value]) => pair(key, value));
}

/** The framework runs the search after getInputData returns; that work is not charged to the script. */
function searchPairs(account: RuntimeAccount, user: ScriptUser, search: NSearch.Search): Pair[] {
  return asUiUser(
    account,
    user,
    () => {
      const out: Pair[] = [];
      const paged = search.runPaged({ pageSize: 1000 });
      paged.pageRanges.forEach((range) => {
        const page = paged.fetch({ index: range.index });
        page.data.forEach((result) => {
          out.push(
            pair(
              result.id === undefined || result.id === '' ? String(out.length) : String(result.id),
              result,
            ),
          );
        });
      });
      return out;
    },
    'MAPREDUCE',
  );
}

function pair(key: string, value: unknown): Pair {
  const result = { key, value: asString(value) };
  checkPair(result);
  return result;
}

function readConfig(value: unknown, file: string): Config {
  if (value === undefined) return { retryCount: 0, exitOnError: false };
  if (typeof value !== 'object' || value === null) throw new DeployError(file, 'config must be an object');
  const { retryCount = 0, exitOnError = false } = value as { retryCount?: unknown; exitOnError?: unknown };
  if (typeof retryCount !== 'number' || !Number.isInteger(retryCount) || retryCount < 0 || retryCount > 3)
    throw new DeployError(file, 'config.retryCount must be 0, 1, 2 or 3');
  if (typeof exitOnError !== 'boolean') throw new DeployError(file, 'config.exitOnError must be a boolean');
  return { retryCount, exitOnError };
}

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

function errorIterator(errors: readonly StageError[]): unknown {
  return { iterator: () => ({ each: iterate(errors.map((e) => [e.key, e.error, e.executionNo])) }) };
}

function stageContext(summary: StageSummary, started: Date, concurrency: number): unknown {
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
function iterate(rows: readonly unknown[][]): (callback: (...args: unknown[]) => unknown) => void {
  return (callback) => {
    for (const row of rows) if (callback(...row) !== true) return;
  };
}

function emptyStage(stage: StageSummary['stage']): StageSummary {
  return { stage, invocations: 0, usage: 0, seconds: 0, keys: [], errors: [], yields: 0 };
}

function isThenable(value: unknown): boolean {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
