import { NotEmulatedError } from '../../src/errors';
import { deployBasic, ECHO, parse } from './helpers';

describe('RESTlet runner (netsuite-runtime.md §2; NS section_4619215993, section_4634920277)', () => {
  it('GET receives the URL parameters minus script and deploy, as an object (NS section_4407965171)', () => {
    const account = deployBasic();
    const res = account.invokeRestlet({
      ...ECHO,
      method: 'GET',
      query: { script: 'customscript_fx_echo_rl', deploy: '1', orderId: '42' },
      contentType: 'application/json',
    });
    expect(res.status).toBe(200);
    expect(res.contentType).toBe('application/json');
    expect(parse(res.body)['input']).toEqual({ orderId: '42' });
  });

  it('POST with application/json receives the parsed object (NS section_4407966008)', () => {
    const account = deployBasic();
    const res = account.invokeRestlet({
      ...ECHO,
      method: 'POST',
      contentType: 'application/json',
      body: '{"a":1}',
    });
    expect(res.status).toBe(200);
    expect(parse(res.body)['input']).toEqual({ a: 1 });
  });

  it('POST with text/plain receives the raw string and a returned string is sent verbatim', () => {
    const account = deployBasic();
    const res = account.invokeRestlet({
      ...ECHO,
      method: 'POST',
      contentType: 'text/plain',
      body: '{"a":1}',
    });
    expect(res).toMatchObject({ status: 200, contentType: 'text/plain', body: 'text:{"a":1}' });
  });

  it('an object returned to a text/plain POST or PUT is not emulated (NS section_4619215993 asks for a string); GET stays lenient', () => {
    const account = deployBasic();
    const text = (method: string, body: string) =>
      account.invokeRestlet({ ...ECHO, method, contentType: 'text/plain', body });
    expect(() => text('POST', 'return an object')).toThrow(NotEmulatedError);
    expect(() => text('POST', 'return an object')).toThrow(/text\/plain body whose post returned object/);
    expect(() => text('PUT', 'anything')).toThrow(/text\/plain body whose put returned object/);
    expect(text('POST', 'words')).toMatchObject({ status: 200, body: 'text:words' });
    const get = account.invokeRestlet({ ...ECHO, method: 'GET', query: { a: '1' } });
    expect(get).toMatchObject({ status: 200, contentType: 'text/plain' });
    expect(parse(get.body)['input']).toEqual({ a: '1' });
  });

  it('a string returned under application/json is not quoted again', () => {
    const account = deployBasic();
    const res = account.invokeRestlet({
      ...ECHO,
      method: 'POST',
      contentType: 'application/json',
      body: { returnString: 'plain words' },
    });
    expect(res.body).toBe('plain words');
  });

  it('a method without an entry point is 405 (NS section_4634920277)', () => {
    const account = deployBasic();
    const res = account.invokeRestlet({ ...ECHO, method: 'DELETE', contentType: 'application/json' });
    expect(res.status).toBe(405);
  });

  it('a GET with a body is 400 (NS section_4634920277)', () => {
    const account = deployBasic();
    const res = account.invokeRestlet({
      ...ECHO,
      method: 'GET',
      contentType: 'application/json',
      body: '{}',
    });
    expect(res.status).toBe(400);
  });

  it('POST and PUT without a Content-Type are 415 (NS section_4634920277)', () => {
    const account = deployBasic();
    expect(account.invokeRestlet({ ...ECHO, method: 'POST', body: '{}' }).status).toBe(415);
    expect(account.invokeRestlet({ ...ECHO, method: 'PUT', body: '{}' }).status).toBe(415);
    expect(
      account.invokeRestlet({ ...ECHO, method: 'PUT', contentType: 'application/json', body: '{}' }).status,
    ).toBe(200);
  });

  it('a thrown SuiteScriptError is 400 with NetSuite body: code = name, message = the error as JSON (§2.3)', () => {
    const account = deployBasic();
    const res = account.invokeRestlet({
      ...ECHO,
      method: 'POST',
      contentType: 'application/json',
      body: { fail: 'PWI_BAD_ORDER' },
    });
    expect(res.status).toBe(400);
    expect(res.body.startsWith('{"error" : {"code" : "PWI_BAD_ORDER", "message" : ')).toBe(true);
    const inner = JSON.parse(
      (JSON.parse(res.body) as { error: { message: string } }).error.message,
    ) as Record<string, unknown>;
    expect(inner).toMatchObject({
      type: 'error.SuiteScriptError',
      name: 'PWI_BAD_ORDER',
      message: 'asked to fail',
    });
    expect(Array.isArray(inner['stack'])).toBe(true);
  });

  it('a thrown plain Error is 400 under its own name', () => {
    const account = deployBasic();
    const res = account.invokeRestlet({
      ...ECHO,
      method: 'POST',
      contentType: 'application/json',
      body: { failPlain: true },
    });
    expect(res.status).toBe(400);
    expect((JSON.parse(res.body) as { error: { code: string } }).error.code).toBe('TypeError');
  });

  it('script and deploy accept internal ids and deployment numbers, as restlet.nl does (§2.5)', () => {
    const account = deployBasic();
    const script = account.scripts().find((s) => s.def.scriptId === 'customscript_fx_echo_rl');
    expect(script).toBeDefined();
    const res = account.invokeRestlet({
      script: script?.internalId ?? 0,
      deploy: 2,
      method: 'GET',
      contentType: 'application/json',
    });
    expect(parse(res.body)['deploymentId']).toBe('customdeploy_fx_echo_rl_debug');
  });

  it('a TESTING deployment runs only for its owner; anyone else is not emulated (NS chapter_N2998873)', () => {
    const account = deployBasic();
    const testing = { script: 'customscript_fx_echo_rl', deploy: 'customdeploy_fx_echo_rl_testing' };
    // Without a seeded token the call runs as the administrator, who deployed the project: the owner.
    const res = account.invokeRestlet({ ...testing, method: 'GET', contentType: 'application/json' });
    expect(parse(res.body)['deploymentId']).toBe('customdeploy_fx_echo_rl_testing');
    const integration = { ...account.administrator, id: 7, roleId: 'customrole_fx_integration', role: 1000 };
    expect(() =>
      account.invokeRestlet({ ...testing, method: 'GET', contentType: 'application/json', as: integration }),
    ).toThrow(NotEmulatedError);
  });

  it('module state does not survive between executions (a fresh AMD registry per execution)', () => {
    const account = deployBasic();
    const first = account.invokeRestlet({ ...ECHO, method: 'GET', contentType: 'application/json' });
    const second = account.invokeRestlet({ ...ECHO, method: 'GET', contentType: 'application/json' });
    expect(parse(first.body)['calls']).toBe(1);
    expect(parse(second.body)['calls']).toBe(1);
  });

  it('runs in the RESTLET context with a 5,000-unit budget (NS section_N3351480)', () => {
    const account = deployBasic();
    const res = parse(
      account.invokeRestlet({ ...ECHO, method: 'GET', contentType: 'application/json' }).body,
    );
    expect(res['context']).toBe('RESTLET');
    expect(res['remaining']).toBe(5000);
  });

  it('going over 5,000 units ends the call with SSS_USAGE_LIMIT_EXCEEDED (NS section_N3351480)', () => {
    const account = deployBasic();
    const res = account.invokeRestlet({
      ...ECHO,
      method: 'POST',
      contentType: 'application/json',
      body: { spendCacheCalls: 5001 },
    });
    expect(res.status).toBe(400);
    expect((JSON.parse(res.body) as { error: { code: string } }).error.code).toBe('SSS_USAGE_LIMIT_EXCEEDED');
    const log = account.executions().at(-1);
    expect(log).toMatchObject({ outcome: 'error', units: 5000, budget: 'restlet' });
  });

  it('a deployment limited to a role runs callers in that role; another role is not emulated (audslctrole)', () => {
    const account = deployBasic();
    const aud = { script: 'customscript_fx_echo_rl', deploy: 'customdeploy_fx_echo_rl_aud' };
    const res = account.invokeRestlet({ ...aud, method: 'GET', contentType: 'application/json' });
    expect(parse(res.body)['user']).toBe('customrole_fx_integration');
    expect(() =>
      account.invokeRestlet({
        ...aud,
        method: 'GET',
        contentType: 'application/json',
        as: account.administrator,
      }),
    ).toThrow(/outside its audience/);
  });
});

