import { NotEmulatedError } from '../../src/errors';
import { fireTimes } from '../../src/runners/schedules';
import type { RecurrenceDef } from '../../src/sdf/project-model';
import { deployBasic } from './helpers';

const at = (iso: string): number => Date.parse(iso);
const iso = (times: number[]): string[] => times.map((t) => new Date(t).toISOString());

describe('scheduled deployments with a recurrence (NS section_1504707195, SDFxml_4155912874)', () => {
  const daily: RecurrenceDef = {
    kind: 'daily',
    startDate: '2026-01-05',
    startTime: '10:00:00Z',
    everyXDays: 2,
    endDate: '2026-01-09',
    repeatMinutes: null,
  };

  it('daily: every x days at the start time, up to the end date', () => {
    expect(iso(fireTimes(daily, at('2026-01-01T00:00:00Z'), at('2026-02-01T00:00:00Z')))).toEqual([
      '2026-01-05T10:00:00.000Z',
      '2026-01-07T10:00:00.000Z',
      '2026-01-09T10:00:00.000Z',
    ]);
  });

  it('a repeat interval fires again until the day ends; only times in (after, upTo] count', () => {
    const repeating = { ...daily, everyXDays: 1, endDate: null, repeatMinutes: 360 };
    expect(iso(fireTimes(repeating, at('2026-01-05T10:00:00Z'), at('2026-01-06T10:00:00Z')))).toEqual([
      '2026-01-05T16:00:00.000Z',
      '2026-01-05T22:00:00.000Z',
      '2026-01-06T10:00:00.000Z',
    ]);
  });

  it('single fires on its start date only; weekly and monthly events are not emulated', () => {
    const single = { ...daily, kind: 'single', everyXDays: null, endDate: null };
    expect(iso(fireTimes(single, 0, at('2027-01-01T00:00:00Z')))).toEqual(['2026-01-05T10:00:00.000Z']);
    expect(() => fireTimes({ ...daily, kind: 'weekly' }, 0, Date.now())).toThrow(NotEmulatedError);
  });

  it('runDueSchedules runs each due fire of SCHEDULED deployments once, with context.type SCHEDULED', () => {
    const account = deployBasic(); // the clock starts 2026-01-05T09:00Z
    expect(account.runDueSchedules()).toHaveLength(0);
    account.clock.advance(4 * 3600); // 13:00: the 10:00 fire is due
    expect(account.runDueSchedules().map((s) => s.deploymentId)).toEqual(['customdeploy_fx_tick_ss_daily']);
    expect(account.runDueSchedules()).toHaveLength(0);
    account.clock.advance(22 * 3600); // next day 11:00: 14:00, 18:00, 22:00 and 10:00
    expect(account.runDueSchedules()).toHaveLength(4);
    const types = account
      .executions()
      .flatMap((e) => e.logs)
      .filter((l) => l.title === 'invocation')
      .map((l) => (JSON.parse(l.details) as { type: string }).type);
    expect(new Set(types)).toEqual(new Set(['SCHEDULED']));
  });
});
