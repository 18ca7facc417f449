import { nsError } from '../../src/errors';
import type { AccountLike, RecordView, RestletCall } from '../../src/server/account-like';
import { isLoopback } from '../../src/server/admin-api';
import { EmulatorServer, RESTLET_PATH } from '../../src/server/emulator-server';
import type { TbaCredential } from '../../src/server/tba-verifier';
import { nsrestletLink, rawRequest, signedHeader } from './test-client';

/**
 * The HTTP layer on its own, against a small in-memory account: authentication, content types, the concurrency
 * gate and latency model, and the admin API's routing and errors. served-account.test.ts repeats the essentials
 * against a real deployed Account.
 */

const ACCOUNT_ID = 'TSTDRV1234567';
const credential: TbaCredential = {
  integration: 'Patchworks',
  consumerKey: 'a'.repeat(64),
  consumerSecret: 'b'.repeat(64),
  tokenId: 'c'.repeat(64),
  tokenSecret: 'd'.repeat(64),
  user: '5',
  role: 'customrole_pwi_integration',
};

/** An account with one echo RESTlet that writes `saves` records, and a record table for the admin API. */
class SmallAccount implements AccountLike {
  readonly accountId = ACCOUNT_ID;
  calls: RestletCall[] = [];
  private writeCount = 0;
  private readonly records = new Map<string, RecordView>();
  private clock = new Date('2026-01-05T09:00:00Z');

  constructor(readonly concurrencyLimit: number) {}

  credentials(): TbaCredential[] {
    return [credential];
  }
  writes(): number {
    return this.writeCount;
  }
  invokeRestlet(call: RestletCall) {
    this.calls.push(call);
    if (call.script !== 'customscript_echo_rl')
      return { status: 404, contentType: 'text/plain', body: 'No RESTlet here.' };
    const body = call.body === null ? null : (JSON.parse(call.body) as { saves?: number });
    this.writeCount += body?.saves ?? 0;
    return {
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ method: call.method, query: call.query, received: body }),
    };
  }
  createRecord(type: string, input: { fields?: Record<string, unknown> }): string {
    const id = String(this.records.size + 1);
    this.records.set(`${type}/${id}`, {
      id,
      type,
      fields: (input.fields ?? {}) as RecordView['fields'],
      sublists: {},
    });
    this.writeCount += 1;
    return id;
  }
  loadRecord(type: string, id: string): RecordView {
    const found = this.records.get(`${type}/${id}`);
    if (!found) throw nsError('RCRD_DSNT_EXIST', `That record does not exist. path: ${type} id: ${id}`);
    return found;
  }
  findRecords(type: string, equals: Record<string, string>): RecordView[] {
    return [...this.records.values()].filter(
      (r) => r.type === type && Object.entries(equals).every(([k, v]) => String(r.fields[k]) === v),
    );
  }
  transformRecord(): string {
    throw nsError('INVALID_TRANSFORM', 'not in this small account');
  }
  runDeployment(scriptId: string, deploymentId: string | null) {
    return { scriptId, deploymentId, ran: true };
  }
  setParameters(): void {}
  advanceClock(seconds: number): Date {
    this.clock = new Date(this.clock.getTime() + seconds * 1000);
    return this.clock;
  }
  now(): Date {
    return this.clock;
  }
  executions() {
    return [];
  }
}

async function started(limit: number, saveLatencyMs = 0) {
  const account = new SmallAccount(limit);
  const server = new EmulatorServer(account, { saveLatencyMs });
  const base = await server.listen(0);
  const restletUrl = `${base}${RESTLET_PATH}?script=customscript_echo_rl&deploy=customdeploy_echo_rl`;
  const link = (retries?: number, tokenSecret = credential.tokenSecret) =>
    nsrestletLink(base, ACCOUNT_ID, { ...credential, tokenSecret }, restletUrl, retries);
  return { account, server, base, restletUrl, link };
}

