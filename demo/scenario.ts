import {
  allocateDiscount,
  type BasketLine,
  buildOrder,
  type BuiltOrder,
  type Shopper,
  restAddress,
  type ShopProfile,
  type TaxRule,
} from './shopify-orders';

/**
 * A realistic trading day for Northern Thread, the UK fashion brand of emulator/seeds/demo.json: two Shopify
 * stores, orders of every kind, one repeated delivery and one SKU NetSuite has never heard of. SKUs and customers
 * match the seed.
 */

export const BUSINESS_DAY = '2026-01-05';

export const UK_SHOP: ShopProfile = {
  channel: 'UK',
  domain: 'northern-thread-uk.myshopify.com',
  currency: 'GBP',
  taxesIncluded: true,
  namePrefix: '#',
  firstOrderNumber: 1001,
  orderIdBase: 5_930_118_000_000,
};

export const US_SHOP: ShopProfile = {
  channel: 'US',
  domain: 'northern-thread-us.myshopify.com',
  currency: 'USD',
  taxesIncluded: false,
  namePrefix: '#US',
  firstOrderNumber: 1001,
  orderIdBase: 6_120_447_000_000,
};

const VAT: TaxRule = { title: 'GB VAT', rate: '0.2' };
const NY_TAX: TaxRule = { title: 'NY Sales Tax', rate: '0.08875' };
const CA_TAX: TaxRule = { title: 'CA State Tax', rate: '0.0725' };

const oliver: Shopper = {
  shopifyCustomerId: 7_310_000_001,
  email: 'oliver.bennett@example.co.uk',
  phone: '+44 7700 900456',
  address: {
    firstName: 'Oliver',
    lastName: 'Bennett',
    address1: '14 Park Row',
    city: 'Leeds',
    province: null,
    provinceCode: null,
    countryCode: 'GB',
    zip: 'LS1 5HD',
  },
};
/** Already a NetSuite customer (seeded), so her order matches rather than creates. */
const eleanor: Shopper = {
  shopifyCustomerId: 7_310_000_002,
  email: 'eleanor.shaw@example.co.uk',
  phone: '+44 7700 900123',
  address: {
    firstName: 'Eleanor',
    lastName: 'Shaw',
    address1: '3 Hope Street',
    city: 'Edinburgh',
    province: null,
    provinceCode: null,
    countryCode: 'GB',
    zip: 'EH2 4EL',
  },
};
const amara: Shopper = {
  shopifyCustomerId: 7_310_000_003,
  email: 'amara.okafor@example.co.uk',
  phone: null,
  address: {
    firstName: 'Amara',
    lastName: 'Okafor',
    address1: '88 Brick Lane',
    city: 'London',
    province: null,
    provinceCode: null,
    countryCode: 'GB',
    zip: 'E1 6RL',
  },
};
const ukGuest: Shopper = {
  shopifyCustomerId: null,
  email: 'sam.taylor@example.co.uk',
  phone: null,
  address: {
    firstName: 'Sam',
    lastName: 'Taylor',
    address1: '21 Carnaby Street',
    city: 'London',
    province: null,
    provinceCode: null,
    countryCode: 'GB',
    zip: 'W1F 7DQ',
  },
};
const jordan: Shopper = {
  shopifyCustomerId: 8_400_000_101,
  email: 'jordan.miller@example.com',
  phone: '+1 212 555 0147',
  address: {
    firstName: 'Jordan',
    lastName: 'Miller',
    address1: '245 Bedford Ave',
    city: 'Brooklyn',
    province: 'New York',
    provinceCode: 'NY',
    countryCode: 'US',
    zip: '11211',
  },
};
const usGuest: Shopper = {
  shopifyCustomerId: null,
  email: 'riley.chen@example.com',
  phone: null,
  address: {
    firstName: 'Riley',
    lastName: 'Chen',
    address1: '1 Ferry Building',
    city: 'San Francisco',
    province: 'California',
    provinceCode: 'CA',
    countryCode: 'US',
    zip: '94111',
  },
};

/** A Shopify customer as the customers/create and customers/update webhooks send it. */
function customerWebhook(shopper: Shopper, createdAt: string, updatedAt: string): Record<string, unknown> {
  const id = shopper.shopifyCustomerId ?? 0;
  const a = shopper.address;
  const address = { id: id + 50_000, ...restAddress(shopper), default: true };
  return {
    id,
    admin_graphql_api_id: `gid://shopify/Customer/${id}`,
    email: shopper.email,
    first_name: a.firstName,
    last_name: a.lastName,
    phone: shopper.phone,
    state: 'enabled',
    currency: a.countryCode === 'US' ? 'USD' : 'GBP',
    tags: '',
    created_at: createdAt,
    updated_at: updatedAt,
    default_address: address,
    addresses: [address],
  };
}

