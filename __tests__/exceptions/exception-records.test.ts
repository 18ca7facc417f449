// Exception records as the customer RESTlet raises them on the emulator: one record per problem and source,
// counted, reopened when seen again after being resolved, payload capped. Built scripts needed (`npm run build`).
import type { Account } from '../../emulator/src/account';
import { MAX_PAYLOAD_CHARS } from '../../src/domain/exceptions/exception';
import { body, deploy } from '../config/seed';

const RL = { script: 'customscript_pwi_customer_rl', deploy: 'customdeploy_pwi_customer_rl' };

function customer(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    admin_graphql_api_id: `gid://shopify/Customer/${id}`,
    email: `${id}@example.com`,
    first_name: 'A',
    last_name: 'B',
    ...extra,
  };
}

function post(account: Account, channel: string, payload: Record<string, unknown>): number {
  return account.invokeRestlet({
    ...RL,
    method: 'POST',
    contentType: 'application/json',
    body: { channel, customer: payload },
  }).status;
}

function open(
  account: Account,
  id: string,
  channel: string,
): { id: string; status: string; occurrences: number }[] {
  const response = account.invokeRestlet({ ...RL, method: 'GET', query: { shopifyCustomerId: id, channel } });
  return body<{ openExceptions: { id: string; status: string; occurrences: number }[] }>(response)
    .openExceptions;
}

describe('exception records', () => {
  it('keeps one record per problem and source, separate records for separate sources and channels', () => {
    const account = deploy();
    expect(post(account, 'EU', customer('1'))).toBe(400);
    expect(post(account, 'EU', customer('1'))).toBe(400);
    expect(post(account, 'EU', customer('2'))).toBe(400);
    expect(post(account, 'NOPE', customer('1'))).toBe(400);
    const records = account.store.scan('customrecord_pwi_exception').map((r) => r.fields);
    expect(
      records.map((f) => [
        f['custrecord_pwi_ex_source'],
        f['externalid'],
        f['custrecord_pwi_ex_occurrences'],
      ]),
    ).toEqual([
      ['shopify:customer:1', 'pwi-ex|configuration|-|shopify:customer:1|eu', 2],
      ['shopify:customer:2', 'pwi-ex|configuration|-|shopify:customer:2|eu', 1],
      ['shopify:customer:1', 'pwi-ex|configuration|-|shopify:customer:1|nope', 1],
    ]);
    expect(records[2]?.['custrecord_pwi_ex_message']).toContain('NOPE');
    expect(records[2]?.['custrecord_pwi_ex_fix']).toContain('No channel record has the code "NOPE"');
    expect(open(account, '1', 'EU').map((e) => e.occurrences)).toEqual([2, 1]);
  });

  it('reopens a resolved record when the same problem comes back, instead of adding one', () => {
    const account = deploy();
    post(account, 'EU', customer('7'));
    const [raised] = account.store.scan('customrecord_pwi_exception');
    // An operator marks it resolved (list value 3 = Resolved).
    account.ui.editRecord('customrecord_pwi_exception', raised?.id ?? 0, {
      fields: { custrecord_pwi_ex_status: '3' },
    });
    expect(open(account, '7', 'EU')).toEqual([]);

    post(account, 'EU', customer('7'));
    expect(account.store.scan('customrecord_pwi_exception')).toHaveLength(1);
    expect(open(account, '7', 'EU')).toEqual([
      expect.objectContaining({ id: String(raised?.id), status: 'open', occurrences: 2 }),
    ]);
  });

  it('stores the payload for replay, capped, with a flag when cut', () => {
    const account = deploy();
    post(account, 'EU', customer('8', { note: 'x'.repeat(MAX_PAYLOAD_CHARS + 500) }));
    post(account, 'EU', customer('9'));
    const [big, small] = account.store.scan('customrecord_pwi_exception').map((r) => r.fields);
    expect(String(big?.['custrecord_pwi_ex_payload'])).toHaveLength(MAX_PAYLOAD_CHARS);
    expect(big?.['custrecord_pwi_ex_payload_cut']).toBe(true);
    expect(JSON.parse(String(small?.['custrecord_pwi_ex_payload']))).toEqual({
      channel: 'EU',
      customer: customer('9'),
    });
    expect(small?.['custrecord_pwi_ex_payload_cut']).toBe(false);
  });
});
