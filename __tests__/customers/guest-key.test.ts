/**
 * Guest customers carry a guest key (external id from channel + SHA-256 of the normalised e-mail) so racing
 * deliveries collide on it; a Shopify customer id later replaces it. Through the built order and customer RESTlets
 * on the emulator (`npm test` builds first; alone, run `npm run build`).
 */
import type { Account } from '../../emulator/src/account';
import { clone, renumbered, shopifyFixture } from '../orders/fixtures';
import { callOrders, orderAccount } from '../orders/restlet-harness';
import { sha256Hex } from './digest';

type Json = Record<string, unknown>;

const ukOrder = (): Json => shopifyFixture('rest-webhook-uk-vat-included');

function guestOrder(id: string, email: string): Json {
  const order = renumbered(ukOrder(), id, `#G${id}`);
  delete order['customer'];
  order['email'] = email;
  return order;
}

function shopperOrder(id: string, shopifyCustomerId: string, email: string): Json {
  const order = renumbered(ukOrder(), id, `#S${id}`);
  order['customer'] = {
    ...(order['customer'] as Json),
    id: Number(shopifyCustomerId),
    admin_graphql_api_id: `gid://shopify/Customer/${shopifyCustomerId}`,
    email,
    first_name: 'Gwen',
    last_name: 'Price',
  };
  order['email'] = email;
  return order;
}

/** Posts an order that must be created; answers the internal id of the customer it was posted to. */
function postedTo(account: Account, order: Json): string {
  const answer = callOrders(account, 'POST', order);
  expect(answer.body['status']).toBe('created');
  return String(account.store.require('salesorder', Number(answer.body['id'])).fields['entity']);
}

function customersWithEmail(account: Account, email: string): { id: string; externalId: unknown }[] {
  return account.ui
    .findRecords('customer', { email })
    .map((found) => ({ id: String(found.id), externalId: found.fields['externalid'] }));
}

/** Inserts a copy of the next customer just before the script's own insert: a concurrent delivery won the race. */
function raceTwinCustomer(account: Account): { twinId: () => number | null } {
  const store = account.store;
  const insert = store.insert.bind(store);
  let twin: number | null = null;
  store.insert = (type, fields, sublists) => {
    if (type === 'customer' && twin === null) twin = insert(type, clone(fields), clone(sublists));
    return insert(type, fields, sublists);
  };
  return { twinId: () => twin };
}

const EMAIL = 'gwen.price@example.co.uk';
const GUEST_KEY = `pwi:uk:guest:${sha256Hex(EMAIL)}`;

describe('guest customers under a guest key', () => {
  it('a guest order creates its customer under the key of the normalised e-mail; the address is not in it', () => {
    const account = orderAccount();
    const first = postedTo(account, guestOrder('6600000001', 'Gwen.Price@Example.co.uk'));
    expect(customersWithEmail(account, EMAIL)).toEqual([{ id: first, externalId: GUEST_KEY }]);
    expect(GUEST_KEY).not.toMatch(/gwen|price|example/i);
    // Another spelling of the same address is the same guest.
    expect(postedTo(account, guestOrder('6600000002', 'GWEN.PRICE@example.co.uk'))).toBe(first);
    expect(customersWithEmail(account, EMAIL)).toHaveLength(1);
  });

  it('a delivery that loses the create race to a twin of the same guest uses the twin, and no second customer exists', () => {
    const account = orderAccount();
    const race = raceTwinCustomer(account);
    const entity = postedTo(account, guestOrder('6600000003', 'Gwen.Price@example.co.uk'));
    expect(race.twinId()).not.toBeNull();
    expect(entity).toBe(String(race.twinId()));
    expect(customersWithEmail(account, EMAIL)).toEqual([{ id: entity, externalId: GUEST_KEY }]);
  });

  it('the shopper ordering later with a Shopify id takes over the guest customer (key replaced); guests still land on it', () => {
    const account = orderAccount();
    const guest = postedTo(account, guestOrder('6600000004', EMAIL));
    expect(postedTo(account, shopperOrder('6600000005', '6600000777', 'Gwen.Price@example.co.uk'))).toBe(
      guest,
    );
    expect(customersWithEmail(account, EMAIL)).toEqual([
      { id: guest, externalId: 'pwi:uk:customer:6600000777' },
    ]);
    // Matched by e-mail first: the guest key is gone, and a guest order must not create a customer for it again.
    expect(postedTo(account, guestOrder('6600000006', EMAIL))).toBe(guest);
    expect(postedTo(account, shopperOrder('6600000007', '6600000777', 'new.address@example.co.uk'))).toBe(
      guest,
    );
    expect(account.ui.findRecords('customer', { externalid: GUEST_KEY })).toHaveLength(0);
    expect(customersWithEmail(account, EMAIL)).toHaveLength(1);
  });

  it('the customer RESTlet syncing a shopper with the guest e-mail links the guest customer instead of creating one', () => {
    const account = orderAccount();
    const guest = postedTo(account, guestOrder('6600000008', EMAIL));
    const synced = account.invokeRestlet({
      script: 'customscript_pwi_customer_rl',
      deploy: 'customdeploy_pwi_customer_rl',
      method: 'POST',
      contentType: 'application/json',
      body: JSON.stringify({
        channel: 'UK',
        customer: {
          id: 6600000888,
          admin_graphql_api_id: 'gid://shopify/Customer/6600000888',
          email: 'Gwen.Price@Example.co.uk',
          first_name: 'Gwen',
          last_name: 'Price',
        },
      }),
    });
    expect(synced.status).toBe(200);
    expect(JSON.parse(synced.body)).toMatchObject({ status: 'updated', id: guest, matchedBy: 'email' });
    expect(customersWithEmail(account, EMAIL)).toEqual([
      { id: guest, externalId: 'pwi:uk:customer:6600000888' },
    ]);
    expect(postedTo(account, guestOrder('6600000009', EMAIL))).toBe(guest);
    expect(postedTo(account, shopperOrder('6600000010', '6600000888', EMAIL))).toBe(guest);
    expect(customersWithEmail(account, EMAIL)).toHaveLength(1);
  });
});
