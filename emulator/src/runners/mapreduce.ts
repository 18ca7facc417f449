import { NotEmulatedError } from '../errors';
import { DeployError } from '../sdf/project-model';
import type { RuntimeAccount } from './account-view';
import type { ScriptUser } from './context';
import type { DeployedDeployment } from './deployed';
import { execute, loadScript, type ExecutionOutcome } from './execute';
import { errorIterator, iterate, serializeError, stageContext } from './mapreduce-context';
import { inputPairs, isThenable, shuffle, writtenPair, type Pair, type StageItem } from './mapreduce-pairs';

export { MR_KEY_MAX, MR_VALUE_MAX } from './mapreduce-pairs';
export { serializeError } from './mapreduce-context';

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
  const probe = loadScript(account, deployment.script.def.scriptFile);
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
    // After an exit (getInputData error, exitOnError) the job goes straight to summarize: nothing is shuffled.
    const groups = exited ? [] : shuffle(afterMap);
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

function readConfig(value: unknown, file: string): Config {
  if (value === undefined) return { retryCount: 0, exitOnError: false };
  if (typeof value !== 'object' || value === null) throw new DeployError(file, 'config must be an object');
  const { retryCount = 0, exitOnError = false } = value as { retryCount?: unknown; exitOnError?: unknown };
  if (typeof retryCount !== 'number' || !Number.isInteger(retryCount) || retryCount < 0 || retryCount > 3)
    throw new DeployError(file, 'config.retryCount must be 0, 1, 2 or 3');
  if (typeof exitOnError !== 'boolean') throw new DeployError(file, 'config.exitOnError must be a boolean');
  return { retryCount, exitOnError };
}

function emptyStage(stage: StageSummary['stage']): StageSummary {
  return { stage, invocations: 0, usage: 0, seconds: 0, keys: [], errors: [], yields: 0 };
}
