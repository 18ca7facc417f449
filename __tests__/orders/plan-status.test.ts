// The plan carries the channel's sales order status for Sales Orders only; a Cash Sale has none.
import { normaliseOrder } from '../../src/domain/orders/normalise';
import { planOrder } from '../../src/domain/orders/plan';
import type { OrderPlan } from '../../src/domain/orders/plan-model';
import type { ChannelConfig } from '../../src/domain/config/channel';
import { catalog, ukChannel } from './channel-fixture';
import { shopifyFixture } from './fixtures';

function planFor(config: ChannelConfig): OrderPlan {
  const parsed = normaliseOrder(shopifyFixture('rest-webhook-uk-vat-included'), '', 'UK');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const result = planOrder({ order: parsed.order, config, catalog, customerId: '500', stock: new Map() });
  if (!result.ok) throw new Error(result.problem.message);
  return result.plan;
}

test.each(['pending_fulfillment', 'pending_approval'] as const)(
  'a Sales Order is planned in the channel status %s',
  (status) => {
    const plan = planFor({ ...ukChannel, salesOrderStatus: status });
    expect([plan.recordType, plan.salesOrderStatus]).toEqual(['salesorder', status]);
  },
);

test('a Cash Sale (by channel default or by financial status) has no status to set', () => {
  const byDefault = planFor({ ...ukChannel, orderType: 'cashsale', salesOrderStatus: 'pending_approval' });
  expect([byDefault.recordType, byDefault.salesOrderStatus]).toEqual(['cashsale', null]);
  const byStatus = planFor({
    ...ukChannel,
    orderTypeByFinancialStatus: { paid: 'cashsale' },
    salesOrderStatus: 'pending_approval',
  });
  expect([byStatus.recordType, byStatus.salesOrderStatus]).toEqual(['cashsale', null]);
});
