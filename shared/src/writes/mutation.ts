// Runs a mutation the way every agency must: one transaction, idempotent by key, versions checked, history kept.
//
// Idempotency keys are the caller's own (subject, key), so another caller's use of a key is invisible, and
// they hold for IDEMPOTENCY_KEY_HOURS: an older key is treated as never used, and every write of the subgraph
// deletes the expired ones (up to a thousand at a time) in its own transaction. What a key keeps to answer a
// retry is the least that can: the entity and primary key of the record the write returned, never its data;
// a retry reads that record again and answers with it, through the same resolvers and the same field rules
// as the first answer. (If the record changed since, the retry shows it as it is now, with its new version.)
import { createHmac, randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Identity } from '../auth/tokens';
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { AccessRecord } from '../audit/recorder';
import { TableClass } from '../db';
import { badUserInput, conflict, fromDatabaseError } from '../errors';
import { noteRecordsHeld } from '../outbox/outbox';

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
  /**
   * The request's access-log record: every person and household whose rows the write saves (or a retry answers
   * with) is put on it, whether or not the answer shows them, so each write is on the record of whom it concerns.
   */
  access: AccessRecord;
  idempotencyKey?: string | null;
  /** The mutation's arguments: a retry with the same key must send the same ones. */
  input: unknown;
}

/** Puts the persons and households a saved row belongs to on the request's access-log record. */
function concerning(access: AccessRecord, entityType: string, row: unknown): void {
  if (!row || typeof row !== 'object') return;
  const { personKey, householdId, key, id } = row as Record<string, unknown>;
  // Civil affairs' own Person and Household rows are keyed by key and id; every other row names its person.
  if (entityType === 'Person' && typeof key === 'string') access.persons.add(key);
  if (entityType === 'Household' && typeof id === 'string') access.households.add(id);
  if (typeof personKey === 'string') access.persons.add(personKey);
  if (typeof householdId === 'string') access.households.add(householdId);
}

const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : typeof v === 'bigint'
        ? v.toString()
        : v,
  );

/** A stale version: someone changed the record since the caller read it. */
export const staleVersion = (what: string, expected: number, actual: number) =>
  new GraphQLError(`${what} was changed by someone else (version ${actual}, you sent ${expected}); read it again and retry`, {
    extensions: { code: 'STALE_VERSION', currentVersion: actual },
  });

/** How long an idempotency key holds: a retry comes within minutes; a day covers a client offline overnight. */
export const IDEMPOTENCY_KEY_HOURS = 24;
const KEY_LIFETIME = `${IDEMPOTENCY_KEY_HOURS} hours`;

/** The entity each row `save` (rows.ts) returned was saved as, for rows that are not instances of their entity class. */
export const savedAs = new WeakMap<object, TableClass>();

/** Which record a write answered with: its entity's name and primary key, all a retry needs to answer again. */
function answerOf(manager: EntityManager, operation: string, result: unknown): [string, string] {
  const target = result && typeof result === 'object' ? (savedAs.get(result) ?? result.constructor) : undefined;
  if (!target || !manager.connection.hasMetadata(target)) {
    throw new Error(`${operation}: an idempotent write must answer with an entity row, so that a retry can read it again`);
  }
  const metadata = manager.connection.getMetadata(target);
  const id = metadata.getEntityIdMap(result as object);
  if (!id) throw new Error(`${operation}: the row it answered with has no primary key`);
  return [metadata.name, JSON.stringify(id)];
}

/** The first answer of a key again, read afresh from the record it named; CONFLICT when the key was used for another request. */
async function replay<T>(manager: EntityManager, identity: Identity, key: string, hash: string): Promise<T> {
  const [previous] = await manager.query(
    'SELECT request_hash, answer_entity, answer_id FROM idempotency_key WHERE subject = $1 AND key = $2',
    [identity.subject, key],
  );
  if (previous.request_hash !== hash) {
    throw conflict(`idempotencyKey ${key} was already used for a different request; use a new key for a new request`);
  }
  if (!previous.answer_entity) {
    throw conflict(
      `idempotencyKey ${key} answered a request before its answers were kept as references; read the record to see where it stands`,
    );
  }
  const answer = await manager
    .getRepository(manager.connection.getMetadata(previous.answer_entity).target)
    .findOne({ where: previous.answer_id });
  if (!answer) throw conflict(`idempotencyKey ${key} answered with a record that no longer exists`);
  return answer as T;
}