describe('EmulatorServer over HTTP with nsrestlet (real OAuth 1.0a)', () => {
  let env: Awaited<ReturnType<typeof started>>;
  afterEach(async () => {
    await env.server.close();
  });

  it('answers a signed POST and GET from the stock client, body and query passed through', async () => {
    env = await started(5);
    await expect(env.link().post({ saves: 0, order: '#1001' })).resolves.toEqual({
      method: 'POST',
      query: {},
      received: { saves: 0, order: '#1001' },
    });
    await expect(env.link().get({ shopifyOrderId: '820982911946154508' })).resolves.toEqual({
      method: 'GET',
      query: { shopifyOrderId: '820982911946154508' },
      received: null,
    });
    expect(env.account.calls.map((c) => [c.script, c.deploy, c.contentType])).toEqual([
      ['customscript_echo_rl', 'customdeploy_echo_rl', 'application/json'],
      ['customscript_echo_rl', 'customdeploy_echo_rl', 'application/json'],
    ]);
  });

  it('refuses a bad signature with 401 and NetSuite INVALID_LOGIN_ATTEMPT body, running no script', async () => {
    env = await started(5);
    await expect(env.link(undefined, 'wrong-token-secret').post({ saves: 1 })).rejects.toEqual({
      code: 'INVALID_LOGIN_ATTEMPT',
      message: 'Invalid login attempt.',
    });
    const raw = await rawRequest(env.restletUrl, 'POST', { 'Content-Type': 'application/json' }, '{}');
    expect(raw.status).toBe(401);
    expect(raw.body).toBe(
      '{"error" : {"code" : "INVALID_LOGIN_ATTEMPT", "message" : "Invalid login attempt."}}',
    );
    expect(raw.headers['www-authenticate']).toBe(`OAuth realm="${ACCOUNT_ID}"`);
    expect(env.account.calls).toHaveLength(0);
    expect(env.server.loginAudit.map((entry) => entry.reason)).toEqual([
      'signature_invalid',
      'header_absent',
    ]);
  });

  it('answers 415 to a POST or PUT without Content-Type, and to an unsupported one', async () => {
    env = await started(5);
    for (const method of ['POST', 'PUT']) {
      const header = signedHeader(ACCOUNT_ID, credential, method, env.restletUrl);
      const raw = await rawRequest(env.restletUrl, method, { Authorization: header }, '{"saves":1}');
      expect(raw.status).toBe(415);
    }
    const header = signedHeader(ACCOUNT_ID, credential, 'POST', env.restletUrl);
    const form = await rawRequest(
      env.restletUrl,
      'POST',
      { Authorization: header, 'Content-Type': 'application/x-www-form-urlencoded' },
      'a=1',
    );
    expect(form.status).toBe(415);
    expect(env.account.calls).toHaveLength(0);
  });

  it('refuses a replayed Authorization header (same nonce and timestamp) after the first use', async () => {
    env = await started(5);
    const header = signedHeader(ACCOUNT_ID, credential, 'POST', env.restletUrl, 'replay-me-123');
    const headers = { Authorization: header, 'Content-Type': 'application/json' };
    const first = await rawRequest(env.restletUrl, 'POST', headers, '{"saves":1}');
    const replay = await rawRequest(env.restletUrl, 'POST', headers, '{"saves":1}');
    expect(first.status).toBe(200);
    expect(replay.status).toBe(401);
    expect(JSON.parse(replay.body)).toEqual({
      error: { code: 'INVALID_LOGIN_ATTEMPT', message: 'Invalid login attempt.' },
    });
    expect(env.account.writes()).toBe(1);
    expect(env.server.loginAudit.at(-1)?.reason).toBe('nonce_used');
  });

  it('refuses requests beyond the concurrency limit with 400 SSS_REQUEST_LIMIT_EXCEEDED while slots are held', async () => {
    env = await started(2, 600);
    const outcomes = await Promise.allSettled([1, 2, 3, 4, 5].map((n) => env.link(1).post({ saves: 1, n })));
    const fulfilled = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(fulfilled).toHaveLength(2);
    expect(refused.map((o) => (o.reason as { code: string }).code)).toEqual([
      'SSS_REQUEST_LIMIT_EXCEEDED',
      'SSS_REQUEST_LIMIT_EXCEEDED',
      'SSS_REQUEST_LIMIT_EXCEEDED',
    ]);
    const stats = env.server.concurrency();
    expect(stats.peak).toBe(2);
    expect(stats.inFlight).toBe(0);
    // Each refused call was tried twice (nsrestlet retries SSS_REQUEST_LIMIT_EXCEEDED once with retries: 1).
    expect(stats.refused).toBe(6);
    const served = env.server.requests.filter((r) => r.refused === null);
    expect(served.map((r) => r.saves)).toEqual([1, 1]);
    expect(served.every((r) => r.saves === 1 && r.heldMs >= 590)).toBe(true);
  });

  it('serves the requests in turn once slots free up: the limit is on requests in flight, not in total', async () => {
    env = await started(1, 20);
    for (let n = 0; n < 3; n++)
      await expect(env.link().post({ saves: 2 })).resolves.toMatchObject({ method: 'POST' });
    expect(env.server.concurrency().refused).toBe(0);
    expect(env.server.requests.map((r) => r.heldMs >= 38)).toEqual([true, true, true]);
  });

  it('answers the data-center lookup for its own account only', async () => {
    env = await started(5);
    const ok = await rawRequest(`${env.base}/rest/datacenterurls?account=${ACCOUNT_ID}`, 'GET', {});
    expect(JSON.parse(ok.body)).toEqual({
      webservicesDomain: env.base,
      restDomain: env.base,
      systemDomain: env.base,
    });
    const other = await rawRequest(`${env.base}/rest/datacenterurls?account=999`, 'GET', {});
    expect(other.status).toBe(400);
  });
});

