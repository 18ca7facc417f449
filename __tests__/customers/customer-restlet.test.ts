// Customer RESTlet through its built entry point on the emulator. `npm test` builds first; alone, run `npm run build`.
import type { Account } from '../../emulator/src/account';
import { body, deploy, testSeed } from '../config/seed';
import { entryPointReturn } from '../support/entry-point';

const RL = { script: 'customscript_pwi_customer_rl', deploy: 'customdeploy_pwi_customer_rl' };
const GID = 'gid://shopify/Customer/706405506930370084';

/** Stands for Shopify's numeric id in the JSON text, which is above 2^53: NetSuite's JSON.parse rounds it. */
const BIG_ID = '__shopify_numeric_id__';

/** A customers/create webhook body (REST Admin API Customer resource shape). */
function webhook(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: BIG_ID,
    admin_graphql_api_id: GID,
    email: 'Bob.Norman@Example.com',
    first_name: 'Bob',
    last_name: 'Norman',
    phone: '+441130000000',
    state: 'disabled',
    currency: 'GBP',
    tags: '',
    default_address: {
      id: 207119551,
      first_name: 'Bob',
      last_name: 'Norman',
      address1: 'Chestnut Street 92',
      city: 'Louisville',
      province: 'Kentucky',
      country_code: 'US',
      zip: '40202',
      default: true,
    },
    addresses: [],
    ...overrides,
  };
}

interface Answer {
  status: string;
  id: string;
  matchedBy: string;
  warnings: string[];
}

/** Posts the JSON text Shopify would send, with the id as a bare 18-digit number that JSON.parse rounds. */
function post(account: Account, payload: unknown): { status: number; body: string } {
  const text = JSON.stringify(payload).replace(`"${BIG_ID}"`, '706405506930370084');
  return account.invokeRestlet({ ...RL, method: 'POST', contentType: 'application/json', body: text });
}

function customers(account: Account): { id: string; fields: Record<string, unknown> }[] {
  return account.store.scan('customer').map((stored) => ({ id: String(stored.id), fields: stored.fields }));
}

/** NetSuite's 400 body: JSON for JSON requests, "error code: X\nerror message: Y" for text and GET requests. */
function errorOf(response: { body: string }): { code: string; details: Record<string, unknown> } {
  const text = /^error code: (\S+)\nerror message: ([\s\S]*)$/.exec(response.body);
  const parsed = text
    ? { code: text[1] as string, message: text[2] as string }
    : body<{ error: { code: string; message: string } }>(response).error;
  const inner = JSON.parse(parsed.message) as { message: string };
  return { code: parsed.code, details: JSON.parse(inner.message) as Record<string, unknown> };
}