export interface CustomerEvent {
  readonly at: string;
  readonly topic: 'customers/create' | 'customers/update';
  readonly channel: string;
  readonly label: string;
  readonly body: Record<string, unknown>;
}

/** Customer webhooks Patchworks syncs on their own: a sign-up before the first order, and a later phone change. */
export function customerEvents(): CustomerEvent[] {
  const signUp = `${BUSINESS_DAY}T08:05:00+00:00`;
  return [
    {
      at: '08:05',
      topic: 'customers/create',
      channel: 'UK',
      label: 'Amara Okafor signs up',
      body: customerWebhook(amara, signUp, signUp),
    },
    {
      at: '17:30',
      topic: 'customers/update',
      channel: 'UK',
      label: 'Oliver Bennett changes his phone number',
      body: customerWebhook(
        { ...oliver, phone: '+44 7700 900999' },
        `${BUSINESS_DAY}T09:12:41+00:00`,
        `${BUSINESS_DAY}T17:30:00+00:00`,
      ),
    },
  ];
}

function line(
  sku: string | null,
  title: string,
  quantity: number,
  unitPriceMinor: number,
  tax: TaxRule,
): BasketLine {
  return { sku, title, quantity, unitPriceMinor, tax };
}

/** What happens to an order in the story, so the report can say what was expected. */
export type OrderIntent =
  'new customer' | 'returning customer' | 'bundle' | 'unmapped SKU' | 'guest checkout';

export interface DayEvent {
  readonly at: string;
  readonly order: BuiltOrder;
  readonly intent: readonly OrderIntent[];
  /** Set when Patchworks re-delivers an order it already sent (a retry after a timeout). */
  readonly redelivery?: boolean;
}

export function tradingDay(): DayEvent[] {
  const o1001 = buildOrder({
    shop: UK_SHOP,
    sequence: 0,
    createdAt: `${BUSINESS_DAY}T09:12:41+00:00`,
    shopper: oliver,
    lines: [
      line('TEE-BLK-M', 'Classic Organic Tee', 2, 2500, VAT),
      line('CAP-NVY', 'Wool Six-Panel Cap', 1, 2000, VAT),
    ],
    shipping: { title: 'Standard Delivery', code: 'STANDARD', priceMinor: 395, tax: VAT },
  });
  const o1002 = buildOrder({
    shop: UK_SHOP,
    sequence: 1,
    createdAt: `${BUSINESS_DAY}T10:03:05+00:00`,
    shopper: eleanor,
    lines: allocateDiscount(
      [
        line('KIT-TEE-TRIO-M', 'Tee Trio — M', 1, 6500, VAT),
        line('SOCK-WHT', 'Rib Socks — White', 1, 800, VAT),
      ],
      730,
    ),
    shipping: { title: 'Free Delivery', code: 'FREE', priceMinor: 0 },
    discountCode: { code: 'WELCOME10', type: 'percentage' },
  });
  const o1003 = buildOrder({
    shop: UK_SHOP,
    sequence: 2,
    createdAt: `${BUSINESS_DAY}T11:47:30+00:00`,
    shopper: oliver,
    lines: [line('HOOD-OLV-L', 'Heavyweight Hoodie — Olive / L', 1, 6500, VAT)],
    shipping: { title: 'Express Delivery', code: 'EXPRESS', priceMinor: 695, tax: VAT },
  });
  const o1004 = buildOrder({
    shop: UK_SHOP,
    sequence: 3,
    createdAt: `${BUSINESS_DAY}T13:20:14+00:00`,
    shopper: amara,
    lines: [
      line('TEE-PNK-M', 'Classic Organic Tee — Pink / M', 1, 2500, VAT),
      line('TOTE-NAT', 'Canvas Tote', 1, 1500, VAT),
    ],
    shipping: { title: 'Standard Delivery', code: 'STANDARD', priceMinor: 395, tax: VAT },
  });
  const o1005 = buildOrder({
    shop: UK_SHOP,
    sequence: 4,
    createdAt: `${BUSINESS_DAY}T15:05:52+00:00`,
    shopper: ukGuest,
    lines: [line('JEAN-IND-32', 'Slim Selvedge Jean — Indigo / 32', 1, 8000, VAT)],
    shipping: null,
    tags: ['click-and-collect'],
  });
  const us1001 = buildOrder({
    shop: US_SHOP,
    sequence: 0,
    createdAt: `${BUSINESS_DAY}T12:15:09-05:00`,
    shopper: jordan,
    lines: [
      line('JEAN-BLK-32', 'Slim Selvedge Jean — Black / 32', 1, 9800, NY_TAX),
      line('CAP-BLACK', 'Wool Six-Panel Cap — Black (legacy SKU, mapped)', 1, 2500, NY_TAX),
    ],
    shipping: { title: 'UPS Ground', code: 'UPS_GROUND', priceMinor: 800 },
  });
  const us1002 = buildOrder({
    shop: US_SHOP,
    sequence: 1,
    createdAt: `${BUSINESS_DAY}T16:40:33-08:00`,
    shopper: usGuest,
    lines: [
      line('KIT-GIFT-BOX', 'Gift Box — Cap, Socks and Tote', 1, 4200, CA_TAX),
      line('TEE-WHT-L', 'Classic Organic Tee — White / L', 2, 3000, CA_TAX),
    ],
    shipping: { title: 'Free Shipping over $75', code: 'FREE', priceMinor: 0 },
  });

  return [
    { at: '09:12', order: o1001, intent: ['new customer'] },
    { at: '10:03', order: o1002, intent: ['returning customer', 'bundle'] },
    { at: '10:30', order: o1001, intent: ['new customer'], redelivery: true },
    { at: '11:47', order: o1003, intent: ['returning customer'] },
    { at: '12:15', order: us1001, intent: ['new customer'] },
    { at: '13:20', order: o1004, intent: ['unmapped SKU'] },
    { at: '15:05', order: o1005, intent: ['guest checkout'] },
    { at: '16:40', order: us1002, intent: ['guest checkout', 'bundle'] },
  ];
}

