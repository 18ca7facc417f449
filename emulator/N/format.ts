// N/format: values to and from the account's preference formats (NS section_4388721627 module,
// section_4388843892 format.format, section_4388837989 format.parse, section_4407050795 Timezone; Oracle stub
// format.js for the enum values). 0 units. Per the docs, a value that cannot be formatted or parsed comes back
// unchanged rather than throwing; a type or preference the emulator does not know throws NotEmulatedError.
import type * as nsFormat from 'N/format';
import { nsError, NotEmulatedError } from '../src/errors';
import { requireOptions } from '../src/modules/args';
import { currentAccount } from '../src/modules/context';
import {
  DEFAULT_DATE_FORMAT,
  DEFAULT_TIME_FORMAT,
  SERVER_TIME_ZONE,
  instantOf,
  readWallClock,
  wallClockOf,
  writeDate,
  writeTime,
} from '../src/modules/datetime';
import { readNumber, writeCurrency, writeFloat, writeInteger, writePercent } from '../src/modules/numbers';
import { asDeclaredEnum, strictEnum } from '../src/modules/strict-enum';

/** The format.Type members the emulator handles; the rest of NetSuite's list throws when read. */
const TYPES = {
  DATE: 'date',
  DATETIME: 'datetime',
  DATETIMETZ: 'datetimetz',
  CURRENCY: 'currency',
  FLOAT: 'float',
  INTEGER: 'integer',
  PERCENT: 'percent',
  CHECKBOX: 'checkbox',
  TEXT: 'text',
} as const;
type TypeValue = (typeof TYPES)[keyof typeof TYPES];

export const Type = asDeclaredEnum<typeof nsFormat.Type>(strictEnum('format.Type', TYPES));

/** A subset of format.Timezone (Olson values as in section_4407050795); reading another member throws. */
const TIME_ZONES = {
  GMT: 'GMT',
  EUROPE_LONDON: 'Europe/London',
  EUROPE_PARIS: 'Europe/Paris',
  EUROPE_AMSTERDAM: 'Europe/Amsterdam',
  EUROPE_WARSAW: 'Europe/Warsaw',
  EUROPE_BUDAPEST: 'Europe/Budapest',
  ATLANTIC_REYKJAVIK: 'Atlantic/Reykjavik',
  AMERICA_NEW_YORK: 'America/New_York',
  AMERICA_CHICAGO: 'America/Chicago',
  AMERICA_DENVER: 'America/Denver',
  AMERICA_LOS_ANGELES: 'America/Los_Angeles',
  AUSTRALIA_SYDNEY: 'Australia/Sydney',
  PACIFIC_AUCKLAND: 'Pacific/Auckland',
  ASIA_TOKYO: 'Asia/Tokyo',
} as const;

export const Timezone = asDeclaredEnum<typeof nsFormat.Timezone>(strictEnum('format.Timezone', TIME_ZONES));

const KNOWN_ZONES = new Set<string>(Object.values(TIME_ZONES));

function typeOf(raw: unknown, api: string): TypeValue {
  if (raw === undefined || raw === null || raw === '')
    throw nsError('SSS_MISSING_REQD_ARGUMENT', `${api}: Missing a required argument: type`);
  const known = Object.values(TYPES) as string[];
  if (!known.includes(String(raw))) throw new NotEmulatedError(`${api} for type ${String(raw)}`);
  return raw as TypeValue;
}

function zoneOf(raw: unknown, type: TypeValue, api: string): string {
  if (raw === undefined || raw === null)
    return type === 'date' ? SERVER_TIME_ZONE : currentAccount().settings.timeZone;
  if (type === 'date') throw new NotEmulatedError(`${api} with a timezone for type date`);
  if (typeof raw !== 'string' || !KNOWN_ZONES.has(raw))
    throw new NotEmulatedError(
      `${api} with timezone ${String(raw)} (not in the emulator's format.Timezone subset)`,
    );
  return raw;
}

function preferences() {
  const settings = currentAccount().settings;
  return {
    dateFormat: settings.dateFormat ?? DEFAULT_DATE_FORMAT,
    timeFormat: settings.timeFormat ?? DEFAULT_TIME_FORMAT,
  };
}

function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

interface FormatOptions {
  value: unknown;
  type: unknown;
  timezone?: unknown;
}

function required(options: FormatOptions | undefined, api: string): FormatOptions {
  const checked = requireOptions(options, api);
  if (checked.value === undefined || checked.value === null)
    throw nsError('SSS_MISSING_REQD_ARGUMENT', `${api}: Missing a required argument: value`);
  return checked;
}

function formatValue(options: FormatOptions): unknown {
  const api = 'format.format';
  const checked = required(options, api);
  const type = typeOf(checked.type, api);
  const value = checked.value;
  switch (type) {
    case 'date':
    case 'datetime':
    case 'datetimetz': {
      const zone = zoneOf(checked.timezone, type, api);
      if (!(value instanceof Date) || Number.isNaN(value.getTime())) return value;
      const { dateFormat, timeFormat } = preferences();
      const clock = wallClockOf(value, zone);
      const date = writeDate(clock, dateFormat);
      return type === 'date' ? date : `${date} ${writeTime(clock, timeFormat, type === 'datetimetz')}`;
    }
    case 'currency':
    case 'float':
    case 'integer':
    case 'percent': {
      const number = numberOf(value);
      if (number === null) return value;
      if (type === 'currency') return writeCurrency(number);
      if (type === 'float') return writeFloat(number);
      if (type === 'percent') return writePercent(number);
      return writeInteger(number) ?? value;
    }
    case 'checkbox':
      return value === true || value === 'T' ? 'T' : value === false || value === 'F' ? 'F' : value;
    case 'text':
      return String(value);
  }
}

function parseValue(options: FormatOptions): unknown {
  const api = 'format.parse';
  const checked = required(options, api);
  const type = typeOf(checked.type, api);
  const value = checked.value;
  switch (type) {
    case 'date':
    case 'datetime':
    case 'datetimetz': {
      const zone = zoneOf(checked.timezone, type, api);
      if (typeof value !== 'string') return value;
      const mode = type === 'date' ? 'none' : type === 'datetimetz' ? 'seconds' : 'optional-seconds';
      const clock = readWallClock(value, preferences().dateFormat, mode);
      return clock === null ? value : instantOf(clock, zone);
    }
    case 'currency':
    case 'float':
    case 'integer':
    case 'percent': {
      if (typeof value === 'number') return value;
      if (typeof value !== 'string') return value;
      const parsed = readNumber(value, { percent: type === 'percent', integer: type === 'integer' });
      return parsed ?? value;
    }
    case 'checkbox':
      return value === 'T' || value === true ? true : value === 'F' || value === false ? false : value;
    case 'text':
      return value;
  }
}

export const format: typeof nsFormat.format = (options: FormatOptions) => formatValue(options);

export const parse: typeof nsFormat.parse = ((options: FormatOptions) =>
  parseValue(options)) as typeof nsFormat.parse;
