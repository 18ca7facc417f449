import type * as NSearch from 'N/search';
import { NotEmulatedError, nsError } from '../errors';
import { nModule } from '../loader';
import type { RuntimeAccount } from './account-view';
import type { ScriptUser } from './context';
import { asUiUser } from './ui';

// Map/reduce key/value pairs: how input becomes pairs, how writes become pairs, and the shuffle between stages.

/** Key and value limits of map/reduce pairs (netsuite-runtime.md §1.2: the stricter documented pair). */
export const MR_KEY_MAX = 3000;

export const MR_VALUE_MAX = 1024 * 1024;

export interface Pair {
  readonly key: string;
  readonly value: string;
}

export interface StageItem {
  readonly key: string;
  readonly values: readonly string[];
}

/** context.write(key, value) or write({key, value}): objects become JSON, other values strings. */
export function writtenPair(keyOrOptions: unknown, value: unknown): Pair {
  let key: unknown = keyOrOptions;
  let val: unknown = value;
  if (
    value === undefined &&
    typeof keyOrOptions === 'object' &&
    keyOrOptions !== null &&
    'key' in keyOrOptions
  ) {
    key = (keyOrOptions as { key: unknown }).key;
    val = (keyOrOptions as { value?: unknown }).value;
  }
  const pair = { key: asString(key), value: asString(val ?? '') };
  checkPair(pair);
  return pair;
}

function checkPair(pair: Pair): void {
  if (pair.key.length > MR_KEY_MAX)
    throw nsError('KEY_LENGTH_IS_OVER_3000_BYTES', `The key is over ${MR_KEY_MAX} characters.`);
  if (Buffer.byteLength(pair.value, 'utf8') > MR_VALUE_MAX)
    throw nsError('VALUE_LENGTH_IS_OVER_1_MB', 'The value is over 1 MB.');
}

function asString(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Groups map output by key, keys in the order they first appeared, values in write order. */
export function shuffle(pairs: readonly Pair[]): StageItem[] {
  const groups = new Map<string, string[]>();
  for (const pair of pairs) {
    const values = groups.get(pair.key);
    if (values) values.push(pair.value);
    else groups.set(pair.key, [pair.value]);
  }
  return [...groups].map(([key, values]) => ({ key, values }));
}

/**
 * getInputData's return value as key/value pairs (NS section_4472703484): an array (index keys), a plain object
 * (property keys), a search.Search or {type:'search', id} (result id keys, JSON of the result as values).
 */
export function inputPairs(account: RuntimeAccount, user: ScriptUser, input: unknown): Pair[] {
  if (input === null || input === undefined) return [];
  if (isThenable(input)) throw new NotEmulatedError('an async getInputData');
  if (Array.isArray(input)) return input.map((value, index) => pair(String(index), value));
  if (typeof input !== 'object') throw new NotEmulatedError(`getInputData returning a ${typeof input}`);
  const candidate = input as { type?: unknown; id?: unknown; run?: unknown; runPaged?: unknown };
  if (typeof candidate.runPaged === 'function') return searchPairs(account, user, input as NSearch.Search);
  const keys = Object.keys(input);
  if (keys.length === 2 && typeof candidate.type === 'string' && 'id' in candidate) {
    if (candidate.type !== 'search')
      throw new NotEmulatedError(`getInputData input of type ${candidate.type}`);
    const search = nModule('N/search') as typeof NSearch;
    return asUiUser(
      account,
      user,
      () => searchPairs(account, user, search.load({ id: String(candidate.id) })),
      'MAPREDUCE',
    );
  }
  if (typeof candidate.type === 'string' && ['query', 'suiteql', 'file', 'dataset'].includes(candidate.type))
    throw new NotEmulatedError(`getInputData input of type ${candidate.type}`);
  return Object.entries(input).map(([key, value]) => pair(key, value));
}

/** The framework runs the search after getInputData returns; that work is not charged to the script. */
function searchPairs(account: RuntimeAccount, user: ScriptUser, search: NSearch.Search): Pair[] {
  return asUiUser(
    account,
    user,
    () => {
      const out: Pair[] = [];
      const paged = search.runPaged({ pageSize: 1000 });
      paged.pageRanges.forEach((range) => {
        const page = paged.fetch({ index: range.index });
        page.data.forEach((result) => {
          out.push(
            pair(
              result.id === undefined || result.id === '' ? String(out.length) : String(result.id),
              frameworkValue(result),
            ),
          );
        });
      });
      return out;
    },
    'MAPREDUCE',
  );
}

/**
 * What the framework hands map() for one search result. The Help Center says "a search.Result object converted to
 * a JSON string by using JSON.stringify()" (NS section_4483841695), but the form scripts receive is not the 2.1
 * Result.toJSON() form: public map/reduce scripts over a returned search read single selects as an object
 * (`values.entity.value`, `values.subsidiary.value`) and check boxes as text (`values.isinactive == 'F'`), e.g.
 * the employee-vacation and invoice-notice map/reduce scripts found by the fidelity review. The search engine's
 * Result keeps that form in toMapReduceValue(); a Result without it (never, in this emulator) is refused.
 */
function frameworkValue(result: NSearch.Result): unknown {
  const framework = result as unknown as { toMapReduceValue?: () => unknown };
  if (typeof framework.toMapReduceValue !== 'function')
    throw new NotEmulatedError('a map/reduce search input whose results lack the framework form');
  return framework.toMapReduceValue();
}

function pair(key: string, value: unknown): Pair {
  const result = { key, value: asString(value) };
  checkPair(result);
  return result;
}

export function isThenable(value: unknown): boolean {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
