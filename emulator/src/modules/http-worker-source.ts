/**
 * The program a worker thread runs to perform HTTP(S) requests for N/https. SuiteScript's https calls are
 * synchronous and Node's are not, so the calling thread posts a job to this worker and blocks (Atomics.wait)
 * until the worker has written the outcome to a message port, which the caller then reads synchronously
 * (receiveMessageOnPort). The worker has its own event loop, so the request proceeds while the caller waits;
 * a server in the caller's own thread can never answer (it is blocked too), so test servers live in another
 * process, as NetSuite's targets do.
 *
 * Job: {method, url, headers: [name, value][], body: string | null, connectMs, totalMs, extraCaFile}.
 * Outcome: {ok: true, status, headers: [name, value][], body, ms}
 *       or {ok: false, kind: 'connect-timeout' | 'timeout' | 'certificate' | 'network', code, ms}.
 *
 * Kept as source text (plain CommonJS, run with eval: true) so it runs the same from ts-jest and from the
 * built emulator.
 */
export const HTTP_WORKER_SOURCE = String.raw`
'use strict';
const { parentPort } = require('node:worker_threads');
const http = require('node:http');
const https = require('node:https');
const tls = require('node:tls');
const fs = require('node:fs');

function perform(job, finish) {
  const started = Date.now();
  let settled = false;
  const done = (outcome) => {
    if (settled) return;
    settled = true;
    clearTimeout(total);
    clearTimeout(connect);
    outcome.ms = Date.now() - started;
    finish(outcome);
  };
  const target = new URL(job.url);
  const secure = target.protocol === 'https:';
  const headers = {};
  for (const [name, value] of job.headers) headers[name] = value;
  if (job.body !== null) headers['Content-Length'] = Buffer.byteLength(job.body, 'utf8');
  const options = { method: job.method, headers, agent: false };
  // Node reads NODE_EXTRA_CA_CERTS once at start-up; the emulator honours the caller's value per request.
  if (secure && job.extraCaFile) options.ca = [...tls.rootCertificates, fs.readFileSync(job.extraCaFile, 'utf8')];
  let request;
  const total = setTimeout(() => {
    done({ ok: false, kind: 'timeout', code: 'TOTAL' });
    if (request) request.destroy();
  }, job.totalMs);
  const connect = setTimeout(() => {
    done({ ok: false, kind: 'connect-timeout', code: 'CONNECT' });
    if (request) request.destroy();
  }, job.connectMs);
  try {
    request = (secure ? https : http).request(target, options);
  } catch (error) {
    done({ ok: false, kind: 'network', code: error.code || 'ERROR' });
    return;
  }
  request.on('socket', (socket) => {
    const connected = () => clearTimeout(connect);
    if (!socket.connecting) connected();
    socket.once(secure ? 'secureConnect' : 'connect', connected);
  });
  request.on('response', (response) => {
    const body = [];
    response.on('data', (chunk) => body.push(chunk));
    response.on('end', () => {
      const pairs = [];
      for (let i = 0; i + 1 < response.rawHeaders.length; i += 2)
        pairs.push([response.rawHeaders[i], response.rawHeaders[i + 1]]);
      done({ ok: true, status: response.statusCode, headers: pairs, body: Buffer.concat(body).toString('utf8') });
    });
    response.on('error', (error) => done({ ok: false, kind: 'network', code: error.code || 'ERROR' }));
  });
  request.on('error', (error) => {
    const code = error.code || 'ERROR';
    const certificate = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code);
    done({ ok: false, kind: certificate ? 'certificate' : 'network', code });
  });
  if (job.body !== null) request.write(job.body, 'utf8');
  request.end();
}

parentPort.on('message', ({ job, port, signal }) => {
  perform(job, (outcome) => {
    port.postMessage(outcome);
    port.close();
    Atomics.store(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
});
`;
