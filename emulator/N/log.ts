import type * as NLog from 'N/log';
import { currentExecution, hasExecution, type LogLevel } from '../src/execution';

/** Lower number = more verbose; a deployment at AUDIT keeps AUDIT, ERROR and EMERGENCY lines. */
const RANK: Readonly<Record<LogLevel, number>> = { DEBUG: 0, AUDIT: 1, ERROR: 2, EMERGENCY: 3 };

/** log.audit(options): title at most 99 characters, details over 3999 truncated (NS section_4430384449). */
export const TITLE_MAX = 99;
export const DETAILS_MAX = 3999;

function write(level: LogLevel, titleOrOptions: unknown, maybeDetails?: unknown): void {
  if (!hasExecution()) return;
  const execution = currentExecution();
  if (RANK[level] < RANK[execution.logLevel]) return;
  const options =
    typeof titleOrOptions === 'object' && titleOrOptions !== null && maybeDetails === undefined
      ? (titleOrOptions as { title?: unknown; details?: unknown })
      : { title: titleOrOptions, details: maybeDetails };
  execution.record.logs.push({
    level,
    title: titleText(options.title),
    details: detailsText(options.details),
    at: (execution.account as { clock: { now(): Date } }).clock.now(),
  });
}

/** Null, empty or missing titles show as "Untitled" (NS section_4430384449). */
function titleText(title: unknown): string {
  if (title === null || title === undefined || title === '') return 'Untitled';
  const textValue = typeof title === 'string' ? title : stringify(title);
  return textValue.slice(0, TITLE_MAX);
}

/**
 * Objects are JSON.stringify'd before display, exactly (a plain Error gives "{}", as there; a SuiteScriptError has
 * its toJSON); the result is cut at 3999 characters.
 */
function detailsText(details: unknown): string {
  if (details === undefined || details === null) return '';
  return stringify(details).slice(0, DETAILS_MAX);
}

function stringify(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object') {
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

type LogFunction = typeof NLog.debug;

export const debug: LogFunction = (a: unknown, b?: unknown) => write('DEBUG', a, b);
export const audit: LogFunction = (a: unknown, b?: unknown) => write('AUDIT', a, b);
export const error: LogFunction = (a: unknown, b?: unknown) => write('ERROR', a, b);
export const emergency: LogFunction = (a: unknown, b?: unknown) => write('EMERGENCY', a, b);
