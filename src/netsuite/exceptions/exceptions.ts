/**
 * Writes exception records. Raising is idempotent on a key (category, channel, source, discriminator) held in the
 * record's external id: the first raise creates the record; a repeat — or a concurrent twin that loses the race
 * on DUP_RCRD — finds that record and counts another occurrence, reopening it if it had been resolved.
 *
 * Units: a new exception costs 6 (create 2 + save 4); a repeat costs 6 + 10 (the failed create and the search
 * that finds the record) + 6 (load and save).
 */
import * as error from 'N/error';
import * as record from 'N/record';
import * as search from 'N/search';
import {
  MAX_TEXT_CHARS,
  capPayload,
  clip,
  exceptionKey,
  exceptionTitle,
  type ExceptionCategory,
  type ExceptionInput,
  type ExceptionStatus,
} from '../../domain/exceptions/exception';
import {
  CATEGORY_LABELS,
  STATUS_LABELS,
  categoryFromLabel,
  statusFromLabel,
} from '../../domain/exceptions/labels';
import { EXCEPTION } from '../config/ids';
import { allRows, flag, integer, label, text } from '../config/search-rows';
import { hasName } from '../errors';

export interface RaisedException {
  readonly id: string;
  readonly key: string;
  /** False when an existing record for the same problem was updated instead. */
  readonly created: boolean;
  /** How many times the problem has been raised, this time included. */
  readonly occurrences: number;
}

export interface OpenException {
  readonly id: string;
  readonly key: string;
  readonly category: ExceptionCategory;
  readonly status: ExceptionStatus;
  readonly message: string;
  readonly suggestedFix: string;
  readonly channelId: string | null;
  readonly sourceRef: string;
  readonly retrySafe: boolean;
  readonly occurrences: number;
  readonly retryCount: number;
}

/** Creates the exception record for a problem, or counts another occurrence on the one that exists. */
export function raiseException(input: ExceptionInput): RaisedException {
  const key = exceptionKey(input);
  try {
    return { id: String(create(input, key)), key, created: true, occurrences: 1 };
  } catch (caught) {
    if (!hasName(caught, 'DUP_RCRD')) throw caught;
  }
  const existing = findIdByKey(key);
  if (existing === null) {
    throw error.create({
      name: 'PWI_EXCEPTION_KEY_LOST',
      message: `Exception key ${key} was reported as a duplicate but no record holds it.`,
    });
  }
  return { id: existing, key, created: false, occurrences: recordRepeat(existing, input) };
}

/** Open and retrying exceptions of a Shopify document (e.g. sourceRef('order', id)), oldest first. One search. */
export function openExceptionsFor(sourceRef: string): OpenException[] {
  return readExceptions(sourceRef).filter((found) => found.status !== 'resolved');
}

/**
 * Marks the source's open exceptions resolved (e.g. after the order finally posted), optionally only some
 * categories. Returns the ids it closed. One search (10 units), then 6 per record closed (load 2 + save 4).
 */
export function resolveExceptionsFor(sourceRef: string, categories?: readonly ExceptionCategory[]): string[] {
  const closing = openExceptionsFor(sourceRef).filter(
    (found) => !categories || categories.includes(found.category),
  );
  for (const found of closing) {
    const loaded = record.load({ type: EXCEPTION.type, id: Number(found.id) });
    loaded.setText({ fieldId: EXCEPTION.status, text: STATUS_LABELS.resolved });
    loaded.save();
  }
  return closing.map((found) => found.id);
}

function create(input: ExceptionInput, key: string): number {
  const created = record.create({ type: EXCEPTION.type });
  created.setValue({ fieldId: EXCEPTION.externalId, value: key });
  created.setValue({ fieldId: EXCEPTION.name, value: exceptionTitle(input) });
  created.setText({ fieldId: EXCEPTION.category, text: CATEGORY_LABELS[input.category] });
  created.setText({ fieldId: EXCEPTION.status, text: STATUS_LABELS.open });
  if (input.channel) created.setValue({ fieldId: EXCEPTION.channel, value: input.channel.id });
  created.setValue({ fieldId: EXCEPTION.sourceRef, value: input.sourceRef });
  created.setValue({ fieldId: EXCEPTION.occurrences, value: 1 });
  created.setValue({ fieldId: EXCEPTION.retryCount, value: 0 });
  writeFacts(created, input);
  return created.save();
}

