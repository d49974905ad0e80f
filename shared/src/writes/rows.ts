// Row helpers of every write: lock and version check, save and record, text, conflicts that name what exists.
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

/** Trimmed text of 1 to `max` characters. */
export function textArg(field: string, value: string, max: number): string {
  const text = value.trim();
  if (text.length === 0 || text.length > max) throw badUserInput(field, `must be 1-${max} characters`);
  return text;
}

/** A CONFLICT that names the field and the record already there, so the caller can change that one instead. */
export const conflictOn = (field: string, message: string, existingId: string) =>
  new GraphQLError(`${field}: ${message}`, { extensions: { code: 'CONFLICT', field, existingId } });