describe('customer RESTlet', () => {
  it('creates the shopper once, keyed on the gid, in the channel subsidiary and currency', () => {
    const account = deploy();
    const before = customers(account).length;
    const response = post(account, { channel: 'uk', customer: webhook() });
    expect(response.status).toBe(200);
    const answer = body<Answer>(response);
    expect(answer).toMatchObject({ status: 'created', matchedBy: 'created', warnings: [] });

    const created = account.ui.loadRecord('customer', Number(answer.id));
    expect(created.fields).toMatchObject({
      externalid: 'pwi:uk:customer:706405506930370084',
      email: 'bob.norman@example.com',
      firstname: 'Bob',
      lastname: 'Norman',
      phone: '+441130000000',
      isperson: 'T',
      subsidiary: '1',
      currency: '1',
    });
    expect(customers(account)).toHaveLength(before + 1);

    // Patchworks retries: the same delivery changes nothing and answers the same customer.
    const again = body<Answer>(post(account, { channel: 'UK', customer: webhook() }));
    expect(again).toMatchObject({ status: 'unchanged', id: answer.id, matchedBy: 'externalid' });
    expect(customers(account)).toHaveLength(before + 1);
  });

  it('accepts the bare webhook with the deployment default channel, and the REST Admin wrapper', () => {
    const account = deploy({
      parameters: { customdeploy_pwi_customer_rl: { custscript_pwi_customer_default_channel: 'UK' } },
    });
    const bare = body<Answer>(post(account, webhook()));
    expect(bare.status).toBe('created');
    const wrapped = body<Answer>(post(account, { customer: webhook({ last_name: 'Norman-Smith' }) }));
    expect(wrapped).toMatchObject({ status: 'updated', id: bare.id });
    expect(account.ui.loadRecord('customer', Number(bare.id)).fields['lastname']).toBe('Norman-Smith');
  });

  it('updates changed fields from customers/update, keeping what Shopify left empty', () => {
    const account = deploy();
    const created = body<Answer>(post(account, { channel: 'UK', customer: webhook() }));
    const updated = body<Answer>(
      post(account, {
        channel: 'UK',
        customer: webhook({ email: 'bob@new.example', phone: null, first_name: 'Robert' }),
      }),
    );
    expect(updated).toMatchObject({ status: 'updated', id: created.id, matchedBy: 'externalid' });
    expect(account.ui.loadRecord('customer', Number(created.id)).fields).toMatchObject({
      email: 'bob@new.example',
      firstname: 'Robert',
      phone: '+441130000000',
    });
  });

  it('matches an existing customer by email and links it to the shopper for next time', () => {
    const account = deploy();
    const eleanor = customers(account).find((c) => c.fields['email'] === 'eleanor.shaw@example.co.uk');
    const payload = {
      channel: 'UK',
      customer: webhook({
        email: 'Eleanor.Shaw@example.co.uk',
        first_name: 'Eleanor',
        last_name: 'Shaw',
        phone: null,
      }),
    };
    const answer = body<Answer>(post(account, payload));
    expect(answer).toMatchObject({ status: 'updated', id: eleanor?.id, matchedBy: 'email' });
    expect(account.ui.loadRecord('customer', Number(eleanor?.id)).fields['externalid']).toBe(
      'pwi:uk:customer:706405506930370084',
    );
    expect(body<Answer>(post(account, payload))).toMatchObject({
      status: 'unchanged',
      matchedBy: 'externalid',
    });
  });

  it('answers the generic customer for a channel that keeps one customer, creating nothing', () => {
    const account = deploy();
    const before = customers(account).length;
    const answer = body<Answer>(post(account, { channel: 'US', customer: webhook() }));
    const generic = customers(account).find((c) => c.fields['entityid'] === 'US Guest');
    expect(answer).toEqual({ status: 'unchanged', id: generic?.id, matchedBy: 'generic', warnings: [] });
    expect(customers(account)).toHaveLength(before);
  });

  it('uses the customer that already holds the external id when the create collides (DUP_RCRD), never a second one', () => {
    const account = deploy();
    // A customer for this shopper exists outside the channel subsidiary, so the candidate search misses it.
    const existing = account.ui.createRecord('customer', {
      fields: {
        entityid: 'Bob (US)',
        isperson: 'T',
        firstname: 'Bob',
        lastname: 'Norman',
        subsidiary: '2',
        externalid: 'pwi:uk:customer:706405506930370084',
      },
    });
    const before = customers(account).length;
    const answer = body<Answer>(post(account, { channel: 'UK', customer: webhook() }));
    expect(answer).toMatchObject({ id: String(existing), matchedBy: 'externalid' });
    expect(customers(account)).toHaveLength(before);
  });

  it('flags a numeric id that disagrees with its gid and keys on the gid', () => {
    const account = deploy();
    const answer = body<Answer>(post(account, { channel: 'UK', customer: webhook({ id: 42 }) }));
    expect(answer.warnings).toEqual([expect.stringContaining('disagrees')]);
    expect(account.ui.loadRecord('customer', Number(answer.id)).fields['externalid']).toBe(
      'pwi:uk:customer:706405506930370084',
    );
  });

  it('refuses an invalid payload naming every bad field, and writes nothing', () => {
    const account = deploy();
    const before = customers(account).length;
    const response = post(account, {
      channel: 'UK',
      customer: {
        email: 5,
        first_name: ['Bob'],
        addresses: [{ country_code: 'GBR' }],
        default_address: 'home',
      },
    });
    expect(response.status).toBe(400);
    const { code, details } = errorOf(response);
    expect(code).toBe('INVALID_PAYLOAD');
    expect((details['fields'] as { path: string }[]).map((f) => f.path)).toEqual([
      '$.customer',
      '$.customer.email',
      '$.customer.first_name',
      '$.customer.addresses[0].country_code',
      '$.customer.default_address',
    ]);
    expect(customers(account)).toHaveLength(before);
  });

  it('refuses an id JSON has rounded when there is no gid to key on', () => {
    const account = deploy();
    const response = post(account, {
      channel: 'UK',
      customer: { id: BIG_ID, email: 'x@example.com' },
    });
    const { code, details } = errorOf(response);
    expect(code).toBe('INVALID_PAYLOAD');
    expect(details['fields']).toEqual([expect.objectContaining({ path: '$.customer.id' })]);
  });

  it('answers a text/plain body with the same answer as JSON text, and a JSON body with the object', () => {
    const account = deploy();
    const text = JSON.stringify({ channel: 'UK', customer: webhook() }).replace(
      `"${BIG_ID}"`,
      '706405506930370084',
    );
    const response = account.invokeRestlet({ ...RL, method: 'POST', contentType: 'text/plain', body: text });
    expect(response).toMatchObject({ status: 200, contentType: 'text/plain' });
    const created = body<Answer>(response);
    expect(created).toMatchObject({ status: 'created', matchedBy: 'created' });

    const post = (argument: unknown): unknown =>
      entryPointReturn(account, { ...RL, entryPoint: 'post', argument });
    const asText = post(text);
    expect(typeof asText).toBe('string');
    expect(JSON.parse(asText as string)).toEqual({
      ...created,
      status: 'unchanged',
      matchedBy: 'externalid',
    });
    expect(post(JSON.parse(text))).toMatchObject({ status: 'unchanged', id: created.id });
  });

  it('refuses text that is not JSON and a body with no channel to use', () => {
    const account = deploy();
    const notJson = account.invokeRestlet({
      ...RL,
      method: 'POST',
      contentType: 'text/plain',
      body: '{"id":',
    });
    expect(errorOf(notJson).details['fields']).toEqual([
      expect.objectContaining({ path: '$', problem: 'is not valid JSON' }),
    ]);
    const noChannel = post(account, webhook());
    expect(errorOf(noChannel).details['fields']).toEqual([expect.objectContaining({ path: '$.channel' })]);
  });

  it('stops on an unusable channel with INVALID_CONFIGURATION naming the fields, and records one exception however often it is retried', () => {
    const account = deploy();
    const first = post(account, { channel: 'EU', customer: webhook() });
    expect(first.status).toBe(400);
    const { code, details } = errorOf(first);
    expect(code).toBe('INVALID_CONFIGURATION');
    expect((details['problems'] as { field: string }[]).map((p) => p.field)).toEqual(
      expect.arrayContaining([
        'custrecord_pwi_ch_currency',
        'custrecord_pwi_ch_location',
        'custrecord_pwi_ch_tax_code',
      ]),
    );
    post(account, { channel: 'EU', customer: webhook() });
    const exceptions = account.store.scan('customrecord_pwi_exception');
    expect(exceptions).toHaveLength(1);
    expect(exceptions[0]?.fields).toMatchObject({
      externalid: 'pwi-ex|configuration|-|shopify:customer:706405506930370084|eu',
      custrecord_pwi_ex_source: 'shopify:customer:706405506930370084',
      custrecord_pwi_ex_occurrences: 2,
      custrecord_pwi_ex_retry_safe: true,
    });
    expect(String(exceptions[0]?.fields['custrecord_pwi_ex_payload'])).toContain(GID);

    const state = account.invokeRestlet({
      ...RL,
      method: 'GET',
      query: { shopifyCustomerId: GID, channel: 'EU' },
    });
    expect(
      body<{ id: string | null; openExceptions: { category: string; occurrences: number }[] }>(state),
    ).toMatchObject({
      id: null,
      openExceptions: [{ category: 'CONFIGURATION', occurrences: 2, status: 'open' }],
    });
  });

  it('resolves the exceptions that stopped a shopper once a delivery of it succeeds', () => {
    const account = deploy();
    post(account, { channel: 'EU', customer: webhook() });
    const eu = account.store
      .scan('customrecord_pwi_channel')
      .find((r) => r.fields['custrecord_pwi_ch_code'] === 'EU');
    const uk = account.store
      .scan('customrecord_pwi_channel')
      .find((r) => r.fields['custrecord_pwi_ch_code'] === 'UK');
    const settings = Object.fromEntries(
      Object.entries(uk?.fields ?? {}).filter(
        ([key]) => key.startsWith('custrecord_pwi_ch_') && key !== 'custrecord_pwi_ch_code',
      ),
    );
    // The administrator completes the EU channel; Patchworks retries the delivery.
    account.ui.editRecord('customrecord_pwi_channel', eu?.id ?? 0, { fields: settings });
    expect(body<Answer>(post(account, { channel: 'EU', customer: webhook() })).status).toBe('created');
    const state = account.invokeRestlet({
      ...RL,
      method: 'GET',
      query: { shopifyCustomerId: GID, channel: 'EU' },
    });
    expect(body<{ openExceptions: unknown[] }>(state).openExceptions).toEqual([]);
    expect(account.store.scan('customrecord_pwi_exception')[0]?.fields['custrecord_pwi_ex_status']).toBe('3');
  });

  it('answers a shopper state by id or gid', () => {
    const account = deploy();
    const created = body<Answer>(post(account, { channel: 'UK', customer: webhook() }));
    const byId = account.invokeRestlet({
      ...RL,
      method: 'GET',
      query: { shopifyCustomerId: '706405506930370084', channel: 'UK' },
    });
    expect(body(byId)).toEqual({
      shopifyCustomerId: '706405506930370084',
      channel: 'UK',
      id: created.id,
      openExceptions: [],
    });
    const bad = account.invokeRestlet({ ...RL, method: 'GET', query: { shopifyCustomerId: 'bob' } });
    expect(errorOf(bad).details['fields']).toHaveLength(2);
  });
});

