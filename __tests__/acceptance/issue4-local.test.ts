// Acceptance checks for issue 4 (run it locally) that no other suite pins: what the demo account seed holds, read
// back from an account deployed with it, and the `ns-emulator serve` bin run as its own process, as `npm start`
// runs it, answering a signed RESTlet call and refusing an unsigned one.
// `npm test` builds first; alone, run `npm run build` (the bin is build/emulator/src/cli.js).
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Account } from '../../emulator/src/account';
import { serve } from '../../emulator/src/cli';
import { rawRequest } from '../../emulator/__tests__/server/test-client';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- oauth-1.0a is `export =` and esModuleInterop is off
import OAuth = require('oauth-1.0a');
import type { HealthReport } from '../../src/domain/config/health';

const ROOT = path.resolve(__dirname, '..', '..');
const DEMO_SEED = path.join(ROOT, 'emulator', 'seeds', 'demo.json');
const CLI = path.join(ROOT, 'build', 'emulator', 'src', 'cli.js');
const HEALTH = { script: 'customscript_pwi_health_rl', deploy: 'customdeploy_pwi_health_rl' };
const HEALTH_PATH = `/app/site/hosting/restlet.nl?script=${HEALTH.script}&deploy=${HEALTH.deploy}`;

interface DemoSeed {
  readonly accountId: string;
  readonly secrets: Record<string, string>;
  readonly integrations: ReadonlyArray<{
    readonly consumerKey: string;
    readonly consumerSecret: string;
    readonly tokens: ReadonlyArray<{
      readonly tokenId: string;
      readonly tokenSecret: string;
      readonly role: string;
    }>;
  }>;
}
const seed = JSON.parse(fs.readFileSync(DEMO_SEED, 'utf8')) as DemoSeed;

function credential() {
  const integration = seed.integrations[0];
  const token = integration?.tokens[0];
  if (!integration || !token) throw new Error('the demo seed has no token');
  return {
    consumerKey: integration.consumerKey,
    consumerSecret: integration.consumerSecret,
    tokenId: token.tokenId,
    tokenSecret: token.tokenSecret,
  };
}

/** An Authorization header from the oauth-1.0a package (the signer nsrestlet uses), with the seed's token. */
function signedHeader(method: string, url: string): string {
  const { consumerKey, consumerSecret, tokenId, tokenSecret } = credential();
  const oauth = new OAuth({
    consumer: { key: consumerKey, secret: consumerSecret },
    signature_method: 'HMAC-SHA256',
    hash_function: (base, key) => createHmac('sha256', key).update(base).digest('base64'),
    realm: seed.accountId,
  });
  return oauth.toHeader(oauth.authorize({ url, method }, { key: tokenId, secret: tokenSecret }))
    .Authorization;
}

