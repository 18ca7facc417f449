import { NotEmulatedError } from '../errors';

/**
 * Dates as searches see them: NetSuite compares and prints dates in the account's time zone and the user's date
 * and time format preferences (Set Preferences > Localization). The emulator reads those from the account
 * settings with the same defaults as N/format, so a search result and format.format agree.
 */
export const DEFAULT_DATE_FORMAT = 'D/M/YYYY';
export const DEFAULT_TIME_FORMAT = 'h:mm a';

export interface DateSettings {
  readonly timeZone: string;
  readonly dateFormat: string;
  readonly timeFormat: string;
}

export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock time of an instant in a time zone. */
export function wallTime(instant: Date, timeZone: string): WallTime {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts['year'] ?? 0,
    month: parts['month'] ?? 0,
    day: parts['day'] ?? 0,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0,
    second: parts['second'] ?? 0,
  };
}

/** A calendar day as one sortable number (yyyymmdd), so date-only comparisons need no time arithmetic. */
export function dayKey(instant: Date, timeZone: string): number {
  const wall = wallTime(instant, timeZone);
  return wall.year * 10000 + wall.month * 100 + wall.day;
}

/** The instant at which the wall clock in `timeZone` shows `wall`. */
export function instantOf(wall: WallTime, timeZone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  let guess = asUtc;
  // Two rounds settle the offset on either side of a daylight-saving change.
  for (let round = 0; round < 2; round++) {
    const shown = wallTime(new Date(guess), timeZone);
    const shownUtc = Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute, shown.second);
    guess += asUtc - shownUtc;
  }
  return new Date(guess);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Prints a date in a NetSuite date format preference: tokens D, DD, M, MM, YYYY (separators kept). */
export function formatDate(instant: Date, settings: DateSettings): string {
  const wall = wallTime(instant, settings.timeZone);
  return settings.dateFormat.replace(/YYYY|DD|D|MM|M/g, (token) => {
    switch (token) {
      case 'YYYY':
        return String(wall.year);
      case 'DD':
        return pad(wall.day, 2);
      case 'D':
        return String(wall.day);
      case 'MM':
        return pad(wall.month, 2);
      default:
        return String(wall.month);
    }
  });
}

/** Prints a time of day in a NetSuite time format preference: 'h:mm a' (3:04 pm) or 'H:mm' (15:04). */
export function formatTime(instant: Date, settings: DateSettings): string {
  const wall = wallTime(instant, settings.timeZone);
  if (settings.timeFormat === 'H:mm') return `${wall.hour}:${pad(wall.minute, 2)}`;
  if (settings.timeFormat === 'h:mm a') {
    const hour12 = wall.hour % 12 === 0 ? 12 : wall.hour % 12;
    return `${hour12}:${pad(wall.minute, 2)} ${wall.hour < 12 ? 'am' : 'pm'}`;
  }
  throw new NotEmulatedError(`time format preference '${settings.timeFormat}' in search results`);
}

export function formatDateTime(instant: Date, settings: DateSettings): string {
  return `${formatDate(instant, settings)} ${formatTime(instant, settings)}`;
}

/** A filter value read as a date: the day it names, and the instant when it also names a time. */
export interface DateOperand {
  readonly day: number;
  readonly instant: Date | null;
}

const RELATIVE_DATES =
  /^(today|yesterday|tomorrow|thisweek|lastweek|thismonth|lastmonth|thisyear|lastyear|(days|weeks|months|years)(ago|fromnow)\d+)/i;

/**
 * Reads a date filter value the way NetSuite does: a string in the user's date format, optionally followed by a
 * time in the time format, or a Date. Relative dates ('today', 'daysago7', ...) depend on the user's week and
 * fiscal settings and are not emulated.
 */
export function parseDateOperand(value: unknown, settings: DateSettings, field: string): DateOperand {
  if (value instanceof Date) return { day: dayKey(value, settings.timeZone), instant: value };
  const text = String(value).trim();
  if (RELATIVE_DATES.test(text))
    throw new NotEmulatedError(`relative date '${text}' in a filter on ${field}`);
  const order = settings.dateFormat
    .replace(/[^DMY]+/g, ' ')
    .trim()
    .split(' ');
  const match = /^(\d{1,4})\D(\d{1,2})\D(\d{1,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?)?$/i.exec(
    text,
  );
  if (!match || order.length !== 3)
    throw new NotEmulatedError(
      `date filter value '${text}' on ${field}: not in the date format preference ${settings.dateFormat}`,
    );
  const parts: Record<string, number> = {};
  order.forEach((token, index) => {
    parts[token.charAt(0)] = Number(match[index + 1]);
  });
  const year = parts['Y'] ?? 0;
  const month = parts['M'] ?? 0;
  const day = parts['D'] ?? 0;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000)
    throw new NotEmulatedError(`date filter value '${text}' on ${field}: not a date`);
  const dayNumber = year * 10000 + month * 100 + day;
  if (match[4] === undefined) return { day: dayNumber, instant: null };
  let hour = Number(match[4]);
  const meridiem = match[7]?.toLowerCase();
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  const instant = instantOf(
    { year, month, day, hour, minute: Number(match[5]), second: Number(match[6] ?? 0) },
    settings.timeZone,
  );
  return { day: dayNumber, instant };
}
