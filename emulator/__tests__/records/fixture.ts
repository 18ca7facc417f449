// A small account for testing the record layer alone: a RecordStore, the standard schema registry, a manual
// clock and user event hooks the test controls. Scripts run in it through runInExecution with a real meter.
import type * as NRecord from 'N/record';
import type {
  CustomListValue,
  EmulatedAccount,
  EventRecord,
  RecordEventHooks,
  UserEventType,
} from '../../src/account-api';
import { ManualClock } from '../../src/clock';
import type { GovernanceMeter } from '../../src/governance';
import { StandardSchemaRegistry } from '../../src/records/registry';
import { RecordStore } from '../../src/records/store';
import type { FieldValue, SublistLine } from '../../src/records/types';
import * as record from 'N/record';
import { runTestExecution } from '../support/execution';

export interface SeenEvent {
  readonly stage: 'beforeSubmit' | 'afterSubmit';
  readonly type: UserEventType;
  readonly newRecord: EventRecord;
  readonly oldRecord: EventRecord | null;
}

/** The part of EmulatedAccount the record layer reads (N/record reaches nothing else). */
export type RecordLayerAccount = Pick<
  EmulatedAccount,
  'accountId' | 'clock' | 'store' | 'schemas' | 'recordEvents' | 'customLists'
>;

export class TestAccount implements RecordLayerAccount {
  readonly accountId = 'TSTDRV_RECORDS';
  readonly clock = new ManualClock(new Date('2026-03-10T15:30:00.000Z'));
  readonly schemas = new StandardSchemaRegistry();
  readonly store = new RecordStore((type) => this.schemas.schemaOf(type));
  readonly customLists = new Map<string, CustomListValue[]>();
  /** Account preferences the record layer reads (the rest of EmulatedAccount['settings'] is not needed here). */
  readonly settings: {
    timeZone: string;
    defaultSalesOrderStatus?: 'A' | 'B';
    defaultReturnAuthStatus?: 'A' | 'B';
  } = { timeZone: 'America/Los_Angeles' };
  readonly events: SeenEvent[] = [];
  /** Test hooks standing in for deployed user events. */
  beforeSubmit: ((event: SeenEvent) => void) | null = null;
  afterSubmit: ((event: SeenEvent) => void) | null = null;
  readonly recordEvents: RecordEventHooks = {
    beforeSubmit: (event) => {
      const seen = { stage: 'beforeSubmit' as const, ...event };
      this.events.push(seen);
      this.beforeSubmit?.(seen);
    },
    afterSubmit: (event) => {
      const seen = { stage: 'afterSubmit' as const, ...event };
      this.events.push(seen);
      this.afterSubmit?.(seen);
    },
  };

  /** Runs `body` as a RESTlet execution with NetSuite's 5,000-unit budget (or `limit`). */
  run<T>(body: () => T, limit = 5000): { result: T; meter: GovernanceMeter } {
    return runTestExecution(this, body, { limit });
  }

  /** Runs `body` and returns only its result. */
  exec<T>(body: () => T): T {
    return this.run(body, Number.POSITIVE_INFINITY).result;
  }

  /** Creates and saves a record through N/record in standard mode (with no user event recording). */
  make(
    type: string,
    fields: Record<string, unknown>,
    sublists: Record<string, Array<Record<string, unknown>>> = {},
  ): number {
    return this.exec(() => {
      const rec = record.create({ type });
      for (const [fieldId, value] of Object.entries(fields))
        rec.setValue({ fieldId, value: value as NRecord.FieldValue });
      for (const [sublistId, lines] of Object.entries(sublists)) {
        lines.forEach((line, index) => {
          for (const [fieldId, value] of Object.entries(line)) {
            rec.setSublistValue({ sublistId, fieldId, line: index, value: value as NRecord.FieldValue });
          }
        });
      }
      const id = rec.save();
      this.events.length = 0;
      return id;
    });
  }

  stored(
    type: string,
    id: number,
  ): { fields: Record<string, FieldValue>; sublists: Record<string, SublistLine[]> } {
    return this.store.require(type, id);
  }
}

/** A OneWorld account with one subsidiary, two locations, a customer, a 20 % tax code and a few items. */
export interface World {
  readonly account: TestAccount;
  readonly usd: number;
  readonly subsidiary: number;
  readonly warehouse: number;
  readonly store2: number;
  readonly customer: number;
  readonly vat20: number;
  readonly widget: number;
  readonly gadget: number;
  readonly kit: number;
  readonly service: number;
  readonly discount: number;
  readonly adjustAccount: number;
}

export function world(): World {
  const account = new TestAccount();
  const usd = account.make('currency', { name: 'US Dollar', symbol: 'USD', currencyprecision: 2 });
  const subsidiary = account.make('subsidiary', { name: 'Parent Co', currency: String(usd) });
  const warehouse = account.make('location', { name: 'Warehouse', subsidiary: String(subsidiary) });
  const store2 = account.make('location', { name: 'Store', subsidiary: String(subsidiary) });
  const customer = account.make('customer', {
    companyname: 'Acme Ltd',
    subsidiary: String(subsidiary),
    currency: String(usd),
  });
  const vat20 = account.make('salestaxitem', { itemid: 'VAT20', rate: 20 });
  const widget = account.make('inventoryitem', { itemid: 'WIDGET' });
  const gadget = account.make('inventoryitem', { itemid: 'GADGET' });
  const kit = account.make(
    'kititem',
    { itemid: 'KIT' },
    {
      member: [
        { item: String(widget), quantity: 2 },
        { item: String(gadget), quantity: 1 },
      ],
    },
  );
  const service = account.make('serviceitem', { itemid: 'SETUP' });
  const discount = account.make('discountitem', { itemid: 'PROMO' });
  const adjustAccount = account.make('account', { acctname: 'Inventory Adjustments', accttype: 'COGS' });
  return {
    account,
    usd,
    subsidiary,
    warehouse,
    store2,
    customer,
    vat20,
    widget,
    gadget,
    kit,
    service,
    discount,
    adjustAccount,
  };
}

/** Puts stock on hand through an inventory adjustment, as an account would be set up. */
export function stock(w: World, item: number, location: number, quantity: number): void {
  w.account.make(
    'inventoryadjustment',
    { subsidiary: String(w.subsidiary), account: String(w.adjustAccount) },
    { inventory: [{ item: String(item), location: String(location), adjustqtyby: quantity }] },
  );
}

/** The item's locations line for a location (quantities as the item search would report them). */
export function stockAt(w: World, item: number, location: number): Record<string, FieldValue> | undefined {
  return w.account
    .stored('inventoryitem', item)
    .sublists['locations']?.find((line) => line['location'] === String(location));
}