describe('issue 4 item 2: the demo account seed', () => {
  let account: Account;
  beforeAll(() => {
    account = Account.deploy(ROOT, { seed: DEMO_SEED });
  });
  const find = (type: string) => account.ui.findRecords(type);
  const health = () => JSON.parse(account.invokeRestlet({ ...HEALTH, method: 'GET' }).body) as HealthReport;

  test('two subsidiaries and two Shopify stores: UK in GBP, US in USD, each in its own subsidiary', () => {
    expect(find('subsidiary')).toHaveLength(2);
    const report = health();
    expect(report.channels.map((channel) => [channel.code, channel.currency, channel.ready])).toEqual([
      ['UK', 'GBP', true],
      ['US', 'USD', true],
    ]);
    expect(new Set(report.channels.map((channel) => channel.subsidiaryId)).size).toBe(2);
  });

  test('the bundle configuration of both channels is complete and every API secret is set: health is ok', () => {
    const report = health();
    expect(report.missing).toEqual([]);
    expect(report.secrets.length).toBeGreaterThan(0);
    expect(report.secrets.every((secret) => secret.set)).toBe(true);
    expect(report.status).toBe('ok');
  });

  test('three locations: a warehouse, a shop and a 3PL', () => {
    const names = find('location').map((location) => String(location.fields['name']));
    expect(names).toHaveLength(3);
    expect(names.some((name) => /warehouse/i.test(name))).toBe(true);
    expect(names.some((name) => /shop/i.test(name))).toBe(true);
    expect(names.some((name) => /3PL/.test(name))).toBe(true);
  });

  test('about 50 items, most sold in size and colour variants, and a few kits of them', () => {
    const items = find('inventoryitem');
    const kits = find('kititem');
    expect(items.length + kits.length).toBeGreaterThanOrEqual(45);
    expect(items.length + kits.length).toBeLessThanOrEqual(70);
    // A variant SKU is STYLE-COLOUR-SIZE; a style sold in at least two colours and two sizes has variants.
    const styles = new Map<string, { colours: Set<string>; sizes: Set<string> }>();
    for (const item of items) {
      const [style, colour, size] = String(item.fields['itemid']).split('-');
      if (!style || !colour || !size) continue;
      const entry = styles.get(style) ?? { colours: new Set<string>(), sizes: new Set<string>() };
      entry.colours.add(colour);
      entry.sizes.add(size);
      styles.set(style, entry);
    }
    const varied = [...styles.values()].filter((style) => style.colours.size >= 2 && style.sizes.size >= 2);
    expect(varied.length).toBeGreaterThanOrEqual(3);
    expect(kits.length).toBeGreaterThanOrEqual(2);
    for (const kit of kits) expect(kit.sublists['member']?.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  test('stock on hand at every location', () => {
    const onHandAt = new Map<string, number>();
    for (const item of find('inventoryitem')) {
      for (const line of item.sublists['locations'] ?? []) {
        const location = String(line['location']);
        onHandAt.set(location, (onHandAt.get(location) ?? 0) + Number(line['quantityonhand'] ?? 0));
      }
    }
    const locations = find('location');
    expect(locations).toHaveLength(3);
    for (const location of locations) expect(onHandAt.get(String(location.id)) ?? 0).toBeGreaterThan(0);
  });

  test('tax codes for UK VAT (standard and zero) and for US sales tax', () => {
    const codes = find('salestaxitem').map((code) => ({
      name: String(code.fields['itemid']),
      rate: Number(code.fields['rate']),
    }));
    const vat = codes.filter((code) => /VAT/.test(code.name)).map((code) => code.rate);
    expect(vat).toEqual(expect.arrayContaining([20, 0]));
    expect(codes.filter((code) => /^US/.test(code.name)).length).toBeGreaterThanOrEqual(1);
  });

  test('the GL accounts a payout posts to: bank and Shopify clearing per currency, fees, refunds, chargebacks', () => {
    const accounts = find('account').map((one) => ({
      name: String(one.fields['acctname']),
      type: String(one.fields['accttype']),
    }));
    const has = (type: string, pattern: RegExp) =>
      accounts.some((one) => one.type === type && pattern.test(one.name));
    expect(accounts.filter((one) => one.type === 'Bank')).toHaveLength(2);
    expect(accounts.filter((one) => /clearing/i.test(one.name))).toHaveLength(2);
    expect(has('Expense', /fee/i)).toBe(true);
    expect(has('Expense', /chargeback/i)).toBe(true);
    expect(has('Income', /refund/i)).toBe(true);
  });

  test('integration credentials for the integration role, and API secrets', () => {
    expect(account.integrations).toHaveLength(1);
    const tokens = seed.integrations.flatMap((integration) => integration.tokens);
    expect(tokens.map((token) => token.role)).toEqual(['customrole_pwi_integration']);
    // Each token signs in as a user holding the role the seed gave it.
    for (const token of tokens)
      expect(account.userForToken(token.tokenId)).toMatchObject({ roleId: token.role });
    expect(Object.keys(seed.secrets)).toEqual(expect.arrayContaining(['custsecret_pwi_outbound_signing']));
  });
});

describe('issue 4 items 1 and 4: the ns-emulator bin, as npm start runs it', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    bin: Record<string, string>;
    scripts: Record<string, string>;
  };

  test('package.json names the bin, and npm start builds and serves the demo seed with it', () => {
    expect(pkg.bin['ns-emulator']).toBe('build/emulator/src/cli.js');
    expect(pkg.scripts['start']).toBe(
      'npm run build && node build/emulator/src/cli.js serve --project . --seed emulator/seeds/demo.json --port 8787',
    );
    expect(fs.readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  test("without a concurrencyLimit in the seed, an account serves 5 requests in flight (the issue's default)", async () => {
    const { server, banner } = await serve({ project: ROOT, seed: null, port: 0, saveLatencyMs: 0 });
    try {
      expect(server.concurrency().limit).toBe(5);
      expect(banner).toContain('Concurrency limit: 5 requests in flight');
    } finally {
      await server.close();
    }
  });

  describe('a served demo account', () => {
    let child: ChildProcess | undefined;
    let output = '';
    let base = '';

    beforeAll(async () => {
      const server = spawn(
        process.execPath,
        [CLI, 'serve', '--project', ROOT, '--seed', DEMO_SEED, '--port', '0'],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      child = server;
      base = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no banner within 60 s:\n${output}`)), 60_000);
        const read = (chunk: Buffer) => {
          output += chunk.toString('utf8');
          const listening = /Listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (listening?.[1] && output.includes('Ctrl+C')) {
            clearTimeout(timer);
            resolve(listening[1]);
          }
        };
        server.stdout?.on('data', read);
        server.stderr?.on('data', read);
        server.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`the server exited with ${code}:\n${output}`));
        });
      });
    }, 70_000);

    afterAll(async () => {
      const server = child;
      if (!server || server.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        server.once('exit', () => resolve());
        server.kill('SIGTERM');
      });
    });

    test('prints the RESTlet URLs and the credentials to use', () => {
      const { consumerKey, consumerSecret, tokenId, tokenSecret } = credential();
      expect(output).toContain(`${base}${HEALTH_PATH}`);
      expect(output).toContain(`Realm / account id: ${seed.accountId}`);
      for (const value of [consumerKey, consumerSecret, tokenId, tokenSecret])
        expect(output).toContain(value);
    });

    test('answers a GET signed with the printed credentials, and 401 INVALID_LOGIN_ATTEMPT to an unsigned one', async () => {
      const url = `${base}${HEALTH_PATH}`;
      const signed = await rawRequest(url, 'GET', {
        Authorization: signedHeader('GET', url),
        'Content-Type': 'application/json',
      });
      expect(signed.status).toBe(200);
      expect((JSON.parse(signed.body) as HealthReport).channels.map((channel) => channel.code)).toEqual([
        'UK',
        'US',
      ]);

      const unsigned = await rawRequest(url, 'GET', { 'Content-Type': 'application/json' });
      expect(unsigned.status).toBe(401);
      expect(JSON.parse(unsigned.body)).toMatchObject({ error: { code: 'INVALID_LOGIN_ATTEMPT' } });
    });

    test('the admin API enters, reads, finds and transforms real records as a UI user, computed fields included', async () => {
      const admin = async (method: string, route: string, body?: unknown) => {
        const answer = await rawRequest(
          `${base}/emulator/${route}`,
          method,
          body === undefined ? {} : { 'Content-Type': 'application/json' },
          body === undefined ? undefined : JSON.stringify(body),
        );
        return { status: answer.status, body: JSON.parse(answer.body) as unknown };
      };
      type Plain = {
        id: string;
        fields: Record<string, unknown>;
        sublists: Record<string, Array<Record<string, unknown>>>;
      };
      const only = async (route: string): Promise<Plain> => {
        const found = await admin('GET', route);
        expect(found.status).toBe(200);
        const list = found.body as Plain[];
        expect(list).toHaveLength(1);
        return list[0] as Plain;
      };
      const customer = await only('records/customer?entityid=Eleanor%20Shaw');
      const warehouse = await only('records/location?name=Leeds%20Warehouse');
      const vat = await only('records/salestaxitem?itemid=VAT%3AS-GB');
      const committedAtWarehouse = async () => {
        const tee = await only('records/inventoryitem?itemid=TEE-BLK-M');
        const line = tee.sublists['locations']?.find(
          (one) => String(one['location']) === String(warehouse.id),
        );
        return { id: tee.id, committed: Number(line?.['quantitycommitted'] ?? 0) };
      };
      const before = await committedAtWarehouse();

      const created = await admin('POST', 'records/salesorder', {
        fields: {
          entity: customer.id,
          subsidiary: customer.fields['subsidiary'],
          currency: customer.fields['currency'],
          location: warehouse.id,
          orderstatus: 'B',
          externalid: 'acceptance-admin-1',
        },
        sublists: {
          item: [{ item: before.id, quantity: 2, rate: 25, taxcode: vat.id, location: warehouse.id }],
        },
      });
      expect(created.status).toBe(200);
      const orderId = String((created.body as { id: number }).id);
      const order = await admin('GET', `records/salesorder/${orderId}`);
      expect(order.body).toMatchObject({
        id: orderId,
        type: 'salesorder',
        fields: { total: 60, taxtotal: 10 },
      });
      expect((await committedAtWarehouse()).committed).toBe(before.committed + 2);
      expect(await only('records/salesorder?externalid=ACCEPTANCE-ADMIN-1')).toMatchObject({
        id: orderId,
      });

      const shipped = await admin('POST', `records/salesorder/${orderId}/transform/itemfulfillment`, {});
      expect(shipped.status).toBe(200);
      const fulfilment = await admin('GET', `records/itemfulfillment/${(shipped.body as { id: number }).id}`);
      expect(fulfilment.body).toMatchObject({ fields: { createdfrom: orderId } });

      const refused = await admin('POST', 'records/salesorder', {
        fields: { entity: customer.id, externalid: 'acceptance-admin-1' },
        sublists: { item: [{ item: before.id, quantity: 1, rate: 1 }] },
      });
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ error: { code: expect.stringMatching(/^[A-Z_]+$/) } });
    });

    test('the admin API shows the execution a signed call ran, with its units and outcome', async () => {
      const url = `${base}/app/site/hosting/restlet.nl?script=${HEALTH.script}&deploy=1`;
      const before = JSON.parse(
        (await rawRequest(`${base}/emulator/executions`, 'GET', {})).body,
      ) as unknown[];
      const signed = await rawRequest(url, 'GET', {
        Authorization: signedHeader('GET', url),
        'Content-Type': 'application/json',
      });
      expect(signed.status).toBe(200);
      const executions = await rawRequest(`${base}/emulator/executions`, 'GET', {});
      expect(executions.status).toBe(200);
      const log = JSON.parse(executions.body) as Array<Record<string, unknown>>;
      // The fields: script, deployment, units, duration, outcome, log.
      expect(log.slice(before.length)).toEqual([
        expect.objectContaining({
          script: HEALTH.script,
          deployment: HEALTH.deploy,
          outcome: 'success',
          durationMs: expect.any(Number),
          log: expect.any(Array),
        }),
      ]);
      expect(log.at(-1)?.['units']).toBeGreaterThan(0);
    });
  });
});