/** The facts that may change between occurrences: the latest wording, payload and related record win. */
function writeFacts(target: record.Record, input: ExceptionInput): void {
  target.setValue({ fieldId: EXCEPTION.message, value: clip(input.message, MAX_TEXT_CHARS) });
  target.setValue({ fieldId: EXCEPTION.suggestedFix, value: clip(input.suggestedFix, MAX_TEXT_CHARS) });
  target.setValue({ fieldId: EXCEPTION.retrySafe, value: input.retrySafe });
  target.setValue({
    fieldId: EXCEPTION.details,
    value: input.details === undefined ? '' : clip(JSON.stringify(input.details), MAX_TEXT_CHARS),
  });
  if (input.payload !== undefined) {
    const payload = capPayload(input.payload);
    target.setValue({ fieldId: EXCEPTION.payload, value: payload.text });
    target.setValue({ fieldId: EXCEPTION.payloadTruncated, value: payload.truncated });
  }
  if (input.related) {
    target.setValue({ fieldId: EXCEPTION.relatedType, value: input.related.type });
    target.setValue({ fieldId: EXCEPTION.relatedId, value: input.related.id });
  }
  target.setValue({ fieldId: EXCEPTION.lastSeen, value: new Date() });
}

/** Counts the occurrence on the existing record; retries once if a concurrent writer saved in between. */
function recordRepeat(id: string, input: ExceptionInput): number {
  for (let attempt = 1; ; attempt += 1) {
    const loaded = record.load({ type: EXCEPTION.type, id: Number(id) });
    const occurrences = numberOf(loaded.getValue({ fieldId: EXCEPTION.occurrences })) + 1;
    loaded.setValue({ fieldId: EXCEPTION.occurrences, value: occurrences });
    // Every occurrence after the first is the same source sent again: Patchworks' retry or a manual replay.
    loaded.setValue({
      fieldId: EXCEPTION.retryCount,
      value: numberOf(loaded.getValue({ fieldId: EXCEPTION.retryCount })) + 1,
    });
    // A problem seen again is open again, whatever anyone had marked it.
    loaded.setText({ fieldId: EXCEPTION.status, text: STATUS_LABELS.open });
    writeFacts(loaded, input);
    try {
      loaded.save();
      return occurrences;
    } catch (caught) {
      if (attempt >= 2 || !hasName(caught, 'RCRD_HAS_BEEN_CHANGED')) throw caught;
    }
  }
}

function findIdByKey(key: string): string | null {
  const rows = allRows(
    search.create({
      type: EXCEPTION.type,
      filters: [[EXCEPTION.externalId, search.Operator.ANYOF, key]],
      columns: ['internalid'],
    }),
  );
  const first = rows[0];
  return first ? String(first.id) : null;
}

function readExceptions(sourceRef: string): OpenException[] {
  const columns = [
    EXCEPTION.externalId,
    EXCEPTION.category,
    EXCEPTION.status,
    EXCEPTION.message,
    EXCEPTION.suggestedFix,
    EXCEPTION.channel,
    EXCEPTION.sourceRef,
    EXCEPTION.retrySafe,
    EXCEPTION.occurrences,
    EXCEPTION.retryCount,
  ];
  const rows = allRows(
    search.create({
      type: EXCEPTION.type,
      filters: [[EXCEPTION.sourceRef, search.Operator.IS, sourceRef]],
      columns: [...columns, search.createColumn({ name: 'internalid', sort: search.Sort.ASC })],
    }),
  );
  const found: OpenException[] = [];
  for (const row of rows) {
    const category = categoryFromLabel(label(row, EXCEPTION.category));
    const status = statusFromLabel(label(row, EXCEPTION.status));
    if (category === null || status === null) continue; // Not written by this bundle.
    found.push({
      id: String(row.id),
      key: text(row, EXCEPTION.externalId) ?? '',
      category,
      status,
      message: text(row, EXCEPTION.message) ?? '',
      suggestedFix: text(row, EXCEPTION.suggestedFix) ?? '',
      channelId: text(row, EXCEPTION.channel),
      sourceRef: text(row, EXCEPTION.sourceRef) ?? sourceRef,
      retrySafe: flag(row, EXCEPTION.retrySafe),
      occurrences: integer(row, EXCEPTION.occurrences) ?? 1,
      retryCount: integer(row, EXCEPTION.retryCount) ?? 0,
    });
  }
  return found;
}

function numberOf(value: unknown): number {
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : 0;
}
