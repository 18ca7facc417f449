import fc from 'fast-check';
import {
  MAX_EXTERNAL_ID_CHARS,
  MAX_PAYLOAD_CHARS,
  capPayload,
  exceptionKey,
  exceptionTitle,
  sourceRef,
} from '../../src/domain/exceptions/exception';
import {
  CATEGORY_LABELS,
  STATUS_LABELS,
  categoryFromLabel,
  statusFromLabel,
} from '../../src/domain/exceptions/labels';

const uk = { id: '7', code: 'UK' };

describe('exceptionKey', () => {
  it('is the same for the same problem and differs by category, channel, source and discriminator', () => {
    const base = {
      category: 'MISSING_SKU' as const,
      channel: uk,
      sourceRef: sourceRef('order', '1001'),
      discriminator: 'TEE-S',
    };
    expect(exceptionKey(base)).toBe('pwi-ex|missing_sku|uk|shopify:order:1001|tee-s');
    expect(exceptionKey({ ...base })).toBe(exceptionKey(base));
    const variants = [
      { ...base, category: 'TOTALS_MISMATCH' as const },
      { ...base, channel: { id: '8', code: 'US' } },
      { ...base, channel: null },
      { ...base, sourceRef: sourceRef('order', '1002') },
      { ...base, discriminator: 'TEE-M' },
      { ...base, discriminator: undefined },
    ];
    const keys = new Set([base, ...variants].map((input) => exceptionKey(input)));
    expect(keys.size).toBe(variants.length + 1);
  });

  it('stays within 255 characters and unique for long discriminators (generated)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 250, maxLength: 400 }),
        fc.string({ minLength: 1, maxLength: 5 }),
        (long, tail) => {
          const a = exceptionKey({
            category: 'VALIDATION',
            channel: uk,
            sourceRef: 's',
            discriminator: long,
          });
          const b = exceptionKey({
            category: 'VALIDATION',
            channel: uk,
            sourceRef: 's',
            discriminator: long + tail,
          });
          expect(a.length).toBeLessThanOrEqual(MAX_EXTERNAL_ID_CHARS);
          expect(b.length).toBeLessThanOrEqual(MAX_EXTERNAL_ID_CHARS);
          expect(a).not.toBe(b);
        },
      ),
    );
  });
});

describe('capPayload', () => {
  it('stores JSON as is under the cap and cuts with a flag above it', () => {
    expect(capPayload({ id: 1 })).toEqual({ text: '{"id":1}', truncated: false });
    expect(capPayload(undefined)).toEqual({ text: '', truncated: false });
    const big = capPayload({ note: 'x'.repeat(MAX_PAYLOAD_CHARS) });
    expect(big.truncated).toBe(true);
    expect(big.text).toHaveLength(MAX_PAYLOAD_CHARS);
  });
});

describe('labels', () => {
  it('round-trips every category and status through its list text', () => {
    for (const [category, text] of Object.entries(CATEGORY_LABELS))
      expect(categoryFromLabel(` ${text.toUpperCase()} `)).toBe(category);
    for (const [status, text] of Object.entries(STATUS_LABELS)) expect(statusFromLabel(text)).toBe(status);
    expect(categoryFromLabel('Something else')).toBeNull();
    expect(statusFromLabel(null)).toBeNull();
  });

  it('titles a record by category, channel and source', () => {
    expect(exceptionTitle({ category: 'CUSTOMER', channel: null, sourceRef: 'shopify:customer:5' })).toBe(
      'CUSTOMER · no channel · shopify:customer:5',
    );
  });
});
