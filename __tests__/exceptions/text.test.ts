import fc from 'fast-check';
import {
  configurationText,
  missingSkuText,
  noLocationText,
  totalsMismatchText,
  validationText,
} from '../../src/domain/exceptions/text';

describe('exception wording', () => {
  it('names each missing SKU, where it was looked for, and the closest items', () => {
    const text = missingSkuText({
      document: 'Order #1001',
      channelCode: 'UK',
      skuField: 'itemid',
      missing: [
        { sku: 'TEE-BLK-SM', closest: ['TEE-BLK-S', 'TEE-BLK-M'] },
        { sku: 'MUG', closest: [] },
      ],
    });
    expect(text.message).toBe(
      'Order #1001 from channel UK was not posted: SKUs "TEE-BLK-SM", "MUG" match no NetSuite item (by itemid or the SKU map).',
    );
    expect(text.suggestedFix).toContain('add a PWI SKU Mapping for channel UK');
    expect(text.suggestedFix).toContain('"TEE-BLK-SM" looks like "TEE-BLK-S" or "TEE-BLK-M"');
    expect(text.suggestedFix).not.toContain('"MUG" looks like');
  });

  it('states totals in the currency decimals with the exact gap (generated)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: -5000, max: 5000 }),
        (expected, drift) => {
          const actual = expected + drift;
          fc.pre(actual >= 0 && drift !== 0);
          const text = totalsMismatchText({
            document: 'Order #1',
            currency: 'GBP',
            identity: 'the lines',
            expectedMinor: expected,
            actualMinor: actual,
          });
          const gap = /\((\d+)\.(\d\d) apart\)/.exec(text.message);
          expect(Number(gap?.[1]) * 100 + Number(gap?.[2])).toBe(Math.abs(drift));
        },
      ),
    );
    expect(
      totalsMismatchText({
        document: 'Order #2',
        currency: 'JPY',
        identity: 'x',
        expectedMinor: 1200,
        actualMinor: 1199,
      }).message,
    ).toContain('gives 1199 JPY, Shopify says 1200 (1 apart)');
  });

  it('lists every configuration error by record and field, and every invalid field by path', () => {
    const config = configurationText({
      document: 'Order #1',
      channelCode: 'EU',
      problems: [
        {
          code: 'INVALID_CONFIGURATION',
          severity: 'error',
          recordType: 'customrecord_pwi_channel',
          recordId: '3',
          field: 'custrecord_pwi_ch_currency',
          message: 'Currency is not set.',
        },
        {
          code: 'INVALID_CONFIGURATION',
          severity: 'warning',
          recordType: 'customrecord_pwi_channel',
          recordId: '3',
          field: 'custrecord_pwi_ch_tip_item',
          message: 'Tip item is not set.',
        },
      ],
    });
    expect(config.message).toContain('(1 problem)');
    expect(config.suggestedFix).toBe(
      'customrecord_pwi_channel 3, custrecord_pwi_ch_currency: Currency is not set.',
    );

    const validation = validationText({
      document: 'Customer payload',
      issues: [{ path: '$.email', pointer: '/email', keyword: 'type', message: 'must be a string' }],
    });
    expect(validation).toEqual({
      message: 'Customer payload was refused: 1 field is invalid.',
      suggestedFix: '$.email must be a string',
    });
    expect(noLocationText({ document: 'Order #1', channelCode: 'UK' }).suggestedFix).toContain(
      'PWI Route Rule',
    );
  });
});
