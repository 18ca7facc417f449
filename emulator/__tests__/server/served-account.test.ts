import * as path from 'node:path';
import type { Account } from '../../src/account';
import { parseArgs, serve, UsageError } from '../../src/cli';
import { serveAccount } from '../../src/server/account-adapter';
import { EmulatorServer, RESTLET_PATH } from '../../src/server/emulator-server';
import { deployBasic, emptyRegistry, fixture } from '../runtime/helpers';
import { nsrestletLink, rawRequest, signedHeader } from './test-client';

/**
 * A real deployed Account served over HTTP: the fixture project's echo RESTlet (emulator/__tests__/fixtures/basic)
 * called by the stock nsrestlet client with the seed's token, the latency model counting the saves the script
 * made, and the admin API reading what the account holds.
 */

const ACCOUNT_ID = '1234567_SB1';
const TOKEN = {
  consumerKey: 'e'.repeat(64),
  consumerSecret: 'f'.repeat(64),
  tokenId: '1'.repeat(64),
  tokenSecret: '2'.repeat(64),
};

function deployFixture(concurrencyLimit: number): Account {
  return deployBasic({
    schemas: emptyRegistry(),
    seed: {
      accountId: ACCOUNT_ID,
      settings: { concurrencyLimit },
      integrations: [
        {
          name: 'Patchworks',
          consumerKey: TOKEN.consumerKey,
          consumerSecret: TOKEN.consumerSecret,
          tokens: [
            {
              tokenId: TOKEN.tokenId,
              tokenSecret: TOKEN.tokenSecret,
              user: '5',
              role: 'customrole_fx_integration',
            },
          ],
        },
      ],
    },
  });
}

async function started(concurrencyLimit = 5, saveLatencyMs = 0) {
  const account = deployFixture(concurrencyLimit);
  const server = new EmulatorServer(serveAccount(account), { saveLatencyMs });
  const base = await server.listen(0);
  const url = `${base}${RESTLET_PATH}?script=customscript_fx_echo_rl&deploy=customdeploy_fx_echo_rl`;
  const link = nsrestletLink(base, ACCOUNT_ID, TOKEN, url, 1);
  return { account, server, base, url, link };
}

