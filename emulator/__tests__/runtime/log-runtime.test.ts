import { deployBasic, ECHO, parse } from './helpers';

describe('N/log (NS section_4574548135, section_4430384449)', () => {
  it('keeps lines at or above the deployment log level: AUDIT drops debug lines', () => {
    const account = deployBasic();
    account.invokeRestlet({ ...ECHO, method: 'GET', contentType: 'application/json', query: { a: '1' } });
    const logs = account.executions().at(-1)?.logs ?? [];
    expect(logs.map((l) => `${l.level}:${l.title}`)).toEqual(['AUDIT:get audit']);
  });

  it('DEBUG keeps every line; an object as details is JSON-serialised', () => {
    const account = deployBasic();
    account.invokeRestlet({
      script: 'customscript_fx_echo_rl',
      deploy: 'customdeploy_fx_echo_rl_debug',
      method: 'GET',
      contentType: 'application/json',
      query: { a: '1' },
    });
    const logs = account.executions().at(-1)?.logs ?? [];
    expect(logs.map((l) => [l.level, l.title, l.details])).toEqual([
      ['DEBUG', 'get', '{"a":"1"}'],
      ['AUDIT', 'get audit', '{"keys":["a"]}'],
    ]);
  });

  it('cuts titles to 99 characters and details to 3999 (NS section_4430384449)', () => {
    const account = deployBasic();
    account.invokeRestlet({
      ...ECHO,
      method: 'POST',
      contentType: 'application/json',
      body: { longLog: true },
    });
    const line = account.executions().at(-1)?.logs[0];
    expect(line?.title).toHaveLength(99);
    expect(line?.details).toHaveLength(3999);
  });

  it('log times come from the account clock', () => {
    const account = deployBasic({ now: new Date('2026-03-01T12:00:00Z') });
    account.clock.advance(90);
    account.invokeRestlet({ ...ECHO, method: 'GET', contentType: 'application/json' });
    expect(account.executions().at(-1)?.logs[0]?.at.toISOString()).toBe('2026-03-01T12:01:30.000Z');
    expect(account.executions().at(-1)?.startedAt.toISOString()).toBe('2026-03-01T12:01:30.000Z');
  });
});

describe('N/runtime (NS section_4296661592)', () => {
  it('getParameter types values by field type: TEXT default, CHECKBOX boolean, INTEGER number, undeclared null', () => {
    const account = deployBasic();
    const res = parse(
      account.invokeRestlet({ ...ECHO, method: 'GET', contentType: 'application/json' }).body,
    );
    expect(res).toMatchObject({ prefix: 'hello', enabled: true, batch: 25, undeclared: null });
    // A SELECT parameter reads as the internal id of its value (the default selection names a list value).
    expect(res['colour']).toBe('2');
  });

  it('a deployment without values gets the defaults: unchecked false, unset integer null', () => {
    const account = deployBasic();
    const res = parse(
      account.invokeRestlet({
        script: 'customscript_fx_echo_rl',
        deploy: 'customdeploy_fx_echo_rl_debug',
        method: 'GET',
        contentType: 'application/json',
      }).body,
    );
    expect(res).toMatchObject({ prefix: 'hello', enabled: false, batch: null });
  });

  it('setParameters changes what the next execution reads; the seed sets values per deployment', () => {
    const account = deployBasic({
      seed: { parameters: { customdeploy_fx_echo_rl: { custscript_fx_echo_prefix: 'seeded' } } },
    });
    const first = parse(
      account.invokeRestlet({ ...ECHO, method: 'GET', contentType: 'application/json' }).body,
    );
    expect(first['prefix']).toBe('seeded');
    account.setParameters('customdeploy_fx_echo_rl', { custscript_fx_echo_batch: '7' });
    const second = parse(
      account.invokeRestlet({ ...ECHO, method: 'GET', contentType: 'application/json' }).body,
    );
    expect(second['batch']).toBe(7);
    expect(() => account.setParameters('customdeploy_fx_echo_rl', { custscript_fx_nope: 1 })).toThrow(
      /not a parameter/,
    );
  });

  it('reports the script id, deployment id, account id and current user', () => {
    const account = deployBasic({ seed: { accountId: 'TSTDRV1234567' } });
    const res = parse(
      account.invokeRestlet({ ...ECHO, method: 'GET', contentType: 'application/json' }).body,
    );
    expect(res).toMatchObject({
      scriptId: 'customscript_fx_echo_rl',
      deploymentId: 'customdeploy_fx_echo_rl',
      user: 'administrator',
    });
    expect(account.accountId).toBe('TSTDRV1234567');
  });
});

describe('the account clock in scripts', () => {
  it('new Date() and Date.now() in a script read the account clock; other Date uses are ordinary', () => {
    const account = deployBasic({ now: new Date('2026-05-01T08:00:00Z') });
    account.clock.advance(3600);
    const res = parse(
      account.invokeRestlet({ ...ECHO, method: 'GET', contentType: 'application/json' }).body,
    );
    expect(res).toMatchObject({
      now: '2026-05-01T09:00:00.000Z',
      nowMs: Date.parse('2026-05-01T09:00:00Z'),
      isDate: true,
      parsed: '2020-02-03T04:05:06.000Z',
    });
  });
});
