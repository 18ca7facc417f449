import { NotEmulatedError } from '../errors';
import {
  DEFAULT_DATE_FORMAT,
  DEFAULT_TIME_FORMAT,
  SERVER_TIME_ZONE,
  instantOf,
  readWallClock,
  wallClockOf,
  writeDate,
  writeTime,
} from '../modules/datetime';

/**
 * Dates as searches see them, consistent with N/format (emulator/src/modules/datetime.ts): a date field is a
 * calendar day on the server's Pacific calendar; a date/time field is shown and compared in the user's time zone;
 * both print in the account's date and time format preferences.
 */
export { DEFAULT_DATE_FORMAT, DEFAULT_TIME_FORMAT };

export interface DateSettings {
  readonly timeZone: string;
  readonly dateFormat: string;
  readonly timeFormat: string;
}

/** The zone whose calendar a field's days are counted in. */
export function zoneOf(withTime: boolean, settings: DateSettings): string {
  return withTime ? settings.timeZone : SERVER_TIME_ZONE;
}

/** A calendar day as one sortable number (yyyymmdd), so day comparisons need no time arithmetic. */
export function dayKey(instant: Date, timeZone: string): number {
  const wall = wallClockOf(instant, timeZone);
  return wall.year * 10000 + wall.month * 100 + wall.day;
}

/** A date field's value as getValue prints it. */
export function formatDate(instant: Date, settings: DateSettings): string {
  return writeDate(wallClockOf(instant, SERVER_TIME_ZONE), settings.dateFormat);
}

/** A date/time field's value as getValue prints it: date and time (no seconds) in the user's time zone. */
export function formatDateTime(instant: Date, settings: DateSettings): string {
  const wall = wallClockOf(instant, settings.timeZone);
  return `${writeDate(wall, settings.dateFormat)} ${writeTime(wall, settings.timeFormat, false)}`;
}

/** A filter value read as a date: the day it names, and the instant when it also names a time. */
export interface DateOperand {
  readonly day: number;
  readonly instant: Date | null;
}

const RELATIVE_DATES =
  /^(today|yesterday|tomorrow|thisweek|lastweek|nextweek|thismonth|lastmonth|nextmonth|thisyear|lastyear|(days|weeks|months|quarters|years)(ago|fromnow)\d+)/i;

/**
 * Reads a date filter value as NetSuite does: text in the user's date format, optionally with a time in the time
 * format, or a Date. Relative dates ('today', 'daysago7', ...) depend on week and fiscal settings: not emulated.
 */
export function parseDateOperand(
  value: unknown,
  settings: DateSettings,
  withTime: boolean,
  field: string,
): DateOperand {
  if (value instanceof Date) return { day: dayKey(value, zoneOf(withTime, settings)), instant: value };
  const text = String(value).trim();
  if (RELATIVE_DATES.test(text))
    throw new NotEmulatedError(`relative date '${text}' in a filter on ${field}`);
  const dateOnly = readWallClock(text, settings.dateFormat, 'none');
  const clock = dateOnly ?? readWallClock(text, settings.dateFormat, 'optional-seconds');
  if (!clock)
    throw new NotEmulatedError(
      `date filter value '${text}' on ${field}: not in the date format preference ${settings.dateFormat} (NetSuite's error for it)`,
    );
  const day = clock.year * 10000 + clock.month * 100 + clock.day;
  return { day, instant: dateOnly ? null : instantOf(clock, settings.timeZone) };
}
