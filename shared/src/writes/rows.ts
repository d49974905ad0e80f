// Row helpers of every write: lock and version check, save and record, a record added or changed, text, conflicts that name what exists.
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { EntityManager } from 'typeorm';
import { badUserInput, notFound } from '../errors';
import { savedAs, staleVersion, WriteTransaction } from './mutation';

/** Loads a row for change, locking it, and checks the version the caller read. */
export async function forUpdate<E extends { version: number }>(
  manager: EntityManager,
  entity: new () => E,
  where: Partial<E>,
  what: string,
  version?: number,
): Promise<E> {
  const row = await manager.getRepository(entity).findOne({ where: where as never, lock: { mode: 'pessimistic_write' } });
  if (!row) throw notFound(what);
  if (version !== undefined && row.version !== version) throw staleVersion(what, version, row.version);
  return row;
}

/** Saves a row and records the change in the history, in the mutation's transaction. */
export async function save<E extends object>(
  tx: WriteTransaction,
  entity: new () => E,
  type: string,
  id: string,
  before: E | null,
  after: E,
): Promise<E> {
  const saved = await tx.manager.getRepository(entity).save(after);
  savedAs.set(saved, entity);
  await tx.record({ entityType: type, entityId: id, before, after: saved });
  return saved;
}

/**
 * Adds a record the way every write that adds one does: under a new id, as version 1, recorded in the history as
 * made from nothing. `fields` is every other column but those the database fills in, a computed column or one left
 * to its default (named as `Computed`: `addRow<Alert, 'listKey'>(…)`), so that a column added to the entity fails to
 * compile here until each write says what it starts as.
 */
export function addRow<E extends { id: string; version: number }, Computed extends keyof E = never>(
  tx: WriteTransaction,
  entity: new () => E,
  type: string,
  fields: Omit<E, 'id' | 'version' | Computed>,
): Promise<E> {
  const id = randomUUID();
  return save(tx, entity, type, id, null, Object.assign(new entity(), { id, ...fields, version: 1 }));
}

/** Which row a change is of, and how the caller read it. */
export interface RowToChange<E> {
  /** Finds the row: its key, or another unique column. */
  where: Partial<E>;
  /** The row as an error names it (`housing assistance 1f…`). */
  what: string;
  /** The version the caller read; none for a row the write changes along with the one the caller names. */
  version?: number;
  /** The id the history keeps the change under: the row's `id` unless named (a row keyed by person key names it). */
  historyId?: string;
}

/**
 * Changes one row the way every write that changes a record does: locks it, checks the version the caller read,
 * lets `change` check it and say what changes, and saves it as the next version, recorded in the history.
 * `change` may read and lock other rows in the transaction first; what it throws refuses the write. (Its type is a
 * parameter of its own, `Change`, so that a literal it returns, `status: 'REVOKED'`, keeps its type.)
 */
export async function changeRow<E extends { version: number }, Change extends (current: E) => Partial<E> | Promise<Partial<E>>>(
  tx: WriteTransaction,
  entity: new () => E,
  type: string,
  row: RowToChange<NoInfer<E>>,
  change: Change,
): Promise<E> {
  const current = await forUpdate(tx.manager, entity, row.where, row.what, row.version);
  const id = row.historyId ?? (current as { id?: unknown }).id;
  if (typeof id !== 'string') throw new Error(`${type} has no id column: name the id its history is kept under`);
  const next = Object.assign(new entity(), { ...current, ...(await change(current)), version: current.version + 1 });
  return save(tx, entity, type, id, current, next);
}

/** Trimmed text of 1 to `max` characters. */
export function textArg(field: string, value: string, max: number): string {
  const text = value.trim();
  if (text.length === 0 || text.length > max) throw badUserInput(field, `must be 1-${max} characters`);
  return text;
}

/** A CONFLICT that names the field and the record already there, so the caller can change that one instead. */
export const conflictOn = (field: string, message: string, existingId: string) =>
  new GraphQLError(`${field}: ${message}`, { extensions: { code: 'CONFLICT', field, existingId } });
