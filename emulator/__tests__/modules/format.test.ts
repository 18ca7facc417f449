// N/format, pinned to NS section_4388843892 (format.format: invalid value returned unchanged; datetime in the
// user's time zone; server scripts on Pacific time), section_4388837989 (format.parse), section_N249143 (date
// format preferences, e.g. D/M/YYYY shows 5 March 2025 as 5/3/2025), section_4407050795 (Timezone Olson values)
// and the Oracle stub format.js (Type values).
import * as format from 'N/format';
import fc from 'fast-check';
import { fixtureAccount, runAs, thrown } from './fixture';

// A UK account: London time and the D/M/YYYY date format its company chose (NetSuite's default is M/D/YYYY).
const london = (settings: Parameters<typeof fixtureAccount>[0] = {}) =>
  fixtureAccount({
    ...settings,
    settings: { timeZone: 'Europe/London', dateFormat: 'D/M/YYYY', ...settings.settings },
  });
const inAccount = <T>(body: () => T, settings?: Parameters<typeof fixtureAccount>[0]): T =>
  runAs(london(settings), body).result;

describe('N/format dates', () => {
  test('Type values are the lower-case names (Oracle stub format.js)', () => {
    expect([format.Type.DATE, format.Type.DATETIME, format.Type.DATETIMETZ, format.Type.CURRENCY]).toEqual([
      'date',
      'datetime',
      'datetimetz',
      'currency',
    ]);
  });

  test('DATE writes the server (Pacific) calendar day in the account date format (here D/M/YYYY)', () => {
    const result = inAccount(() => [
      format.format({ value: new Date('2026-03-10T07:00:00Z'), type: format.Type.DATE }),
      // 06:30Z is still 9 March in California although it is 10 March in London.
      format.format({ value: new Date('2026-03-10T06:30:00Z'), type: format.Type.DATE }),
    ]);
    expect(result).toEqual(['10/3/2026', '9/3/2026']);
  });

  test('DATE parses to midnight Pacific of that day (PDT here)', () => {
    const parsed = inAccount(() => format.parse({ value: '10/3/2026', type: format.Type.DATE }));
    expect(parsed).toEqual(new Date('2026-03-10T07:00:00Z'));
  });

  test("without a date format preference, M/D/YYYY: NetSuite's documented default (NS section_N249143)", () => {
    const written = runAs(fixtureAccount({ settings: { timeZone: 'Europe/London' } }), () =>
      format.format({ value: new Date('2026-03-10T07:00:00Z'), type: format.Type.DATE }),
    ).result;
    expect(written).toBe('3/10/2026');
  });

  test('other date format preferences from section_N249143', () => {
    const day = new Date('2025-03-05T20:00:00Z');
    const written = (dateFormat: string) =>
      inAccount(() => format.format({ value: day, type: format.Type.DATE }), { settings: { dateFormat } });
    expect(written('M/D/YYYY')).toBe('3/5/2025');
    expect(written('D/M/YYYY')).toBe('5/3/2025');
    expect(written('DD/MM/YYYY')).toBe('05/03/2025');
    expect(written('D.M.YYYY')).toBe('5.3.2025');
    expect(written('D-Mon-YYYY')).toBe('5-Mar-2025');
    expect(
      inAccount(() => format.parse({ value: '5-Mar-2025', type: format.Type.DATE }), {
        settings: { dateFormat: 'D-Mon-YYYY' },
      }),
    ).toEqual(new Date('2025-03-05T08:00:00Z'));
  });

  test('a date preference the emulator does not know throws rather than guessing', () => {
    const failure = runAs(london({ settings: { dateFormat: 'YYYY.M.D' } }), () =>
      thrown(() => format.format({ value: new Date(), type: format.Type.DATE })),
    ).result;
    expect(failure.name).toBe('EMULATOR_NOT_EMULATED');
  });

  test('DATETIME writes the user time zone (BST in July) with h:mm am/pm', () => {
    const written = inAccount(() =>
      format.format({ value: new Date('2026-07-01T14:05:09Z'), type: format.Type.DATETIME }),
    );
    expect(written).toBe('1/7/2026 3:05 pm');
  });

  test('DATETIMETZ adds seconds and honours the timezone option', () => {
    const written = inAccount(() =>
      format.format({
        value: new Date('2026-07-01T14:05:09Z'),
        type: format.Type.DATETIMETZ,
        timezone: format.Timezone.AMERICA_NEW_YORK,
      }),
    );
    expect(written).toBe('1/7/2026 10:05:09 am');
  });

  test('the GMT timezone option writes UTC wall time whatever the user zone', () => {
    const written = inAccount(() =>
      format.format({
        value: new Date('2026-07-01T14:05:09Z'),
        type: format.Type.DATETIME,
        timezone: format.Timezone.GMT,
      }),
    );
    expect(written).toBe('1/7/2026 2:05 pm');
  });

  test('a 24-hour time preference writes H:mm', () => {
    const written = inAccount(
      () => format.format({ value: new Date('2026-01-15T00:07:00Z'), type: format.Type.DATETIME }),
      { settings: { timeFormat: 'H:mm' } },
    );
    expect(written).toBe('15/1/2026 0:07');
  });

  test('DATETIME parses in the user time zone; DATETIMETZ needs seconds (typings: "must include seconds")', () => {
    const result = inAccount(() => [
      format.parse({ value: '1/7/2026 3:05 pm', type: format.Type.DATETIME }),
      format.parse({ value: '1/7/2026 3:05 pm', type: format.Type.DATETIMETZ }),
      format.parse({
        value: '1/7/2026 10:05:09 am',
        type: format.Type.DATETIMETZ,
        timezone: format.Timezone.AMERICA_NEW_YORK,
      }),
    ]);
    expect(result).toEqual([
      new Date('2026-07-01T14:05:00Z'),
      '1/7/2026 3:05 pm',
      new Date('2026-07-01T14:05:09Z'),
    ]);
  });

  test('text that is not a date in the preference format comes back unchanged (section_4388837989)', () => {
    const result = inAccount(() => [
      format.parse({ value: '31/2/2026', type: format.Type.DATE }),
      format.parse({ value: '2026-03-10', type: format.Type.DATE }),
      format.format({ value: 'not a date', type: format.Type.DATE }),
    ]);
    expect(result).toEqual(['31/2/2026', '2026-03-10', 'not a date']);
  });

  test('a wall time skipped by the clocks going forward is refused, not guessed', () => {
    const failure = runAs(london(), () =>
      thrown(() => format.parse({ value: '29/3/2026 1:30 am', type: format.Type.DATETIME })),
    ).result;
    expect(failure.name).toBe('EMULATOR_NOT_EMULATED');
  });

  test('DATETIMETZ round-trips any instant to the second (property, Asia/Tokyo)', () => {
    const account = london({ settings: { timeZone: 'Asia/Tokyo' } });
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01Z'), max: new Date('2090-01-01Z'), noInvalidDate: true }),
        (instant) => {
          const text = runAs(account, () =>
            format.format({ value: instant, type: format.Type.DATETIMETZ }),
          ).result;
          const back = runAs(account, () =>
            format.parse({ value: text as string, type: format.Type.DATETIMETZ }),
          ).result;
          return (back as Date).getTime() === Math.floor(instant.getTime() / 1000) * 1000;
        },
      ),
    );
  });

  test('a Timezone member outside the emulated subset throws naming it', () => {
    expect(thrown(() => format.Timezone.ASIA_KABUL).message).toContain('format.Timezone.ASIA_KABUL');
  });
});

