import type { MapReduceSummary } from '../../src/runners/mapreduce';
import { deployBasic } from './helpers';

function summaryLog(account: ReturnType<typeof deployBasic>): Record<string, unknown> {
  const summarize = account.executions().find((e) => e.entryPoint === 'summarize');
  const line = summarize?.logs.find((l) => l.title === 'summary');
  if (!line) throw new Error('summarize did not log its summary');
  return JSON.parse(line.details) as Record<string, unknown>;
}

function run(
  account: ReturnType<typeof deployBasic>,
  scriptId = 'customscript_fx_words_mr',
): MapReduceSummary {
  const summary = account.runDeployment(scriptId);
  if (summary.kind !== 'mapreduce') throw new Error('expected a map/reduce summary');
  return summary;
}

describe('map/reduce runner (netsuite-runtime.md §3; NS section_4685231336)', () => {
  it('array input: index keys, map → shuffle → reduce → output sorted by key (NS section_4472703484)', () => {
    const account = deployBasic();
    const summary = run(account);
    expect(summary.output).toEqual([
      { key: 'blue', value: '2' },
      { key: 'flaky', value: '1' },
      { key: 'green', value: '2' },
      { key: 'red', value: '1' },
    ]);
    const map = summary.stages.find((s) => s.stage === 'map');
    expect(map?.keys.map((k) => k.key)).toEqual(['0', '1', '2', '3']);
  });

  it('a failed map invocation is retried per config.retryCount, its writes discarded (NS section_1517279521)', () => {
    const account = deployBasic();
    const summary = run(account);
    // "discarded" was written by the failed first try of key 3 and must not reach reduce.
    expect(summary.output.find((o) => o.key === 'discarded')).toBeUndefined();
    const map = summary.stages.find((s) => s.stage === 'map');
    expect(map?.keys.find((k) => k.key === '3')).toEqual({
      key: '3',
      executionCount: 2,
      completionState: 'COMPLETE',
    });
    expect(map?.keys.find((k) => k.key === '2')).toEqual({
      key: '2',
      executionCount: 2,
      completionState: 'FAILED',
    });
  });

  it('a retry sees isRestarted true, executionNo 2 and the earlier error (NS section_4540852756, section_1516217757)', () => {
    const account = deployBasic();
    run(account);
    const retry = account
      .executions()
      .flatMap((e) => e.logs)
      .find((l) => l.title === 'retry');
    expect(JSON.parse(retry?.details ?? '{}')).toEqual({ isRestarted: true, executionNo: 2, errors: 1 });
  });

  it('summarize sees keys, serialized errors and output through iterators (NS section_4472725629)', () => {
    const account = deployBasic();
    run(account);
    const logged = summaryLog(account);
    expect(logged['mapErrors']).toEqual([
      ['2', 'FX_BOOM', 1],
      ['2', 'FX_BOOM', 2],
      ['3', 'FX_FLAKY', 1],
    ]);
    expect(logged['mapKeys']).toEqual([
      ['0', 1, 'COMPLETE'],
      ['1', 1, 'COMPLETE'],
      ['2', 2, 'FAILED'],
      ['3', 2, 'COMPLETE'],
    ]);
    expect(logged['output']).toEqual([
      ['blue', '2'],
      ['flaky', '1'],
      ['green', '2'],
      ['red', '1'],
    ]);
    expect(logged['isRestarted']).toBe(false);
    expect(logged['context']).toBe('MAPREDUCE');
    expect(logged['remaining']).toBe(10000);
  });

  it('object input: property keys, object values as JSON strings (NS section_4483840988)', () => {
    const account = deployBasic();
    account.setParameters('customdeploy_fx_words_mr', { custscript_fx_words_mode: 'object' });
    const summary = run(account);
    expect(summary.stages.find((s) => s.stage === 'map')?.keys.map((k) => k.key)).toEqual([
      'first',
      'second',
    ]);
    expect(summary.output).toEqual([
      { key: 'blue', value: '1' },
      { key: 'green', value: '2' },
      { key: 'red', value: '1' },
    ]);
  });

  it('a getInputData error goes straight to summarize with inputSummary.error (NS section_1499299768)', () => {
    const account = deployBasic();
    account.setParameters('customdeploy_fx_words_mr', { custscript_fx_words_mode: 'error' });
    const summary = run(account);
    expect(JSON.parse(summary.inputError ?? '{}')).toMatchObject({ name: 'FX_NO_INPUT' });
    expect(summary.stages.find((s) => s.stage === 'map')?.invocations).toBe(0);
    expect(summaryLog(account)['inputError']).toBe('FX_NO_INPUT');
  });

  it('exitOnError ends the stage at the first failure: later keys stay PENDING (NS section_1517279521)', () => {
    const account = deployBasic();
    run(account, 'customscript_fx_strict_mr');
    expect(summaryLog(account)).toEqual({
      keys: ['0:COMPLETE', '1:FAILED', '2:PENDING', '3:PENDING'],
      output: ['a'],
    });
  });

  it('each invocation is its own execution with its stage budget (NS section_0801064715)', () => {
    const account = deployBasic();
    run(account);
    const budgets = new Set(account.executions().map((e) => `${e.entryPoint}:${e.budget}`));
    expect(budgets).toEqual(
      new Set([
        'getInputData:mapreduce.getInputData',
        'map:mapreduce.map',
        'reduce:mapreduce.reduce',
        'summarize:mapreduce.summarize',
      ]),
    );
    // 1 input + 4 map keys (2 of them tried twice) + 4 reduce keys + 1 summarize
    expect(account.executions()).toHaveLength(1 + 6 + 4 + 1);
  });

  it('concurrency is the deployment limit capped at the account limit (NS section_157185630390)', () => {
    const account = deployBasic();
    expect(run(account).concurrency).toBe(2);
    const second = account.runDeployment('customscript_fx_words_mr', 'customdeploy_fx_words_mr_2');
    expect(second.kind === 'mapreduce' && second.concurrency).toBe(5);
  });
});

