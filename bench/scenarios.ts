/**
 * The benchmark's scenarios: what Patchworks sends the bundle's RESTlets on an ordinary day, one request each, on
 * an account that has already traded (the demo's day replayed first, so configuration and catalogue caches are
 * warm and the day's shoppers are NetSuite customers). Payloads come from the demo's builders; only the baskets,
 * one new shopper and one guest are the benchmark's own.
 */
import type { Account } from '../emulator/src/account';
import type { RestletRequest } from '../emulator/src/runners/restlet';
import { evictAllCaches } from '../emulator/src/modules/cache-store';
import { customerEvents, tradingDay, UK_SHOP, US_SHOP } from '../demo/scenario';
import {
  allocateDiscount,
  type BasketLine,
  buildOrder,
  type BuiltOrder,
  type OrderSpec,
  type Shopper,
  type TaxRule,
} from '../demo/shopify-orders';
import { inPresentmentCurrency, shopperOf, toGraphqlOrder } from './shopify-shapes';

export const RESTLETS = {
  order: { script: 'customscript_pwi_order_rl', deploy: 'customdeploy_pwi_order_rl' },
  customer: { script: 'customscript_pwi_customer_rl', deploy: 'customdeploy_pwi_customer_rl' },
  health: { script: 'customscript_pwi_health_rl', deploy: 'customdeploy_pwi_health_rl' },
} as const;

export type RestletName = keyof typeof RESTLETS;

/** One request as Patchworks' HTTP connector sends it: JSON body for POST, query parameters for GET. */
export interface BenchRequest {
  readonly method: 'GET' | 'POST';
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** The Shopify orders the body carries, in order, so the runner can tie what NetSuite saved to their totals. */
  readonly orders?: readonly BuiltOrder[];
}

/** What the scenario must answer: the HTTP status and the outcome read from the body (see describeOutcome). */
export interface ExpectedAnswer {
  readonly httpStatus: number;
  readonly outcome: string;
}

export interface Scenario {
  readonly name: string;
  readonly restlet: RestletName;
  readonly expected: ExpectedAnswer;
  /**
   * Set when the request posts one order of this many Shopify line items for a customer NetSuite already knows:
   * issue 5's governance limit (≤ 5 lines ≤ 40 units) applies to it.
   */
  readonly knownCustomerLines?: number;
  /** Why the figure is what it is, when that is not obvious from the name. */
  readonly note?: string;
  /** Untimed: brings the freshly deployed account to the state the request meets. */
  prepare(account: Account): void;
  request(): BenchRequest;
}

const GB_VAT: TaxRule = { title: 'GB VAT', rate: '0.2' };
const NY_TAX: TaxRule = { title: 'NY Sales Tax', rate: '0.08875' };

/** The baskets' items: SKUs of the demo seed at UK shop prices in minor units, VAT included. */
const ITEM = {
  teeNavyM: { sku: 'TEE-NVY-M', title: 'Classic Organic Tee — Navy / M', priceMinor: 2500 },
  teeWhiteS: { sku: 'TEE-WHT-S', title: 'Classic Organic Tee — White / S', priceMinor: 2500 },
  hoodGreyL: { sku: 'HOOD-GRY-L', title: 'Heavyweight Hoodie — Grey Marl / L', priceMinor: 6500 },
  sweatNavyM: { sku: 'SWT-NVY-M', title: 'Crew Sweatshirt — Navy / M', priceMinor: 5500 },
  jeanBlack34: { sku: 'JEAN-BLK-34', title: 'Slim Selvedge Jean — Black / 34', priceMinor: 8000 },
  jeanIndigo32: { sku: 'JEAN-IND-32', title: 'Slim Selvedge Jean — Indigo / 32', priceMinor: 9800 },
  capOlive: { sku: 'CAP-OLV', title: 'Wool Six-Panel Cap — Olive', priceMinor: 2000 },
  socksBlack: { sku: 'SOCK-BLK', title: 'Rib Socks — Black', priceMinor: 800 },
  loungeKit: { sku: 'KIT-LOUNGE-BLK-M', title: 'Lounge Set — Black / Ecru, M', priceMinor: 11000 },
} as const;

