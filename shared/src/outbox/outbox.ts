// The transactional outbox (https://microservices.io/patterns/data/transactional-outbox.html): a change and
// the operation it owes another agency commit together; the relay (relay.ts) delivers it through the gateway,
// as the agency's service, at least once, and every receiving operation is idempotent.
import { EntityManager } from 'typeorm';
import type { Purpose } from '../auth/purposes';

export interface OutboxMessage {
  /** What the message is, for people and metrics: `records-held`, `referral`, … */
  kind: string;
  /** The GraphQL operation the relay sends to the gateway. */
  document: string;
  variables: Record<string, unknown>;
  purpose: Purpose;
  /** A message with the same key is kept once: enqueueing it again (a retried write) adds nothing. */
  dedupeKey?: string;
}

/** Puts a message in the outbox within the caller's transaction. True when it was new. */
export async function enqueue(manager: EntityManager, message: OutboxMessage): Promise<boolean> {
  const rows = await manager.query(
    `INSERT INTO outbox (kind, dedupe_key, document, variables, purpose) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
    [message.kind, message.dedupeKey ?? null, message.document, JSON.stringify(message.variables), message.purpose],
  );
  return rows.length > 0;
}

/** Civil affairs' operation that enters the calling agency's service as a holder of records on persons. */
export const NOTE_RECORDS_HELD = `mutation NoteRecordsHeld($personKeys: [ID!]!) { noteRecordsHeld(personKeys: $personKeys) { agency persons } }`;

/**
 * The agencies whose writes feed civil affairs' register of record holders, by their database: the kit's
 * writes (runMutation) owe the register a note of every person whose record they saved. Civil affairs keeps
 * the register itself, so it is not here.
 */
export const registerFeeds = new WeakMap<object, string>();

/** Owes civil affairs a note that this agency now holds records on `personKeys`, in the write's transaction. */
export async function noteRecordsHeld(manager: EntityManager, personKeys: Iterable<string>): Promise<void> {
  if (!registerFeeds.has(manager.connection)) return;
  const keys = [...new Set(personKeys)].sort();
  if (keys.length === 0) return;
  await enqueue(manager, {
    kind: 'records-held',
    document: NOTE_RECORDS_HELD,
    variables: { personKeys: keys },
    purpose: 'RECORDS_REGISTER',
  });
}
