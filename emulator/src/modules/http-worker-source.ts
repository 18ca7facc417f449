/**
 * The program a child Node process runs to perform one HTTP(S) request for N/https. SuiteScript's https calls
 * are synchronous; Node's are not, so the emulator blocks on a child (spawnSync) that does the request and
 * prints the outcome as one JSON line. Running the request in another process also lets it reach a server that
 * lives in the calling process's own event loop's absence (a test server in a third process, or a real host).
 *
 * Input on stdin: {method, url, headers: [name, value][], body: string | null, connectMs, totalMs}.
 * Output on stdout: {ok: true, status, headers: [name, value][], body, ms}
 *                or {ok: false, kind: 'connect-timeout' | 'timeout' | 'certificate' | 'network', code, ms}.
 *
 * It is kept as source text (plain CommonJS) so it runs the same from ts-jest and from the built emulator.
 */
export const HTTP_WORKER_SOURCE = String.raw`
'use strict';
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', () => {
  const job = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const started = Date.now();
  let settled = false;
  const finish = (outcome) => {
    if (settled) return;
    settled = true;
    outcome.ms = Date.now() - started;
    process.stdout.write(JSON.stringify(outcome) + '\n', () => process.exit(0));
  };
  const target = new URL(job.url);
  const transport = require(target.protocol === 'https:' ? 'node:https' : 'node:http');
  const headers = {};
  for (const [name, value] of job.headers) headers[name] = value;
  if (job.body !== null) headers['Content-Length'] = Buffer.byteLength(job.body, 'utf8');
  const request = transport.request(target, { method: job.method, headers, agent: false });
  const total = setTimeout(() => {
    finish({ ok: false, kind: 'timeout', code: 'TOTAL' });
    request.destroy();
  }, job.totalMs);
  const connect = setTimeout(() => {
    finish({ ok: false, kind: 'connect-timeout', code: 'CONNECT' });
    request.destroy();
  }, job.connectMs);
  request.on('socket', (socket) => {
    const connected = () => clearTimeout(connect);
    if (!socket.connecting) connected();
    socket.once(target.protocol === 'https:' ? 'secureConnect' : 'connect', connected);
  });
  request.on('response', (response) => {
    const body = [];
    response.on('data', (chunk) => body.push(chunk));
    response.on('end', () => {
      clearTimeout(total);
      const pairs = [];
      for (let i = 0; i + 1 < response.rawHeaders.length; i += 2)
        pairs.push([response.rawHeaders[i], response.rawHeaders[i + 1]]);
      finish({ ok: true, status: response.statusCode, headers: pairs, body: Buffer.concat(body).toString('utf8') });
    });
    response.on('error', (error) => finish({ ok: false, kind: 'network', code: error.code || 'ERROR' }));
  });
  request.on('error', (error) => {
    const code = error.code || 'ERROR';
    const certificate = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code);
    finish({ ok: false, kind: certificate ? 'certificate' : 'network', code });
  });
  if (job.body !== null) request.write(job.body, 'utf8');
  request.end();
});
`;