type Item = (typeof ITEM)[keyof typeof ITEM];

function line(item: Item, quantity: number, tax: TaxRule): BasketLine {
  return { sku: item.sku, title: item.title, quantity, unitPriceMinor: item.priceMinor, tax };
}

const UK_STANDARD = { title: 'Standard Delivery', code: 'STANDARD', priceMinor: 395, tax: GB_VAT };
const US_GROUND = { title: 'UPS Ground', code: 'UPS_GROUND', priceMinor: 800 };
const BENCH_DAY = '2026-01-06';

/** The demo's day, by order name: the shoppers it makes NetSuite customers of, and orders to ask about. */
function dayOrder(name: string): BuiltOrder {
  const found = tradingDay().find((event) => event.order.name === name);
  if (!found) throw new Error(`the demo's trading day has no order ${name}`);
  return found.order;
}

/** Seeded in the demo account (cust-eleanor) and linked to her Shopify id by her order of the day. */
const eleanor = (): Shopper => shopperOf(dayOrder('#1002'));
/** Created by his first order of the day (#1001). */
const oliver = (): Shopper => shopperOf(dayOrder('#1001'));
/** The US store's first customer of the day (#US1001). */
const jordan = (): Shopper => shopperOf(dayOrder('#US1001'));

/** A shopper the account has never seen: her first order creates her customer record. */
const freya: Shopper = {
  shopifyCustomerId: 7_310_000_950,
  email: 'freya.lund@example.co.uk',
  phone: '+44 7700 900777',
  address: {
    firstName: 'Freya',
    lastName: 'Lund',
    address1: '5 Quayside',
    city: 'Newcastle upon Tyne',
    province: null,
    provinceCode: null,
    countryCode: 'GB',
    zip: 'NE1 3DX',
  },
};

/** A guest checkout: no Shopify customer, an e-mail the account has not seen. */
const guest: Shopper = {
  shopifyCustomerId: null,
  email: 'alex.reid@example.co.uk',
  phone: null,
  address: {
    firstName: 'Alex',
    lastName: 'Reid',
    address1: '40 Bold Street',
    city: 'Liverpool',
    province: null,
    provinceCode: null,
    countryCode: 'GB',
    zip: 'L1 4DS',
  },
};

/** Bench orders are numbered from 100 in each shop, clear of the demo day's. */
function ukOrder(
  sequence: number,
  shopper: Shopper,
  lines: readonly BasketLine[],
  extra: Partial<OrderSpec> = {},
): BuiltOrder {
  return buildOrder({
    shop: UK_SHOP,
    sequence: 100 + sequence,
    createdAt: `${BENCH_DAY}T10:${String(sequence).padStart(2, '0')}:00+00:00`,
    shopper,
    lines,
    shipping: UK_STANDARD,
    ...extra,
  });
}

/**
 * The order RESTlet's POST as Patchworks sends it: the REST Admin wrapper naming the store, or (for the GraphQL
 * shape) the Order object with the channel beside its fields.
 */
function postOrder(order: BuiltOrder, payload: Record<string, unknown> = order.payload): BenchRequest {
  return { method: 'POST', body: { channel: order.channel, order: payload }, orders: [order] };
}

function post(body: unknown): BenchRequest {
  return { method: 'POST', body };
}

/** The emulator's restlet.nl call for a request: JSON text with Content-Type application/json, as Patchworks sends. */
export function restletCall(restlet: RestletName, request: BenchRequest): RestletRequest {
  return {
    ...RESTLETS[restlet],
    method: request.method,
    ...(request.query ? { query: request.query } : {}),
    ...(request.body !== undefined
      ? { contentType: 'application/json', body: JSON.stringify(request.body) }
      : {}),
  };
}

