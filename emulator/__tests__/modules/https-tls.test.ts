// N/https over TLS, pinned to the Oracle stub https.js and NS section_4567628658: N/https speaks HTTPS and a
// certificate the platform does not trust is SSS_INVALID_HOST_CERT. The server runs in another process with a
// throwaway self-signed certificate; trusting it is the same as a real host with a valid chain.
import * as https from 'N/https';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixtureAccount, runAs, thrown } from './fixture';
import {
  selfSignedCertificate,
  startSilentServer,
  startTestServer,
  type TestServer,
} from './http-test-server';

let server: TestServer;
let tlsDir: string;
beforeAll(async () => {
  tlsDir = selfSignedCertificate();
  server = await startTestServer(tlsDir);
});
afterAll(() => {
  server.stop();
  fs.rmSync(tlsDir, { recursive: true, force: true });
  delete process.env.NODE_EXTRA_CA_CERTS;
});

describe('N/https over TLS', () => {
  test('an untrusted (self-signed) certificate is SSS_INVALID_HOST_CERT and is logged without a status', () => {
    const account = fixtureAccount({ settings: { allowHttpForLocalhost: false } });
    runAs(account, () => {
      expect(thrown(() => https.get({ url: `${server.base}/secure` })).name).toBe('SSS_INVALID_HOST_CERT');
    });
    expect(account.httpRequests[0]).toEqual(
      expect.objectContaining({ status: null, error: 'SSS_INVALID_HOST_CERT' }),
    );
  });

  test('a trusted certificate gives an ordinary response over https://', () => {
    // The request runs in a child process, which inherits this variable and so trusts the test certificate.
    process.env.NODE_EXTRA_CA_CERTS = path.join(tlsDir, 'cert.pem');
    const account = fixtureAccount({ settings: { allowHttpForLocalhost: false } });
    const { result } = runAs(account, () => https.post({ url: `${server.base}/secure`, body: 'over tls' }));
    expect(result.code).toBe(200);
    expect((JSON.parse(result.body) as { body: string }).body).toBe('over tls');
  });

  test('a host that never completes the TLS handshake hits the connect limit: SSS_REQUEST_TIME_EXCEEDED', async () => {
    const silent = await startSilentServer();
    try {
      const account = fixtureAccount({ settings: { httpTimeoutsMs: { connect: 300, total: 5000 } } });
      const failure = runAs(account, () => thrown(() => https.get({ url: `${silent.base}/` }))).result;
      expect(failure.name).toBe('SSS_REQUEST_TIME_EXCEEDED');
      // 'connecting' (not 'the request') says the 300 ms connect limit ended it, not the 5 s total limit;
      // asserting that rather than wall-clock time keeps the test deterministic on a loaded machine.
      expect(failure.message).toContain('connecting');
      expect(account.httpRequests).toEqual([
        expect.objectContaining({ method: 'GET', status: null, error: 'SSS_REQUEST_TIME_EXCEEDED' }),
      ]);
    } finally {
      silent.stop();
    }
  });
});