describe('N/format numbers and others', () => {
  test('CURRENCY writes two decimals with thousands commas', () => {
    const result = inAccount(() =>
      [1234.5, -1234567.891, 0, 1.005, '12'].map((value) =>
        format.format({ value, type: format.Type.CURRENCY }),
      ),
    );
    expect(result).toEqual(['1,234.50', '-1,234,567.89', '0.00', '1.01', '12.00']);
  });

  test('CURRENCY parse reads grouped text; unparsable text comes back unchanged', () => {
    const result = inAccount(() =>
      ['1,234.50', '-12', 'abc', '1,23'].map((value) => format.parse({ value, type: format.Type.CURRENCY })),
    );
    expect(result).toEqual([1234.5, -12, 'abc', '1,23']);
  });

  test('CURRENCY format then parse returns the amount for any whole number of cents (property)', () => {
    const account = london();
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const amount = cents / 100;
        const text = runAs(account, () =>
          format.format({ value: amount, type: format.Type.CURRENCY }),
        ).result;
        return (
          runAs(account, () => format.parse({ value: text as string, type: format.Type.CURRENCY })).result ===
          amount
        );
      }),
    );
  });

  test('FLOAT, INTEGER and PERCENT below 1,000; larger values throw (grouping undocumented)', () => {
    const result = inAccount(() => [
      format.format({ value: 12.25, type: format.Type.FLOAT }),
      format.format({ value: 12, type: format.Type.INTEGER }),
      format.format({ value: 12.5, type: format.Type.INTEGER }),
      format.format({ value: 12.5, type: format.Type.PERCENT }),
      format.parse({ value: '12.5%', type: format.Type.PERCENT }),
      format.parse({ value: '12.5', type: format.Type.INTEGER }),
    ]);
    expect(result).toEqual(['12.25', '12', 12.5, '12.5%', 12.5, '12.5']);
    runAs(london(), () => {
      expect(thrown(() => format.format({ value: 1000, type: format.Type.FLOAT })).name).toBe(
        'EMULATOR_NOT_EMULATED',
      );
    });
  });

  test('CHECKBOX is T/F; TEXT is the string', () => {
    const result = inAccount(() => [
      format.format({ value: true as never, type: format.Type.CHECKBOX }),
      format.parse({ value: 'F', type: format.Type.CHECKBOX }),
      format.format({ value: 42, type: format.Type.TEXT }),
    ]);
    expect(result).toEqual(['T', false, '42']);
  });

  test('a missing type is SSS_MISSING_REQD_ARGUMENT; an unemulated type throws naming it', () => {
    runAs(london(), () => {
      expect(thrown(() => format.format({ value: 1 } as never)).name).toBe('SSS_MISSING_REQD_ARGUMENT');
      expect(thrown(() => format.format({ value: '1', type: 'phone' as never })).message).toContain('phone');
      expect(thrown(() => format.Type.PHONE).message).toContain('format.Type.PHONE');
    });
  });

  test('N/format costs nothing', () => {
    const { meter } = runAs(london(), () => format.format({ value: 1, type: format.Type.CURRENCY }));
    expect(meter.used()).toBe(0);
  });
});