/** Sends one request outside the measurement, failing loudly when the account does not accept it. */
function send(account: Account, restlet: RestletName, request: BenchRequest): void {
  const response = account.invokeRestlet(restletCall(restlet, request));
  if (response.status !== 200)
    throw new Error(`preparing: ${restlet} ${request.method} answered ${response.status}: ${response.body}`);
}

/** Replays the demo's day of orders: caches warm, the day's shoppers become customers. */
function tradedDay(account: Account): void {
  for (const event of tradingDay()) send(account, 'order', postOrder(event.order));
}

const fiveLines = (): BasketLine[] => [
  line(ITEM.teeNavyM, 2, GB_VAT),
  line(ITEM.hoodGreyL, 1, GB_VAT),
  line(ITEM.sweatNavyM, 1, GB_VAT),
  line(ITEM.jeanBlack34, 1, GB_VAT),
  line(ITEM.capOlive, 1, GB_VAT),
];

const oneLineForEleanor = (): BuiltOrder => ukOrder(1, eleanor(), [line(ITEM.teeNavyM, 1, GB_VAT)]);

export function scenarios(): Scenario[] {
  const created = { httpStatus: 200, outcome: 'created' };
  return [
    {
      name: 'known customer, 1 line',
      restlet: 'order',
      expected: created,
      knownCustomerLines: 1,
      prepare: tradedDay,
      request: () => postOrder(oneLineForEleanor()),
    },
    {
      name: 'known customer, 5 lines',
      restlet: 'order',
      expected: created,
      knownCustomerLines: 5,
      prepare: tradedDay,
      request: () => postOrder(ukOrder(2, eleanor(), fiveLines())),
    },
    {
      name: 'known customer after an idle hour, 5 lines',
      restlet: 'order',
      expected: created,
      knownCustomerLines: 5,
      note:
        'the account idle for an hour after a day of trading: the channel configuration (cached without expiry, ' +
        'invalidated by its user event) and the item index (12 hours) are still cached',
      prepare: (account) => {
        tradedDay(account);
        account.clock.advance(60 * 60);
      },
      request: () => postOrder(ukOrder(2, eleanor(), fiveLines())),
    },
    {
      name: 'known customer back next day, 1 line',
      restlet: 'order',
      expected: created,
      knownCustomerLines: 1,
      note:
        'the clock moved on 24 hours (the 12-hour item index has expired; configuration is cached without expiry), ' +
        'then another shopper ordered just before her, reloading the item index',
      prepare: (account) => {
        tradedDay(account);
        account.clock.advance(24 * 60 * 60);
        send(account, 'order', postOrder(ukOrder(10, freya, [line(ITEM.capOlive, 1, GB_VAT)])));
      },
      request: () => postOrder(oneLineForEleanor()),
    },
    {
      name: 'known customer, first Shopify order (e-mail match)',
      restlet: 'order',
      expected: created,
      note:
        'a NetSuite customer (seeded) Shopify has not sent before, on a warm account: found by e-mail (a 10-unit ' +
        'search) and linked to her Shopify id once (5); the 40-unit limit is not applied, as search and floor ' +
        '(create 10 + save 20) alone reach 40',
      prepare: (account) =>
        send(account, 'order', postOrder(ukOrder(10, freya, [line(ITEM.capOlive, 1, GB_VAT)]))),
      request: () => postOrder(oneLineForEleanor()),
    },
    {
      name: 'known customer, 1 line, caches evicted',
      restlet: 'order',
      expected: created,
      note: 'N/cache emptied first (NetSuite may evict at any time): configuration, catalogue and customer reloaded',
      prepare: (account) => {
        tradedDay(account);
        evictAllCaches(account);
      },
      request: () => postOrder(oneLineForEleanor()),
    },
    {
      name: 'new customer',
      restlet: 'order',
      expected: created,
      prepare: tradedDay,
      request: () =>
        postOrder(ukOrder(3, freya, [line(ITEM.teeWhiteS, 1, GB_VAT), line(ITEM.capOlive, 1, GB_VAT)])),
    },
    {
      name: 'guest checkout',
      restlet: 'order',
      expected: created,
      prepare: tradedDay,
      request: () => postOrder(ukOrder(4, guest, [line(ITEM.jeanBlack34, 1, GB_VAT)])),
    },
    {
      name: 'bundle (kit) order',
      restlet: 'order',
      expected: created,
      knownCustomerLines: 2,
      prepare: tradedDay,
      request: () =>
        postOrder(ukOrder(5, eleanor(), [line(ITEM.loungeKit, 1, GB_VAT), line(ITEM.socksBlack, 1, GB_VAT)])),
    },
    {
      name: 'bundle-map SKU (US sock 3-pack)',
      restlet: 'order',
      expected: created,
      knownCustomerLines: 1,
      prepare: tradedDay,
      request: () =>
        postOrder(
          buildOrder({
            shop: US_SHOP,
            sequence: 101,
            createdAt: `${BENCH_DAY}T12:05:00-05:00`,
            shopper: jordan(),
            lines: [
              {
                sku: 'BNDL-SOCK-3PK',
                title: 'Rib Socks 3-Pack',
                quantity: 1,
                unitPriceMinor: 2400,
                tax: NY_TAX,
              },
            ],
            shipping: US_GROUND,
          }),
        ),
    },
    {
      name: 'UK taxes included, discount code',
      restlet: 'order',
      expected: created,
      knownCustomerLines: 2,
      prepare: tradedDay,
      request: () =>
        postOrder(
          ukOrder(
            6,
            oliver(),
            allocateDiscount([line(ITEM.hoodGreyL, 1, GB_VAT), line(ITEM.socksBlack, 2, GB_VAT)], 810),
            { discountCode: { code: 'WINTER10', type: 'percentage' } },
          ),
        ),
    },
    {
      name: 'US taxes excluded (Cash Sale)',
      restlet: 'order',
      expected: created,
      knownCustomerLines: 2,
      prepare: tradedDay,
      request: () =>
        postOrder(
          buildOrder({
            shop: US_SHOP,
            sequence: 100,
            createdAt: `${BENCH_DAY}T11:20:00-05:00`,
            shopper: jordan(),
            lines: [
              line(ITEM.jeanIndigo32, 1, NY_TAX),
              // The US store sells the cap at $25.00.
              { ...line(ITEM.capOlive, 1, NY_TAX), unitPriceMinor: 2500 },
            ],
            shipping: US_GROUND,
          }),
        ),
    },
    {
      name: 'multi-currency (EUR presentment)',
      restlet: 'order',
      expected: created,
      knownCustomerLines: 2,
      prepare: tradedDay,
      request: () => {
        const order = ukOrder(7, oliver(), [
          line(ITEM.sweatNavyM, 1, GB_VAT),
          line(ITEM.capOlive, 1, GB_VAT),
        ]);
        return postOrder(order, inPresentmentCurrency(order.payload, 'EUR', '1.1672'));
      },
    },
    {
      name: 'repeated delivery (duplicate)',
      restlet: 'order',
      expected: { httpStatus: 200, outcome: 'duplicate' },
      note: 'the save is tried first (the external id is unique); DUP_RCRD costs that attempt, then one search finds the twin',
      prepare: (account) => {
        tradedDay(account);
        send(account, 'order', postOrder(oneLineForEleanor()));
      },
      request: () => postOrder(oneLineForEleanor()),
    },
    {
      name: 'unmapped SKU (exception)',
      restlet: 'order',
      expected: { httpStatus: 200, outcome: 'exception' },
      prepare: tradedDay,
      request: () =>
        postOrder(
          ukOrder(8, eleanor(), [
            line(ITEM.teeNavyM, 1, GB_VAT),
            {
              sku: 'TEE-SAGE-M',
              title: 'Classic Organic Tee — Sage / M',
              quantity: 1,
              unitPriceMinor: 2500,
              tax: GB_VAT,
            },
          ]),
        ),
    },
    {
      name: 'invalid payload (400)',
      restlet: 'order',
      expected: { httpStatus: 400, outcome: 'error INVALID_PAYLOAD' },
      prepare: tradedDay,
      request: () => {
        const order = oneLineForEleanor();
        const payload = structuredClone(order.payload);
        delete payload['name'];
        payload['total_price'] = '12.3.4';
        delete payload['total_price_set'];
        return { method: 'POST', body: { channel: order.channel, order: payload } };
      },
    },
    {
      name: 'batch of 10 orders',
      restlet: 'order',
      expected: { httpStatus: 200, outcome: '10 created' },
      prepare: tradedDay,
      request: () => {
        const shoppers = [eleanor(), oliver()];
        const baskets: BasketLine[][] = [
          [line(ITEM.teeNavyM, 1, GB_VAT)],
          [line(ITEM.hoodGreyL, 1, GB_VAT), line(ITEM.capOlive, 1, GB_VAT)],
          [
            line(ITEM.sweatNavyM, 1, GB_VAT),
            line(ITEM.socksBlack, 3, GB_VAT),
            line(ITEM.teeWhiteS, 1, GB_VAT),
          ],
        ];
        const orders = Array.from({ length: 10 }, (_, index) =>
          ukOrder(20 + index, cycle(shoppers, index), cycle(baskets, index)),
        );
        return {
          method: 'POST',
          body: { channel: UK_SHOP.channel, orders: orders.map((order) => ({ order: order.payload })) },
          orders,
        };
      },
    },
    {
      name: 'GraphQL-shaped order',
      restlet: 'order',
      expected: created,
      knownCustomerLines: 2,
      prepare: tradedDay,
      request: () => {
        const order = ukOrder(9, eleanor(), [
          line(ITEM.hoodGreyL, 1, GB_VAT),
          line(ITEM.teeNavyM, 1, GB_VAT),
        ]);
        return {
          method: 'POST',
          body: { channel: order.channel, ...toGraphqlOrder(order.payload) },
          orders: [order],
        };
      },
    },
    {
      name: 'GET order state',
      restlet: 'order',
      expected: { httpStatus: 200, outcome: 'found' },
      prepare: tradedDay,
      request: () => ({
        method: 'GET',
        query: { shopifyOrderId: dayOrder('#1001').shopifyOrderId, channel: UK_SHOP.channel },
      }),
    },
    {
      name: 'health check',
      restlet: 'health',
      expected: { httpStatus: 200, outcome: 'ok' },
      note: 'on the freshly deployed account, as an integration tests its connection first',
      prepare: () => undefined,
      request: () => ({ method: 'GET' }),
    },
    {
      name: 'customer created (customers/create)',
      restlet: 'customer',
      expected: created,
      prepare: tradedDay,
      request: () => post(customerBody('customers/create')),
    },
    {
      name: 'customer updated (customers/update)',
      restlet: 'customer',
      expected: { httpStatus: 200, outcome: 'updated' },
      prepare: tradedDay,
      request: () => post(customerBody('customers/update')),
    },
    {
      name: 'GET customer state',
      restlet: 'customer',
      expected: { httpStatus: 200, outcome: 'found' },
      prepare: tradedDay,
      request: () => ({
        method: 'GET',
        query: { shopifyCustomerId: String(oliver().shopifyCustomerId), channel: UK_SHOP.channel },
      }),
    },
  ];
}

function cycle<T>(list: readonly T[], index: number): T {
  const value = list[index % list.length];
  if (value === undefined) throw new Error('cycling through an empty list');
  return value;
}

/** The customer RESTlet's body for the demo's webhook of that topic, as the demo sends it. */
function customerBody(topic: 'customers/create' | 'customers/update'): unknown {
  const event = customerEvents().find((candidate) => candidate.topic === topic);
  if (!event) throw new Error(`the demo has no ${topic} webhook`);
  return { channel: event.channel, customer: event.body };
}
