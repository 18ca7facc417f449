import { nsError } from '../errors';

/** The options object every N/ function takes; a missing one is NetSuite's SSS_MISSING_REQD_ARGUMENT. */
export function requireOptions<T>(options: T | undefined | null, api: string): T {
  if (options === undefined || options === null || typeof options !== 'object')
    throw nsError('SSS_MISSING_REQD_ARGUMENT', `${api}: Missing a required argument: options`);
  return options;
}

/** A required option: absent, null or empty string is SSS_MISSING_REQD_ARGUMENT naming it. */
export function requireValue<T>(value: T | undefined | null, api: string, name: string): T {
  if (value === undefined || value === null || value === '')
    throw nsError('SSS_MISSING_REQD_ARGUMENT', `${api}: Missing a required argument: ${name}`);
  return value;
}

/** A required string option; a value of another type is SSS_INVALID_TYPE_ARG naming it. */
export function requireString(value: unknown, api: string, name: string): string {
  const present = requireValue(value, api, name);
  if (typeof present !== 'string')
    throw nsError(
      'SSS_INVALID_TYPE_ARG',
      `${api}: Invalid type for argument ${name}: expected string, got ${typeof present}`,
    );
  return present;
}