describe('map/reduce governance (NS section_0801064715, section_1518645558)', () => {
  it('each map invocation has 1,000 units; a job yields after 10,000 units, checked between invocations', () => {
    const account = deployBasic();
    const summary = run(account, 'customscript_fx_heavy_mr');
    const map = summary.stages.find((s) => s.stage === 'map');
    // 11 invocations × 900 = 9,900; the 12th runs out at 1,000 and fails with SSS_USAGE_LIMIT_EXCEEDED.
    expect(map?.keys.filter((k) => k.completionState === 'COMPLETE')).toHaveLength(11);
    expect(JSON.parse(map?.errors[0]?.error ?? '{}')).toMatchObject({ name: 'SSS_USAGE_LIMIT_EXCEEDED' });
    expect(map?.usage).toBe(9900 + 1000);
    expect(map?.yields).toBe(1);
    expect(summary.yields).toBe(1);
  });
});

describe('map/reduce without map (NS section_4685231336: either map or reduce may be left out)', () => {
  it('input pairs go straight to reduce, one value each; reduce retries and reduceSummary report failures', () => {
    const account = deployBasic();
    const summary = run(account, 'customscript_fx_reduce_mr');
    expect(summary.output).toEqual([
      { key: 'a', value: '{"n":1}' },
      { key: 'b', value: '2' },
    ]);
    expect(summaryLog(account)).toEqual({
      keys: [
        ['a', 1, 'COMPLETE'],
        ['b', 1, 'COMPLETE'],
        ['c', 3, 'FAILED'],
      ],
      errors: [
        ['c', 'c always fails (try 1)', 1],
        ['c', 'c always fails (try 2)', 2],
        ['c', 'c always fails (try 3)', 3],
      ],
      usage: 0,
    });
  });
});
