// A plain-http server on 127.0.0.1 in a separate process: N/https blocks the test's own event loop while it
// waits (SuiteScript calls are synchronous), so a server inside the test process could never answer.
import { spawn, type ChildProcess } from 'node:child_process';

const SERVER_SOURCE = String.raw`
'use strict';
const http = require('node:http');
let served = 0;
const server = http.createServer((req, res) => {
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
});
server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\n'));
`;

export interface TestServer {
  readonly base: string;
  stop(): void;
}

export function startTestServer(): Promise<TestServer> {
  const child: ChildProcess = spawn(process.execPath, ['-e', SERVER_SOURCE], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.stdout?.once('data', (data: Buffer) => {
      const port = Number(data.toString('utf8').trim());
      resolve({ base: `http://127.0.0.1:${port}`, stop: () => child.kill() });
    });
  });
}
