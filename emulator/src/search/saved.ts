import type { EmulatedAccount } from '../account-api';
import { NotEmulatedError, nsError } from '../errors';
import type { SavedSearchRecord, SearchSpec } from './model';

/**
 * Saved searches live in account.savedSearches keyed by script id (customsearch...), so they persist for the
 * account's lifetime and load by script id or internal id.
 */
function isSavedSearch(value: unknown): value is SavedSearchRecord {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as SavedSearchRecord).scriptId === 'string' &&
    typeof (value as SavedSearchRecord).internalId === 'number'
  );
}

export function savedSearchesOf(account: EmulatedAccount): SavedSearchRecord[] {
  return [...account.savedSearches.values()].filter(isSavedSearch);
}

function missing(id: unknown): Error {
  return nsError('INVALID_SEARCH', `That search or mass update does not exist: ${String(id)}.`);
}

/** A saved search by script id (case-insensitive) or internal id (number or numeric string); INVALID_SEARCH if none. */
export function findSavedSearch(account: EmulatedAccount, id: unknown): SavedSearchRecord {
  if (id === undefined || id === null || id === '')
    throw nsError('SSS_MISSING_REQD_ARGUMENT', 'search.load: Missing a required argument: id');
  const text = String(id).trim();
  const all = savedSearchesOf(account);
  const found = /^\d+$/.test(text)
    ? all.find((one) => one.internalId === Number(text))
    : all.find((one) => one.scriptId.toLowerCase() === text.toLowerCase());
  if (!found) throw missing(id);
  return found;
}

export function deleteSavedSearch(account: EmulatedAccount, id: unknown): void {
  const found = findSavedSearch(account, id);
  account.savedSearches.delete(found.scriptId);
}

export interface SaveRequest {
  readonly title: string | undefined;
  readonly scriptId: string | undefined;
  /** Set when the search was loaded or saved before: saving again updates that saved search. */
  readonly currentInternalId: number | null;
  readonly isPublic: boolean;
  readonly spec: SearchSpec;
  readonly expression: unknown[] | null;
}

/**
 * Search.save: a title is required (SSS_MISSING_REQD_ARGUMENT); the title must be unique (NAME_ALREADY_IN_USE) and
 * so must the script id (SSS_DUPLICATE_SEARCH_SCRIPT_ID), per the Search.save documentation. Without an id NetSuite
 * generates one; the emulator's is 'customsearch' + the internal id.
 */
export function saveSearch(account: EmulatedAccount, request: SaveRequest): SavedSearchRecord {
  const title = request.title?.trim();
  if (!title) throw nsError('SSS_MISSING_REQD_ARGUMENT', 'Search.save: Missing a required argument: title');
  const all = savedSearchesOf(account);
  const others = all.filter((one) => one.internalId !== request.currentInternalId);
  const requestedId = request.scriptId?.trim().toLowerCase();
  if (requestedId && !requestedId.startsWith('customsearch'))
    throw new NotEmulatedError(
      `saving a search with the script id '${requestedId}' (NetSuite's start with customsearch)`,
    );
  if (requestedId && others.some((one) => one.scriptId === requestedId))
    throw nsError(
      'SSS_DUPLICATE_SEARCH_SCRIPT_ID',
      `A saved search with the script id ${requestedId} already exists.`,
    );
  if (others.some((one) => one.title.toLowerCase() === title.toLowerCase()))
    throw nsError('NAME_ALREADY_IN_USE', `A saved search named "${title}" already exists.`);
  const internalId =
    request.currentInternalId ?? all.reduce((max, one) => Math.max(max, one.internalId), 0) + 1;
  const scriptId = requestedId || `customsearch${internalId}`;
  const previous = all.find((one) => one.internalId === request.currentInternalId);
  if (previous && previous.scriptId !== scriptId) account.savedSearches.delete(previous.scriptId);
  const record: SavedSearchRecord = {
    scriptId,
    internalId,
    title,
    isPublic: request.isPublic,
    spec: request.spec,
    expression: request.expression,
  };
  account.savedSearches.set(scriptId, record);
  return record;
}