describe('customer RESTlet governance', () => {
  it('costs 36 units for a new shopper and 26 when unchanged once the configuration is cached, 98 cold', () => {
    const account = deploy();
    const two = webhook({
      admin_graphql_api_id: 'gid://shopify/Customer/2',
      id: 2,
      email: 'two@example.com',
    });
    post(account, { channel: 'UK', customer: webhook() }); // warms the configuration cache
    post(account, { channel: 'UK', customer: two });
    post(account, { channel: 'UK', customer: two });
    const [cold, created, unchanged] = account.executions().map((run) => run.units);
    // Cold: six configuration searches (60) + cache get, re-read (the guard against a racing configuration edit)
    // and put (3) + candidate search, create, save (25) + the search for open exceptions to resolve (10).
    expect(cold).toBe(98);
    // Warm: cache hit (1) + candidate search (10) + create (5) + save (10) + exceptions search (10).
    expect(created).toBe(36);
    // Unchanged: cache hit (1) + candidate search (10) + load (5) + exceptions search (10).
    expect(unchanged).toBe(26);
  });
});

describe('customer RESTlet with shopper addresses kept on customers', () => {
  function deployKeepingAddresses(): Account {
    const records = (testSeed().records ?? []).map((record) =>
      record.key === 'ch-uk'
        ? { ...record, fields: { ...record.fields, custrecord_pwi_ch_sync_addresses: true } }
        : record,
    );
    return deploy({ records });
  }

  const office = {
    first_name: 'Bob',
    last_name: 'Norman',
    address1: '9 Mill Lane',
    city: 'Leeds',
    country_code: 'GB',
    zip: 'LS2 2BB',
  };

  it('writes every Shopify address through the address subrecord, the default one as default billing and shipping', () => {
    const account = deployKeepingAddresses();
    const home = (webhook()['default_address'] as Record<string, unknown>) ?? {};
    const answer = body<Answer>(
      post(account, { channel: 'UK', customer: webhook({ addresses: [home, office] }) }),
    );
    expect(answer.status).toBe('created');
    const lines = account.store.require('customer', Number(answer.id)).sublists['addressbook'] ?? [];
    expect(
      lines.map((line) => [
        line['addressbookaddress.addr1'],
        line['addressbookaddress.state'],
        line['defaultbilling'],
        line['defaultshipping'],
      ]),
    ).toEqual([
      ['Chestnut Street 92', 'Kentucky', true, true],
      ['9 Mill Lane', undefined, false, false],
    ]);

    expect(lines[1]?.['addressbookaddress.addressee']).toBe('Bob Norman');
    expect(lines[1]?.['addressbookaddress.country']).toBe('GB');

    // Unchanged addresses add nothing; a new default moves the defaults onto it.
    expect(
      body<Answer>(post(account, { channel: 'UK', customer: webhook({ addresses: [home, office] }) })).status,
    ).toBe('unchanged');
    const moved = body<Answer>(
      post(account, { channel: 'UK', customer: webhook({ default_address: { ...office, default: true } }) }),
    );
    expect(moved.status).toBe('updated');
    const after = account.store.require('customer', Number(answer.id)).sublists['addressbook'] ?? [];
    expect(
      after.map((line) => [
        line['addressbookaddress.addr1'],
        line['defaultbilling'],
        line['defaultshipping'],
      ]),
    ).toEqual([
      ['Chestnut Street 92', false, false],
      ['9 Mill Lane', true, true],
    ]);
  });

  it('keeps a company beside the shopper’s name as the attention line, as on order addresses', () => {
    const account = deployKeepingAddresses();
    const answer = body<Answer>(
      post(account, {
        channel: 'UK',
        customer: webhook({ default_address: { ...office, company: 'Norman Joinery', default: true } }),
      }),
    );
    const [line] = account.store.require('customer', Number(answer.id)).sublists['addressbook'] ?? [];
    expect([line?.['addressbookaddress.addressee'], line?.['addressbookaddress.attention']]).toEqual([
      'Bob Norman',
      'Norman Joinery',
    ]);
  });
});
