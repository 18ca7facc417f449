// Issue 4: RESTlets are served at NetSuite's URL shape with GET, POST, PUT and DELETE behind token-based
// authentication. The server suites prove POST and GET end to end; this drives all four methods of one deployed
// RESTlet over HTTP, signed by the oauth-1.0a package, addressing it by script id and by internal id / number.
import { createHmac } from 'node:crypto';
import * as path from 'node:path';
import { Account } from '../../src/account';
import { serveAccount } from '../../src/server/account-adapter';
import { EmulatorServer, RESTLET_PATH } from '../../src/server/emulator-server';
import { emptyRegistry } from '../runtime/helpers';
import { rawRequest } from '../server/test-client';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- oauth-1.0a is `export =` and esModuleInterop is off
import OAuth = require('oauth-1.0a');

const ACCOUNT_ID = 'TSTDRV0000042';
const TOKEN = {
  consumerKey: 'a'.repeat(64),
  consumerSecret: 'b'.repeat(64),
  tokenId: 'c'.repeat(64),
  tokenSecret: 'd'.repeat(64),
};

function authorization(method: string, url: string): string {
  const oauth = new OAuth({
    consumer: { key: TOKEN.consumerKey, secret: TOKEN.consumerSecret },
    signature_method: 'HMAC-SHA256',
    hash_function: (base, key) => createHmac('sha256', key).update(base).digest('base64'),
    realm: ACCOUNT_ID,
  });
  const data = oauth.authorize({ url, method }, { key: TOKEN.tokenId, secret: TOKEN.tokenSecret });
  return oauth.toHeader(data).Authorization;
}

let server: EmulatorServer;
let base = '';

beforeAll(async () => {
  const account = Account.deploy(path.join(__dirname, 'fixtures', 'methods'), {
    schemas: emptyRegistry(),
    seed: {
      accountId: ACCOUNT_ID,
      integrations: [
        {
          name: 'Acceptance',
          consumerKey: TOKEN.consumerKey,
          consumerSecret: TOKEN.consumerSecret,
          tokens: [
            { tokenId: TOKEN.tokenId, tokenSecret: TOKEN.tokenSecret, user: '5', role: 'administrator' },
          ],
        },
      ],
    },
  });
  server = new EmulatorServer(serveAccount(account), {});
  base = await server.listen(0);
});

afterAll(() => server.close());

async function call(method: string, query: string, body?: string) {
  const url = `${base}${RESTLET_PATH}?${query}`;
  const headers: Record<string, string> = {
    Authorization: authorization(method, url),
    'Content-Type': 'application/json',
  };
  const answer = await rawRequest(url, method, headers, body);
  return {
    status: answer.status,
    body: answer.status === 200 ? (JSON.parse(answer.body) as unknown) : answer.body,
  };
}

const BY_ID = 'script=customscript_acc_methods_rl&deploy=customdeploy_acc_methods_rl';

test('GET and DELETE get the URL parameters without script and deploy', async () => {
  for (const method of ['GET', 'DELETE']) {
    expect(await call(method, `${BY_ID}&order=1001&channel=UK`)).toEqual({
      status: 200,
      body: { method, input: { order: '1001', channel: 'UK' } },
    });
  }
});

test('POST and PUT get the parsed JSON body', async () => {
  for (const method of ['POST', 'PUT']) {
    expect(await call(method, BY_ID, '{"order":{"id":1001}}')).toEqual({
      status: 200,
      body: { method, input: { order: { id: 1001 } } },
    });
  }
});

test('the script may be named by internal id and the deployment by its number', async () => {
  expect(await call('GET', 'script=100&deploy=1&x=y')).toEqual({
    status: 200,
    body: { method: 'GET', input: { x: 'y' } },
  });
});
