import { deployBasic, postToEcho } from './helpers';

function logged(account: ReturnType<typeof deployBasic>, title: string): Record<string, unknown> {
  const line = account
    .executions()
    .flatMap((e) => e.logs)
    .find((l) => l.title === title);
  if (!line) throw new Error(`no log line ${title}`);
  return JSON.parse(line.details) as Record<string, unknown>;
}

describe('scheduled scripts and N/task (NS section_453639770507, section_N3351480)', () => {
  it('runDeployment runs execute once with a 10,000-unit budget, as "Save and Execute" (USER_INTERFACE)', () => {
    const account = deployBasic();
    const summary = account.runDeployment('customscript_fx_tick_ss');
    expect(summary).toMatchObject({ kind: 'scheduled', outcome: 'success', usage: 0 });
    expect(logged(account, 'invocation')).toEqual({
      type: 'USER_INTERFACE',
      onDemand: 'ON_DEMAND',
      context: 'SCHEDULED',
      remaining: 10000,
    });
  });

  it('an uncaught error ends the run as an error outcome, noted in the execution log', () => {
    const account = deployBasic();
    account.setParameters('customdeploy_fx_tick_ss', { custscript_fx_tick_fail: true });
    const summary = account.runDeployment('customscript_fx_tick_ss');
    expect(summary).toMatchObject({
      outcome: 'error',
      error: { name: 'Error', message: 'tick failed on purpose' },
    });
    const record = account.executions().at(-1);
    expect(record?.logs.at(-1)).toMatchObject({ level: 'ERROR', title: 'Error' });
  });

  it('task.submit costs 20 units, queues the task PENDING, and a second submit to the same deployment fails', () => {
    const account = deployBasic();
    account.setParameters('customdeploy_fx_tick_ss', {
      custscript_fx_tick_chain: 'customdeploy_fx_words_mr',
    });
    account.runDeployment('customscript_fx_tick_ss');
    const submitted = logged(account, 'submitted');
    expect(submitted).toMatchObject({
      status: 'PENDING',
      second: 'FAILED_TO_SUBMIT_JOB_REQUEST_1',
      remaining: 10000 - 40,
    });
    const runs = account.runQueuedTasks();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ taskId: submitted['taskId'], status: 'COMPLETE' });
    // The task's params reached the map/reduce: object input.
    const summary = runs[0]?.summary;
    expect(summary?.kind === 'mapreduce' && summary.output.map((o) => o.key)).toEqual([
      'blue',
      'green',
      'red',
    ]);
    expect(account.runQueuedTasks()).toHaveLength(0);
  });

  it('a scheduled run started by a task sees context.type ON_DEMAND', () => {
    const account = deployBasic();
    account.setParameters('customdeploy_fx_tick_ss', {
      custscript_fx_tick_chain: 'customdeploy_fx_words_mr',
    });
    account.runDeployment('customscript_fx_tick_ss');
    account.runQueuedTasks();
    const types = account
      .executions()
      .flatMap((e) => e.logs)
      .filter((l) => l.title === 'invocation')
      .map((l) => (JSON.parse(l.details) as { type: string }).type);
    expect(types).toEqual(['USER_INTERFACE']);
  });
});

describe('N/task from a RESTlet (NS section_453639770507)', () => {
  const post = (account: ReturnType<typeof deployBasic>, body: object) =>
    JSON.parse(postToEcho(account, body).body) as Record<string, unknown>;

  it('without a deployment id the first idle NOTSCHEDULED deployment is used; none left → NO_DEPLOYMENTS_AVAILABLE', () => {
    const account = deployBasic();
    const res = post(account, {
      submitTask: [
        { taskType: 'SCHEDULED_SCRIPT', scriptId: 'customscript_fx_tick_ss' },
        { taskType: 'SCHEDULED_SCRIPT', scriptId: 'customscript_fx_tick_ss' },
        { taskType: 'MAP_REDUCE', scriptId: 'customscript_fx_tick_ss' },
      ],
    });
    expect(res['tasks']).toEqual([
      { id: 'SCHEDSCRIPT_000001', status: 'PENDING' },
      { error: 'NO_DEPLOYMENTS_AVAILABLE' },
      { error: 'INVALID_TASK_TYPE' },
    ]);
    // 20 units per submit, charged before the submission is checked (whether NetSuite charges a refused submit is
    // UNCONFIRMED; the emulator charges every call up front, as for every API).
    expect(res['remaining']).toBe(5000 - 3 * 20);
  });

  it('checkStatus answers COMPLETE after the queue ran, FAILED when the scheduled script threw', () => {
    const account = deployBasic();
    const first = post(account, {
      submitTask: [{ taskType: 'SCHEDULED_SCRIPT', scriptId: 'customscript_fx_tick_ss' }],
    });
    const id = (first['tasks'] as { id: string }[])[0]?.id;
    expect(account.runQueuedTasks().map((r) => r.status)).toEqual(['COMPLETE']);
    expect(post(account, { checkTask: id })).toEqual({ status: 'COMPLETE' });

    account.setParameters('customdeploy_fx_tick_ss', { custscript_fx_tick_fail: true });
    const second = post(account, {
      submitTask: [
        {
          taskType: 'SCHEDULED_SCRIPT',
          scriptId: 'customscript_fx_tick_ss',
          deploymentId: 'customdeploy_fx_tick_ss',
        },
      ],
    });
    const failedId = (second['tasks'] as { id: string }[])[0]?.id;
    expect(account.runQueuedTasks().map((r) => r.status)).toEqual(['FAILED']);
    expect(post(account, { checkTask: failedId })).toEqual({ status: 'FAILED' });
  });
});
