// A plain-http server on 127.0.0.1 in a separate process: N/https blocks the test's own event loop while it
// waits (SuiteScript calls are synchronous), so a server inside the test process could never answer.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const SERVER_SOURCE = String.raw`
'use strict';
const http = require('node:http');
const https = require('node:https');
const fs = require('node:fs');
let served = 0;
const handler = (req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/count') {
      res.end(String(served));
      return;
    }
    served += 1;
    if (url.pathname.startsWith('/status/')) {
      res.statusCode = Number(url.pathname.slice(8));
      res.end('status body');
      return;
    }
    const reply = () => {
      res.setHeader('Content-Type', 'application/json');
      res.setHeader('X-Reply', 'yes');
      res.setHeader('Set-Cookie', ['a=1', 'b=2']);
      res.end(JSON.stringify({ method: req.method, path: req.url, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') }));
    };
    if (url.pathname === '/slow') setTimeout(reply, Number(url.searchParams.get('ms')));
    else reply();
  });
};
const tls = process.argv[1];
const server = tls
  ? https.createServer({ key: fs.readFileSync(tls + '/key.pem'), cert: fs.readFileSync(tls + '/cert.pem') }, handler)
  : http.createServer(handler);
server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\n'));
`;

export interface TestServer {
  readonly base: string;
  stop(): void;
}

/** Starts the server; with `tlsDir` (holding key.pem and cert.pem) it speaks HTTPS. */
export function startTestServer(tlsDir?: string): Promise<TestServer> {
  const args = tlsDir === undefined ? ['-e', SERVER_SOURCE] : ['-e', SERVER_SOURCE, tlsDir];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.stdout?.once('data', (data: Buffer) => {
      const port = Number(data.toString('utf8').trim());
      const scheme = tlsDir === undefined ? 'http' : 'https';
      resolve({ base: `${scheme}://127.0.0.1:${port}`, stop: () => child.kill() });
    });
  });
}

/**
 * A throwaway self-signed certificate for 127.0.0.1, made with the openssl command line (Node cannot issue
 * X.509 certificates itself). Returns the directory holding key.pem and cert.pem.
 */
export function selfSignedCertificate(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwi-tls-'));
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0)
    throw new Error(`openssl could not make a test certificate: ${made.error?.message ?? made.stderr}`);
  return dir;
}

/** A TCP server in another process that accepts connections and never says a word (no TLS handshake either). */
export function startSilentServer(): Promise<TestServer> {
  const source = String.raw`
const server = require('node:net').createServer(() => {});
server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\n'));
`;
  const child: ChildProcess = spawn(process.execPath, ['-e', source], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.stdout?.once('data', (data: Buffer) => {
      const port = Number(data.toString('utf8').trim());
      resolve({ base: `https://127.0.0.1:${port}`, stop: () => child.kill() });
    });
  });
}