describe('a deployed Account served over HTTP', () => {
  let env: Awaited<ReturnType<typeof started>>;
  afterEach(async () => {
    await env.server.close();
  });

  it('runs the RESTlet for nsrestlet as the token user and role, with the deployment parameters', async () => {
    env = await started();
    const reply = (await env.link.post({ hello: 'world' })) as Record<string, unknown>;
    expect(reply).toMatchObject({
      input: { hello: 'world' },
      context: 'RESTLET',
      scriptId: 'customscript_fx_echo_rl',
      deploymentId: 'customdeploy_fx_echo_rl',
      batch: 25,
      user: 'customrole_fx_integration',
    });
    const get = (await env.link.get({ q: 'a b' })) as Record<string, unknown>;
    expect(get['input']).toEqual({ q: 'a b' });
  });

  it('passes a script error through as NetSuite 400 body, and an unknown script id as SSS_INVALID_SCRIPTLET_ID', async () => {
    env = await started();
    await expect(env.link.post({ fail: 'PWI_TEST_FAILURE' })).rejects.toMatchObject({
      code: 'PWI_TEST_FAILURE',
    });
    const unknown = `${env.base}${RESTLET_PATH}?script=customscript_nothing&deploy=1`;
    const raw = await rawRequest(
      unknown,
      'POST',
      {
        Authorization: signedHeader(
          ACCOUNT_ID,
          { ...TOKEN, integration: 'x', user: '5', role: 'r' },
          'POST',
          unknown,
        ),
        'Content-Type': 'application/json',
      },
      '{}',
    );
    expect(raw.status).toBe(404);
    expect(JSON.parse(raw.body)).toMatchObject({ error: { code: 'SSS_INVALID_SCRIPTLET_ID' } });
  });

  it('holds slots for the saves each request made, so the account limit refuses the overflow', async () => {
    env = await started(2, 500);
    const outcomes = await Promise.allSettled(
      [1, 2, 3, 4].map((n) => env.link.post({ createNote: `note ${n}` })),
    );
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(2);
    expect(refused.map((o) => (o.reason as { code: string }).code)).toEqual([
      'SSS_REQUEST_LIMIT_EXCEEDED',
      'SSS_REQUEST_LIMIT_EXCEEDED',
    ]);
    const served = env.server.requests.filter((r) => r.refused === null);
    expect(served.map((r) => r.saves)).toEqual([1, 1]);
    expect(served.every((r) => r.heldMs >= 490)).toBe(true);
    expect(env.account.store.scan('customrecord_fx_note')).toHaveLength(2);
  });

  it('shows through the admin API what the scripts saved and ran', async () => {
    env = await started();
    const created = (await env.link.post({ createNote: 'from the RESTlet' })) as { id: number };
    const json = async (method: string, path: string, body?: unknown) => {
      const raw = await rawRequest(
        `${env.base}${path}`,
        method,
        body === undefined ? {} : { 'Content-Type': 'application/json' },
        body === undefined ? undefined : JSON.stringify(body),
      );
      return { status: raw.status, body: JSON.parse(raw.body) as Record<string, unknown> };
    };
    const note = await json('GET', `/emulator/records/customrecord_fx_note/${created.id}`);
    expect(note.body).toMatchObject({ id: String(created.id), type: 'customrecord_fx_note' });
    expect((note.body['fields'] as Record<string, unknown>)['name']).toBe('from the RESTlet');
    const found = await json('GET', '/emulator/records/customrecord_fx_note?name=from%20the%20RESTlet');
    expect(found.body).toHaveLength(1);
    const executions = (await json('GET', '/emulator/executions')).body as unknown as Array<
      Record<string, unknown>
    >;
    expect(executions.at(-1)).toMatchObject({
      script: 'customscript_fx_echo_rl',
      deployment: 'customdeploy_fx_echo_rl',
      entryPoint: 'post',
      outcome: 'success',
      units: 6, // custom record: create 2 + save 4
    });
    expect((await json('POST', '/emulator/clock', { advanceSeconds: 86_400 })).body).toEqual({
      now: '2026-01-06T09:00:00.000Z',
    });
    const params = await json(
      'PUT',
      '/emulator/scripts/customscript_fx_echo_rl/deployments/customdeploy_fx_echo_rl/parameters',
      {
        custscript_fx_echo_prefix: 'changed',
      },
    );
    expect(params.status).toBe(200);
    expect(((await env.link.post({})) as Record<string, unknown>)['prefix']).toBe('changed');
    const wrong = await json(
      'PUT',
      '/emulator/scripts/customscript_fx_tick_ss/deployments/customdeploy_fx_echo_rl/parameters',
      {},
    );
    expect(wrong).toMatchObject({ status: 404, body: { error: { code: 'EMULATOR_DEPLOY_ERROR' } } });
    const mapReduce = await json('POST', '/emulator/scripts/customscript_fx_words_mr/run');
    expect(mapReduce.status).toBe(200);
    expect(mapReduce.body['summary']).toMatchObject({
      kind: 'mapreduce',
      scriptId: 'customscript_fx_words_mr',
      deploymentId: 'customdeploy_fx_words_mr',
    });
    const scheduled = await json(
      'POST',
      '/emulator/scripts/customscript_fx_tick_ss/run?deploy=customdeploy_fx_tick_ss',
    );
    expect(scheduled.body['summary']).toMatchObject({ kind: 'scheduled', outcome: 'success' });
    const noScript = await json('POST', '/emulator/scripts/customscript_nothing/run');
    expect(noScript).toMatchObject({ status: 404, body: { error: { code: 'EMULATOR_DEPLOY_ERROR' } } });
    const missing = await json('GET', '/emulator/records/customrecord_fx_note/999');
    expect(missing).toMatchObject({ status: 404, body: { error: { code: 'RCRD_DSNT_EXIST' } } });
  });
});

describe('ns-emulator serve', () => {
  it('parses its options and refuses bad ones with the usage line', () => {
    expect(parseArgs(['serve', '--project', '.', '--port', '0', '--save-latency-ms', '25'])).toMatchObject({
      port: 0,
      saveLatencyMs: 25,
      seed: null,
    });
    expect(() => parseArgs(['serve'])).toThrow(UsageError);
    expect(() => parseArgs(['serve', '--project', '.', '--port', 'x'])).toThrow(/--port must be an integer/);
    expect(() => parseArgs(['serve', '--project', '.', '--colour', 'red'])).toThrow(
      /unknown option --colour/,
    );
    expect(() => parseArgs(['run'])).toThrow(/usage: ns-emulator serve/);
  });
});

describe('serve() banner', () => {
  it('prints the RESTlet URLs and the seed credentials', async () => {
    const seedPath = path.join(__dirname, 'served-account.seed.json');
    const { server, banner } = await serve({
      project: fixture('basic'),
      seed: seedPath,
      port: 0,
      saveLatencyMs: 0,
    });
    try {
      expect(banner).toContain(
        `${server.url()}${RESTLET_PATH}?script=customscript_fx_echo_rl&deploy=customdeploy_fx_echo_rl`,
      );
      expect(banner).toContain('Token id:           ' + '3'.repeat(64));
      expect(banner).toContain('Realm / account id: TSTDRV0000001');
    } finally {
      await server.close();
    }
  });
});
