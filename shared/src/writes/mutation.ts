// Runs a mutation the way every agency must: one transaction, idempotent by key, versions checked, history kept.
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Identity } from '../auth/tokens';
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { badUserInput, conflict, fromDatabaseError } from '../errors';

export interface Change {
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** What a mutation's work gets: the transaction's manager, and where it records each change. */
export interface WriteTransaction {
  manager: EntityManager;
  record(change: Change): Promise<void>;
}

/** Test hook: throw after the first change of a mutation, to prove nothing is half-written. */
export const faults: { afterFirstChange?: () => void } = {};

export interface MutationRequest {
  operation: string;
  idempotencyKey?: string | null;
  /** The mutation's arguments: a retry with the same key must send the same ones. */
  input: unknown;
}

const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : typeof v === 'bigint' ? v.toString() : v));

/** A stale version: someone changed the record since the caller read it. */
export const staleVersion = (what: string, expected: number, actual: number) =>
  new GraphQLError(`${what} was changed by someone else (version ${actual}, you sent ${expected}); read it again and retry`, {
    extensions: { code: 'STALE_VERSION', currentVersion: actual },
  });

export async function runMutation<T>(db: DataSource, identity: Identity, request: MutationRequest, work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
  const key = request.idempotencyKey ?? null;
  if (key !== null && !/^[\w.:-]{8,128}$/.test(key)) {
    throw badUserInput('idempotencyKey', 'must be 8-128 letters, digits or . _ : - (a UUID is a good choice)');
  }
  const hash = createHash('sha256').update(`${request.operation}\n${stableJson(request.input)}`).digest('hex');
  try {
    return await db.transaction('READ COMMITTED', (manager) => transaction(manager, identity, request, key, hash, work));
  } catch (err) {
    throw fromDatabaseError(err) ?? err;
  }
}

async function transaction<T>(manager: EntityManager, identity: Identity, request: MutationRequest, key: string | null, hash: string, work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
  {
    if (key !== null) {
      // A concurrent request with the same key waits here until the first one commits or rolls back.
      const claimed = await manager.query(
        `INSERT INTO idempotency_key (key, subject, operation, request_hash) VALUES ($1, $2, $3, $4)
         ON CONFLICT (key) DO NOTHING RETURNING key`,
        [key, identity.subject, request.operation, hash],
      );
      if (claimed.length === 0) {
        const [previous] = await manager.query('SELECT subject, request_hash, response FROM idempotency_key WHERE key = $1', [key]);
        if (previous.subject !== identity.subject || previous.request_hash !== hash) {
          throw conflict(`idempotencyKey ${key} was already used for a different request; use a new key for a new request`);
        }
        return previous.response as T;
      }
    }
    let changes = 0;
    const tx: WriteTransaction = {
      manager,
      record: async (change) => {
        await manager.query(
          `INSERT INTO change_history (subject, role, request_id, operation, entity_type, entity_id, before, after)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [identity.subject, identity.role, identity.requestId, request.operation, change.entityType, change.entityId, stableOrNull(change.before), stableOrNull(change.after)],
        );
        if (++changes === 1) faults.afterFirstChange?.();
      },
    };
    const result = await work(tx);
    if (key !== null) await manager.query('UPDATE idempotency_key SET response = $2 WHERE key = $1', [key, stableJson(result)]);
    return result;
  }
}

const stableOrNull = (value: unknown) => (value == null ? null : stableJson(value));

export interface ChangeRecord {
  at: Date;
  subject: string;
  role: string;
  operation: string;
  before: string | null;
  after: string | null;
}

/** The change history of entities of one type, oldest first; one statement per batch. */
export function changeHistoryLoader(db: DataSource, entityType: string): DataLoader<string, ChangeRecord[]> {
  return new DataLoader(async (ids) => {
    const rows: (ChangeRecord & { entity_id: string })[] = await db.query(
      `SELECT entity_id, at, subject, role, operation, before::text AS before, after::text AS after
       FROM change_history WHERE entity_type = $1 AND entity_id = ANY($2) ORDER BY id`,
      [entityType, [...ids]],
    );
    const byId = new Map<string, ChangeRecord[]>(ids.map((id) => [id, []]));
    for (const { entity_id, ...row } of rows) byId.get(entity_id)?.push(row);
    return ids.map((id) => byId.get(id) ?? []);
  });
}
