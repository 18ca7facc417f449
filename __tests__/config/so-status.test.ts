// The channel's "Sales order status on import" (custrecord_pwi_ch_so_status) as the config builder reads it.
import { buildChannelConfig } from '../../src/domain/config/build';
import { channelRow, NO_RELATED } from './fixtures';

test('empty means Pending Fulfillment: Shopify has accepted the order, so it arrives ready to fulfil', () => {
  const built = buildChannelConfig(channelRow({ salesOrderStatusLabel: null }), NO_RELATED);
  expect(built.ok && built.config.salesOrderStatus).toBe('pending_fulfillment');
});

test.each([
  ['Pending Fulfillment', 'pending_fulfillment'],
  ['Pending Approval', 'pending_approval'],
  ['  pending approval ', 'pending_approval'],
])('the list value %j reads as %s', (label, expected) => {
  const built = buildChannelConfig(channelRow({ salesOrderStatusLabel: label }), NO_RELATED);
  expect(built.ok && built.config.salesOrderStatus).toBe(expected);
});

test('a value the bundle does not know stops the channel with a problem naming the field', () => {
  const built = buildChannelConfig(channelRow({ salesOrderStatusLabel: 'Billed' }), NO_RELATED);
  expect(built.ok).toBe(false);
  expect(built.ok ? [] : built.problems).toEqual([
    expect.objectContaining({
      severity: 'error',
      recordType: 'customrecord_pwi_channel',
      recordId: '7',
      field: 'custrecord_pwi_ch_so_status',
      message: expect.stringContaining('"Billed"'),
    }),
  ]);
});