/**
 * An exception worked during the day: someone in NetSuite makes the fix the exception suggests (a SKU map record
 * for the SKU, pointing at the closest item it names), then Patchworks retries the order from its queue.
 */
export interface SkuFixEvent {
  readonly at: string;
  readonly retryAt: string;
  /** Who makes the fix, as the report names them. */
  readonly who: string;
  readonly channel: string;
  readonly orderName: string;
  readonly sku: string;
}

/**
 * Shopify sells #1004's pink tee as TEE-PNK-M; NetSuite carries it under its legacy SKU TEE-PINK-M. The operations
 * lead maps the Shopify SKU to the item the exception suggests first, which is that pink tee.
 */
export function skuFixes(): SkuFixEvent[] {
  return [
    {
      at: '13:45',
      retryAt: '13:50',
      who: 'the operations lead',
      channel: 'UK',
      orderName: '#1004',
      sku: 'TEE-PNK-M',
    },
  ];
}

/**
 * Evening catch-up: Patchworks was paused for an hour, then releases the queued orders all at once. Guests from
 * across the UK, one to three lines each; it meets the account's concurrency limit.
 */
export function catchUpBurst(count = 12): BuiltOrder[] {
  const skus: ReadonlyArray<readonly [string, string, number]> = [
    ['TEE-WHT-S', 'Classic Organic Tee — White / S', 2500],
    ['HOOD-GRY-M', 'Heavyweight Hoodie — Grey Marl / M', 6500],
    ['SWT-NVY-L', 'Crew Sweatshirt — Navy / L', 5500],
    ['SOCK-BLK', 'Rib Socks — Black', 800],
    ['JEAN-BLK-34', 'Slim Selvedge Jean — Black / 34', 8000],
    ['CAP-OLV', 'Wool Six-Panel Cap — Olive', 2000],
  ];
  return Array.from({ length: count }, (_, n) => {
    const lines = Array.from({ length: 1 + (n % 3) }, (_, k) => {
      const [sku, title, price] = skus[(n + 2 * k) % skus.length] ?? skus[0] ?? ['TEE-WHT-S', 'Tee', 2500];
      return line(sku, title, 1, price, VAT);
    });
    return buildOrder({
      shop: UK_SHOP,
      sequence: 10 + n,
      createdAt: `${BUSINESS_DAY}T18:${String(n * 4).padStart(2, '0')}:00+00:00`,
      shopper: {
        ...ukGuest,
        email: `evening.guest${n + 1}@example.co.uk`,
        address: { ...ukGuest.address, firstName: 'Guest', lastName: `Number ${n + 1}` },
      },
      lines,
      shipping: { title: 'Standard Delivery', code: 'STANDARD', priceMinor: 395, tax: VAT },
    });
  });
}
