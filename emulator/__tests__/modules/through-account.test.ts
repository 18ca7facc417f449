// The small N/ modules as a deployed script meets them: an AMD RESTlet in a tiny SDF project, deployed into an
// Account from a seed and called through invokeRestlet, so the loader, governance per execution, the seed's
// secrets and settings, and the RESTlet error body all work together with these modules.
import * as path from 'node:path';
import { Account } from '../../src/account';
import { testRegistry } from '../support/registry';
import { startTestServer, type TestServer } from './http-test-server';

const PROJECT = path.join(__dirname, 'fixtures', 'project');
const SCRIPT = { script: 'customscript_fxm_modules_rl', deploy: 'customdeploy_fxm_modules_rl' };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

function deploy(): Account {
  return Account.deploy(PROJECT, {
    // No record types: these modules touch no records, so the test does not depend on the records layer.
    schemas: testRegistry(),
    seed: {
      accountId: 'TSTDRV2698307',
      settings: { timeZone: 'Europe/London', dateFormat: 'D/M/YYYY' },
      secrets: { custsecret_fxm_signing: 'Jefe', custsecret_fxm_token: 'tok-123' },
    },
  });
}

function call(account: Account, body: Record<string, unknown>) {
  const response = account.invokeRestlet({
    ...SCRIPT,
    method: 'POST',
    contentType: 'application/json',
    body,
  });
  return { status: response.status, body: JSON.parse(response.body) as Record<string, unknown> };
}

describe('small N/ modules through a deployed RESTlet', () => {
  test('N/crypto signs with the seeded API secret (RFC 4231 case 2 in base64)', () => {
    const { status, body } = call(deploy(), { action: 'sign', payload: 'what do ya want for nothing?' });
    expect(status).toBe(200);
    expect(body.signature).toBe('W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=');
  });

  test('N/https reaches a local server with the secret resolved, and the account logs the call', () => {
    const account = deploy();
    const { body } = call(account, { action: 'call', target: `${server.base}/hook` });
    const echoed = body.echoed as { headers: Record<string, string>; body: string };
    expect(body.code).toBe(200);
    expect(echoed.headers.authorization).toBe('Bearer tok-123');
    expect(echoed.body).toBe('{"ping":1}');
    expect(account.httpRequests).toEqual([
      expect.objectContaining({ method: 'POST', status: 200, scriptId: 'customscript_fxm_modules_rl' }),
    ]);
    expect(account.executions().at(-1)?.units).toBe(10);
  });

  test('N/url gives the external RESTlet URL on the seeded account domain', () => {
    const { body } = call(deploy(), { action: 'self' });
    expect(body.external).toBe(
      'https://tstdrv2698307.restlets.api.netsuite.com/app/site/hosting/restlet.nl' +
        '?script=customscript_fxm_modules_rl&deploy=customdeploy_fxm_modules_rl',
    );
  });

  test('N/format follows the seeded preferences', () => {
    const { body } = call(deploy(), { action: 'when', at: '2026-07-01T14:05:00Z', amount: 1234.5 });
    expect(body).toEqual({ day: '1/7/2026', stamp: '1/7/2026 3:05 pm', amount: '1,234.50' });
  });

  test('N/email lands in the account and N/cache keeps loader values across executions', () => {
    const account = deploy();
    call(account, { action: 'mail' });
    expect(account.sentEmails).toEqual([
      expect.objectContaining({ subject: 'Alert', recipients: ['ops@example.com'] }),
    ]);
    expect(call(account, { action: 'remember', key: 'k1' }).body.value).toBe('{"at":"k1"}');
    expect(account.executions().at(-1)?.units).toBe(2);
    expect(call(account, { action: 'remember', key: 'k1' }).body.value).toBe('{"at":"k1"}');
    expect(account.executions().at(-1)?.units).toBe(1);
  });

  test('N/error: a created error becomes the RESTlet 400 body with its code', () => {
    const { status, body } = call(deploy(), { action: 'refuse' });
    expect(status).toBe(400);
    const failure = body.error as { code: string; message: string };
    expect(failure.code).toBe('FXM_REFUSED');
    expect(JSON.parse(failure.message)).toEqual(
      expect.objectContaining({ name: 'FXM_REFUSED', message: 'refused on purpose' }),
    );
  });
});