describe('execution log', () => {
  it('records script, deployment, entry point, units, duration, outcome and each charge', () => {
    const account = deployBasic();
    account.invokeRestlet({
      ...ECHO,
      method: 'POST',
      contentType: 'application/json',
      body: { spendCacheCalls: 3 },
    });
    const record = account.executions().at(-1);
    expect(record).toMatchObject({
      scriptId: 'customscript_fx_echo_rl',
      deploymentId: 'customdeploy_fx_echo_rl',
      scriptType: 'RESTLET',
      entryPoint: 'post',
      budget: 'restlet',
      units: 3,
      outcome: 'success',
    });
    expect(record?.charges?.map((c) => c.units)).toEqual([1, 1, 1]);
    expect(record?.durationMs).toBeGreaterThanOrEqual(0);
  });
});

describe('RESTlet addressing', () => {
  it('an unknown script or deployment answers 404 SSS_INVALID_SCRIPTLET_ID (suiteplus/nscabinet#22; NS section_4634920277: 404 when no RESTlet is at the URL)', () => {
    const account = deployBasic();
    for (const target of [
      { script: 'customscript_fx_nope', deploy: 1 },
      { script: 'customscript_fx_echo_rl', deploy: 99 },
    ]) {
      const res = account.invokeRestlet({ ...target, method: 'GET', contentType: 'application/json' });
      expect(res.status).toBe(404);
      expect(JSON.parse(res.body)).toEqual({
        error: {
          code: 'SSS_INVALID_SCRIPTLET_ID',
          message: 'That Suitelet is invalid, disabled, or no longer exists.',
        },
      });
    }
    expect(account.executions()).toHaveLength(0);
  });
});

describe('module definition', () => {
  it('an N/ API called at module top level fails with SUITESCRIPT_API_UNAVAILABLE_IN_DEFINE (sdf-format.md §6.2)', () => {
    const account = deployBasic();
    const res = account.invokeRestlet({
      script: 'customscript_fx_topcall_rl',
      deploy: 'customdeploy_fx_topcall_rl',
      method: 'GET',
      contentType: 'application/json',
    });
    expect(res.status).toBe(400);
    expect((JSON.parse(res.body) as { error: { code: string } }).error.code).toBe(
      'SUITESCRIPT_API_UNAVAILABLE_IN_DEFINE',
    );
    expect(account.executions().at(-1)).toMatchObject({ outcome: 'error', units: 0 });
  });
});

describe('request bodies NetSuite answers in ways not sourced', () => {
  it('an empty or unparseable application/json body is not emulated rather than answered with an invented error', () => {
    const account = deployBasic();
    for (const body of ['', '{not json']) {
      expect(() =>
        account.invokeRestlet({ ...ECHO, method: 'POST', contentType: 'application/json', body }),
      ).toThrow(NotEmulatedError);
    }
  });
});
