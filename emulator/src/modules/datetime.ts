import { NotEmulatedError } from '../errors';

/**
 * Date and time text in the account's preferences, for N/format.
 *
 * Date format: NetSuite documents M/D/YYYY as its default (NS section_N249143, "Formatting Dates, Numbers, Phone
 * Numbers, and Time") and lets each company choose another, so M/D/YYYY is the emulator's default too; an account
 * set otherwise (a UK one on D/M/YYYY) says so in its seed (settings.dateFormat, any format below). Time format
 * default: h:mm a, shown with a lower-case am/pm as NetSuite's UI does (UNCONFIRMED beyond observation).
 *
 * Time zones: DATE values are calendar days in the server's time zone. NetSuite's format.format and
 * format.parse pages say server scripts work "based on the current time in the Pacific Time Zone", so a date
 * field's Date is midnight America/Los_Angeles. DATETIME and DATETIMETZ use the timezone option or, without one,
 * the user's preference (settings.timeZone). A public SuiteScript time-zone write-up logs a date field's getValue
 * in a server script as 2021-07-20T07:00:00.000Z, midnight Pacific (PDT), which is this rule.
 */
export const DEFAULT_DATE_FORMAT = 'M/D/YYYY';
export const DEFAULT_TIME_FORMAT = 'h:mm a';
export const SERVER_TIME_ZONE = 'America/Los_Angeles';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The date formats NetSuite offers that the emulator reads and writes; others throw when used. */
const DATE_FORMATS = new Set([
  'M/D/YYYY',
  'D/M/YYYY',
  'MM/DD/YYYY',
  'DD/MM/YYYY',
  'D.M.YYYY',
  'DD.MM.YYYY',
  'D-Mon-YYYY',
  'DD-Mon-YYYY',
  'YYYY/MM/DD',
  'YYYY-MM-DD',
]);
const TIME_FORMATS = new Set(['h:mm a', 'hh:mm a', 'H:mm', 'HH:mm']);

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partsCache = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsCache.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    partsCache.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock an instant shows in a time zone. */
export function wallClockOf(instant: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

function asUtcMs(clock: WallClock): number {
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
}

/**
 * The instant at which a time zone's wall clock shows `clock`. A wall time that does not exist (skipped by a
 * daylight-saving change) or exists twice is refused: how NetSuite resolves those is undocumented.
 */
export function instantOf(clock: WallClock, timeZone: string): Date {
  const target = asUtcMs(clock);
  const candidates = new Set<number>();
  for (const probe of [target - 36 * 3600_000, target, target + 36 * 3600_000]) {
    const offset = asUtcMs(wallClockOf(new Date(probe), timeZone)) - probe;
    const instant = target - offset;
    if (asUtcMs(wallClockOf(new Date(instant), timeZone)) === target) candidates.add(instant);
  }
  if (candidates.size !== 1)
    throw new NotEmulatedError(
      `a wall-clock time that ${candidates.size === 0 ? 'does not exist' : 'occurs twice'} in ${timeZone} (daylight-saving change)`,
    );
  return new Date([...candidates][0] as number);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function checkDateFormat(dateFormat: string): string {
  if (!DATE_FORMATS.has(dateFormat)) throw new NotEmulatedError(`the date format preference ${dateFormat}`);
  return dateFormat;
}

export function checkTimeFormat(timeFormat: string): string {
  if (!TIME_FORMATS.has(timeFormat)) throw new NotEmulatedError(`the time format preference ${timeFormat}`);
  return timeFormat;
}

export function writeDate(clock: WallClock, dateFormat: string): string {
  return checkDateFormat(dateFormat).replace(/YYYY|MM|DD|Mon|M|D/g, (token) => {
    switch (token) {
      case 'YYYY':
        return pad(clock.year, 4);
      case 'MM':
        return pad(clock.month, 2);
      case 'DD':
        return pad(clock.day, 2);
      case 'Mon':
        return (MONTHS[clock.month - 1] as string).slice(0, 3);
      case 'M':
        return String(clock.month);
      default:
        return String(clock.day);
    }
  });
}

export function writeTime(clock: WallClock, timeFormat: string, withSeconds: boolean): string {
  const twelveHour = checkTimeFormat(timeFormat).endsWith(' a');
  const hour = twelveHour ? ((clock.hour + 11) % 12) + 1 : clock.hour;
  const hourText = timeFormat.startsWith('hh') || timeFormat.startsWith('HH') ? pad(hour, 2) : String(hour);
  const seconds = withSeconds ? `:${pad(clock.second, 2)}` : '';
  const suffix = twelveHour ? (clock.hour < 12 ? ' am' : ' pm') : '';
  return `${hourText}:${pad(clock.minute, 2)}${seconds}${suffix}`;
}

/** A regular expression source for the date part, capturing year, month and day by name. */
function datePattern(dateFormat: string): string {
  return checkDateFormat(dateFormat)
    .replace(/[.]/g, '\\.')
    .replace(/YYYY|MM|DD|Mon|M|D/g, (token) => {
      switch (token) {
        case 'YYYY':
          return '(?<year>\\d{4})';
        case 'Mon':
          return '(?<mon>[A-Za-z]{3})';
        case 'MM':
        case 'M':
          return '(?<month>\\d{1,2})';
        default:
          return '(?<day>\\d{1,2})';
      }
    });
}

/** Reads a date (and, when `time` says so, a time) in the preference formats; null when the text does not fit. */
export function readWallClock(
  text: string,
  dateFormat: string,
  time: 'none' | 'optional-seconds' | 'seconds',
): WallClock | null {
  const timePattern =
    time === 'none'
      ? ''
      : `\\s+(?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2}))${time === 'seconds' ? '' : '?'}(?:\\s*(?<ampm>[aApP][mM]))?`;
  const match = new RegExp(`^\\s*${datePattern(dateFormat)}${timePattern}\\s*$`).exec(text);
  if (!match?.groups) return null;
  const g = match.groups;
  const month =
    g.mon !== undefined
      ? MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === g.mon?.toLowerCase()) + 1
      : Number(g.month);
  let hour = g.hour === undefined ? 0 : Number(g.hour);
  if (g.ampm !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (g.ampm.toLowerCase() === 'pm' ? 12 : 0);
  }
  const clock: WallClock = {
    year: Number(g.year),
    month,
    day: Number(g.day),
    hour,
    minute: g.minute === undefined ? 0 : Number(g.minute),
    second: g.second === undefined ? 0 : Number(g.second),
  };
  const probe = new Date(asUtcMs(clock));
  const valid =
    clock.month >= 1 &&
    probe.getUTCFullYear() === clock.year &&
    probe.getUTCMonth() === clock.month - 1 &&
    probe.getUTCDate() === clock.day &&
    clock.hour < 24 &&
    clock.minute < 60 &&
    clock.second < 60;
  return valid ? clock : null;
}
