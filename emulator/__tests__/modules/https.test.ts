// N/https, pinned to NS section_4567628658 / section_4567630582 (https.get/post: 10 units, ClientResponse,
// SSS_INVALID_URL for http in N/https, 5 s / 45 s limits → SSS_REQUEST_TIME_EXCEEDED), section_4567655965
// (request + Method), subsect_64151802701 (createSecureString with {custsecret_} placeholders), and
// netsuite-runtime.md §6.3 (blocked request headers). Real HTTP against a local server in another process.
import * as https from 'N/https';
import { currentExecution } from '../../src/execution';
import { fixtureAccount, runAs, thrown } from './fixture';
import { startTestServer, type TestServer } from './http-test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const secretAccount = () => fixtureAccount({ secrets: { custsecret_patchworks_token: 's3cr3t-token' } });

interface Echo {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

describe('N/https', () => {
  test('get performs a real request and returns {code, body, headers}; 10 units', () => {
    const account = fixtureAccount();
    const { result, meter } = runAs(account, () => https.get({ url: `${server.base}/hello?x=1` }));
    expect(result.code).toBe(200);
    expect((JSON.parse(result.body) as Echo).path).toBe('/hello?x=1');
    expect((result.headers as Record<string, string>)['X-Reply']).toBe('yes');
    expect((result.headers as Record<string, string>)['Set-Cookie']).toBe('a=1, b=2');
    expect(meter.used()).toBe(10);
    expect(account.httpRequests).toEqual([
      expect.objectContaining({ method: 'GET', url: `${server.base}/hello?x=1`, status: 200 }),
    ]);
  });

  test('a non-2xx status is returned, not thrown', () => {
    const { result } = runAs(fixtureAccount(), () => [
      https.get({ url: `${server.base}/status/404` }),
      https.post({ url: `${server.base}/status/500`, body: '{}' }),
    ]);
    expect(result.map((response) => response.code)).toEqual([404, 500]);
    expect(result[0]?.body).toBe('status body');
  });

  test('post sends the body and headers; blocked headers are dropped', () => {
    const { result } = runAs(fixtureAccount(), () =>
      https.post({
        url: `${server.base}/orders`,
        body: '{"id":7}',
        headers: {
          'Content-Type': 'application/json',
          Via: 'proxy',
          Host: 'evil.example',
          'X-Custom': 'kept',
        },
      }),
    );
    const echo = JSON.parse(result.body) as Echo;
    expect(echo.method).toBe('POST');
    expect(echo.body).toBe('{"id":7}');
    expect(echo.headers['content-type']).toBe('application/json');
    expect(echo.headers['x-custom']).toBe('kept');
    expect(echo.headers.via).toBeUndefined();
    expect(echo.headers.host).toBe(server.base.replace('http://', ''));
  });

  test('request takes https.Method; an unknown method is INVALID_HTTP_METHOD', () => {
    const { result } = runAs(fixtureAccount(), () =>
      https.request({ method: https.Method.PUT, url: `${server.base}/thing`, body: 'x' }),
    );
    expect((JSON.parse(result.body) as Echo).method).toBe('PUT');
    runAs(fixtureAccount(), () => {
      expect(thrown(() => https.request({ method: 'BREW' as never, url: `${server.base}/` })).name).toBe(
        'INVALID_HTTP_METHOD',
      );
    });
  });

  test('delete sends no body; HEAD answers with headers and an empty body', () => {
    const { result } = runAs(fixtureAccount(), () => [
      https.delete({ url: `${server.base}/gone` }),
      https.request({ method: https.Method.HEAD, url: `${server.base}/head` }),
    ]);
    const [deleted, head] = result;
    expect((JSON.parse(deleted?.body ?? '') as Echo).method).toBe('DELETE');
    expect((JSON.parse(deleted?.body ?? '') as Echo).body).toBe('');
    expect(head?.code).toBe(200);
    expect(head?.body).toBe('');
    expect((head?.headers as Record<string, string>)['X-Reply']).toBe('yes');
  });

  test('http:// to a non-local host, or any non-https scheme, is SSS_INVALID_URL', () => {
    runAs(fixtureAccount(), () => {
      expect(thrown(() => https.get({ url: 'http://example.com/' })).name).toBe('SSS_INVALID_URL');
      expect(thrown(() => https.get({ url: 'ftp://127.0.0.1/' })).name).toBe('SSS_INVALID_URL');
      expect(thrown(() => https.get({ url: 'not a url' })).name).toBe('SSS_INVALID_URL');
    });
  });

  test('local http is refused too when the account turns allowHttpForLocalhost off', () => {
    const account = fixtureAccount({ settings: { allowHttpForLocalhost: false } });
    runAs(account, () => {
      expect(thrown(() => https.get({ url: `${server.base}/` })).name).toBe('SSS_INVALID_URL');
    });
  });

  test('a secure string resolves {custsecret_} only on the wire; the log keeps the placeholder', () => {
    const account = secretAccount();
    const { result } = runAs(account, () => {
      const auth = https.createSecureString({ input: 'Bearer ' });
      auth.appendSecureString({
        secureString: https.createSecureString({ input: '{custsecret_patchworks_token}' }),
      });
      const url = https.createSecureString({ input: `${server.base}/q?token={custsecret_patchworks_token}` });
      return { response: https.get({ url, headers: { Authorization: auth } }), shown: String(auth) };
    });
    const echo = JSON.parse(result.response.body) as Echo;
    expect(echo.headers.authorization).toBe('Bearer s3cr3t-token');
    expect(echo.path).toBe('/q?token=s3cr3t-token');
    expect(result.shown).not.toContain('s3cr3t');
    expect(JSON.stringify(account.httpRequests)).not.toContain('s3cr3t');
    expect(account.httpRequests[0]?.url).toContain('{custsecret_patchworks_token}');
  });

  test('an unknown secret placeholder is refused before anything is sent', () => {
    const account = secretAccount();
    runAs(account, () => {
      const url = https.createSecureString({ input: `${server.base}/?k={custsecret_missing}` });
      expect(thrown(() => https.get({ url })).name).toBe('INVALID_SECRET_KEY');
    });
    expect(account.httpRequests).toEqual([]);
  });

  test('going over the time limit is SSS_REQUEST_TIME_EXCEEDED, logged without a status', () => {
    const account = fixtureAccount({ settings: { httpTimeoutsMs: { connect: 1000, total: 300 } } });
    runAs(account, () => {
      expect(thrown(() => https.get({ url: `${server.base}/slow?ms=3000` })).name).toBe(
        'SSS_REQUEST_TIME_EXCEEDED',
      );
    });
    expect(account.httpRequests[0]).toEqual(
      expect.objectContaining({ status: null, error: 'SSS_REQUEST_TIME_EXCEEDED' }),
    );
  });

  test('a refused connection is an error, not a response', () => {
    runAs(fixtureAccount(), () => {
      expect(thrown(() => https.get({ url: 'http://127.0.0.1:1/' })).name).toBe('SSS_CONNECTION_CLOSED');
    });
  });

  test('without 10 units left the call stops the script and sends nothing', () => {
    const before = runAs(fixtureAccount(), () => https.get({ url: `${server.base}/count` })).result.body;
    runAs(fixtureAccount(), () => {
      currentExecution().meter.charge('earlier work', 4995);
      expect(thrown(() => https.get({ url: `${server.base}/counted` })).name).toBe(
        'SSS_USAGE_LIMIT_EXCEEDED',
      );
    });
    const after = runAs(fixtureAccount(), () => https.get({ url: `${server.base}/count` })).result.body;
    expect(after).toBe(before);
  });

  test('the .promise variants resolve with the same ClientResponse', async () => {
    const pending = runAs(fixtureAccount(), () => https.get.promise({ url: `${server.base}/p` })).result;
    await expect(pending).resolves.toEqual(expect.objectContaining({ code: 200 }));
  });

  test('credentials (credential-field GUIDs) are not emulated and nothing is sent', () => {
    const account = fixtureAccount();
    runAs(account, () => {
      const failure = thrown(() => https.get({ url: `${server.base}/`, credentials: ['{abc}'] }));
      expect(failure.message).toContain('credentials');
    });
    expect(account.httpRequests).toEqual([]);
  });

  test('requestRestlet and the other NetSuite-internal calls throw NotEmulatedError naming them', () => {
    expect(thrown(() => https.requestRestlet({ scriptId: 'x', deploymentId: 'y' })).message).toContain(
      'https.requestRestlet',
    );
    expect(thrown(() => https.createSecretKey({ secret: 'custsecret_x' })).message).toContain(
      'https.createSecretKey',
    );
  });
});