describe('admin API', () => {
  let env: Awaited<ReturnType<typeof started>>;
  afterEach(async () => {
    await env.server.close();
  });
  const call = async (method: string, path: string, body?: unknown) => {
    const raw = await rawRequest(
      `${env.base}${path}`,
      method,
      body === undefined ? {} : { 'Content-Type': 'application/json' },
      body === undefined ? undefined : JSON.stringify(body),
    );
    return { status: raw.status, body: JSON.parse(raw.body) as unknown };
  };

  it('creates, loads and finds records, and names NetSuite error codes', async () => {
    env = await started(5);
    expect(await call('POST', '/emulator/records/customer', { fields: { email: 'a@example.com' } })).toEqual({
      status: 200,
      body: { id: '1' },
    });
    expect(await call('GET', '/emulator/records/customer/1')).toEqual({
      status: 200,
      body: { id: '1', type: 'customer', fields: { email: 'a@example.com' }, sublists: {} },
    });
    expect((await call('GET', '/emulator/records/customer?email=a%40example.com')).body).toHaveLength(1);
    expect((await call('GET', '/emulator/records/customer?email=b%40example.com')).body).toEqual([]);
    expect(await call('GET', '/emulator/records/customer/99')).toEqual({
      status: 404,
      body: {
        error: { code: 'RCRD_DSNT_EXIST', message: 'That record does not exist. path: customer id: 99' },
      },
    });
    expect((await call('POST', '/emulator/records/salesorder/1/transform/itemfulfillment', {})).body).toEqual(
      {
        error: { code: 'INVALID_TRANSFORM', message: 'not in this small account' },
      },
    );
  });

  it('moves the clock, runs deployments, and rejects malformed input and unknown routes', async () => {
    env = await started(5);
    expect(await call('POST', '/emulator/clock', { advanceSeconds: 3600 })).toEqual({
      status: 200,
      body: { now: '2026-01-05T10:00:00.000Z' },
    });
    expect((await call('POST', '/emulator/clock', { advanceSeconds: -1 })).status).toBe(400);
    expect(
      (await call('POST', '/emulator/scripts/customscript_pwi_queue_mr/run?deploy=customdeploy_x')).body,
    ).toEqual({
      summary: { scriptId: 'customscript_pwi_queue_mr', deploymentId: 'customdeploy_x', ran: true },
    });
    expect((await call('GET', '/emulator/nothing')).status).toBe(404);
    expect((await call('DELETE', '/emulator/clock')).status).toBe(405);
    const broken = await rawRequest(`${env.base}/emulator/records/customer`, 'POST', {}, '{not json');
    expect(JSON.parse(broken.body)).toMatchObject({ error: { code: 'EMULATOR_BAD_REQUEST' } });
  });
});

describe('server edges', () => {
  it('treats only loopback callers as local', () => {
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.1.2.3'].every((a) => isLoopback(a))).toBe(true);
    expect(['10.0.0.5', '::ffff:192.168.1.2', '2001:db8::1', undefined].some((a) => isLoopback(a))).toBe(
      false,
    );
  });

  it('answers 405 to a signed request with a method RESTlets do not have, and 404 off the known paths', async () => {
    const env = await started(5);
    try {
      const header = signedHeader(ACCOUNT_ID, credential, 'PATCH', env.restletUrl);
      const patch = await rawRequest(
        env.restletUrl,
        'PATCH',
        { Authorization: header, 'Content-Type': 'application/json' },
        '{}',
      );
      expect(patch.status).toBe(405);
      const elsewhere = await rawRequest(`${env.base}/services/rest/record/v1/salesOrder`, 'GET', {});
      expect(elsewhere.status).toBe(404);
      expect(JSON.parse(elsewhere.body)).toMatchObject({ error: { code: 'EMULATOR_UNKNOWN_ROUTE' } });
      expect(env.account.calls).toHaveLength(0);
    } finally {
      await env.server.close();
    }
  });
});