/**
 * The key each subgraph's request hashes are made with, by its database (startSubgraph sets the person-key
 * secret). A request's arguments can hold an ID number, whose few unknown digits an unkeyed hash would give
 * away to anyone reading idempotency_key; keyed, the hash only tells a retry from another request. A database
 * opened otherwise (a test of the kit) hashes with a key of its own process.
 */
export const requestHashKeys = new WeakMap<object, string>();
const processHashKey = randomBytes(32).toString('hex');

export async function runMutation<T>(
  db: DataSource,
  identity: Identity,
  request: MutationRequest,
  work: (tx: WriteTransaction) => Promise<T>,
): Promise<T> {
  const key = request.idempotencyKey ?? null;
  if (key !== null && !/^[\w.:-]{8,128}$/.test(key)) {
    throw badUserInput('idempotencyKey', 'must be 8-128 letters, digits or . _ : - (a UUID is a good choice)');
  }
  const hash = createHmac('sha256', requestHashKeys.get(db) ?? processHashKey)
    .update(`${request.operation}\n${stableJson(request.input)}`)
    .digest('hex');
  try {
    return await db.transaction('READ COMMITTED', (manager) => transaction(manager, identity, request, key, hash, work));
  } catch (err) {
    throw fromDatabaseError(err) ?? err;
  }
}

async function transaction<T>(
  manager: EntityManager,
  identity: Identity,
  request: MutationRequest,
  key: string | null,
  hash: string,
  work: (tx: WriteTransaction) => Promise<T>,
): Promise<T> {
  // Expired keys go with the next write, whoever makes it; SKIP LOCKED passes over one a concurrent write holds.
  await manager.query(
    `DELETE FROM idempotency_key WHERE (subject, key) IN (
       SELECT subject, key FROM idempotency_key WHERE created_at < now() - $1::interval ORDER BY created_at LIMIT 1000 FOR UPDATE SKIP LOCKED)`,
    [KEY_LIFETIME],
  );
  if (key !== null) {
    // A concurrent request with the same key waits here until the first one commits or rolls back. An
    // expired key (one the sweep passed over) is taken over as if new.
    const claimed = await manager.query(
      `INSERT INTO idempotency_key (subject, key, operation, request_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (subject, key) DO UPDATE
         SET operation = EXCLUDED.operation, request_hash = EXCLUDED.request_hash, answer_entity = NULL, answer_id = NULL, created_at = now()
         WHERE idempotency_key.created_at < now() - $5::interval
       RETURNING key`,
      [identity.subject, key, request.operation, hash, KEY_LIFETIME],
    );
    if (claimed.length === 0) {
      const answer = await replay<T>(manager, identity, key, hash);
      concerning(request.access, manager.connection.getMetadata((answer as object).constructor).name, answer);
      return answer;
    }
  }
  let changes = 0;
  /** The persons whose records this write saved: the agency now holds records on them. */
  const recorded = new Set<string>();
  const tx: WriteTransaction = {
    manager,
    record: async (change) => {
      await manager.query(
        `INSERT INTO change_history (subject, role, request_id, operation, entity_type, entity_id, before, after)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          identity.subject,
          identity.role,
          identity.requestId,
          request.operation,
          change.entityType,
          change.entityId,
          stableOrNull(change.before),
          stableOrNull(change.after),
        ],
      );
      concerning(request.access, change.entityType, change.before);
      concerning(request.access, change.entityType, change.after);
      const savedFor = (change.after as { personKey?: unknown } | null)?.personKey;
      if (typeof savedFor === 'string') recorded.add(savedFor);
      if (++changes === 1) faults.afterFirstChange?.();
    },
  };
  const result = await work(tx);
  await noteRecordsHeld(manager, recorded);
  if (key !== null) {
    await manager.query('UPDATE idempotency_key SET answer_entity = $3, answer_id = $4 WHERE subject = $1 AND key = $2', [
      identity.subject,
      key,
      ...answerOf(manager, request.operation, result),
    ]);
  }
  return result;
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
