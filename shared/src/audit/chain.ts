// The access log's hash chain: what each row's hash covers, and the check that finds the first broken link.
import { createHash } from 'node:crypto';
import { Client } from 'pg';

const columnsBeforeActor = (row: string) => `
  ${row}.id, (extract(epoch FROM ${row}.at) * 1000000)::bigint, ${row}.subject, ${row}.role, ${row}.purpose,
  ${row}.operation, ${row}.request_id, ${row}.client_request_id, ${row}.person_keys, ${row}.household_keys,
  ${row}.fields, ${row}.filters, ${row}.refusals`;

/**
 * The text the chain's first trigger hashed (AccessLogChain1764600000000), before the log named actors. That
 * migration keeps running exactly this; a row without an actor still hashes to it.
 */
export const canonicalRowBeforeActor = (row: string) => `pg_catalog.json_build_array(${columnsBeforeActor(row)})::text`;

/**
 * The text a row's hash covers: every column but the hashes, as PostgreSQL renders it as JSON. The
 * trigger (migration) and the verifier both build it from this one expression; the verifier computes the
 * hash itself, so a function an owner rewrote in the database cannot vouch for an edited row. The actor
 * joins the array only where there is one, so every row written before it existed keeps its hash.
 */
export const canonicalRow = (row: string) => `CASE WHEN ${row}.actor IS NULL THEN ${canonicalRowBeforeActor(row)}
  ELSE pg_catalog.json_build_array(${columnsBeforeActor(row)}, ${row}.actor)::text END`;

/** The hash the first row of every log follows. */
export const GENESIS_HASH = createHash('sha256').update('social-assistance access log genesis').digest();

/** sha256(previous hash ‖ canonical text): the same as the trigger's pg_catalog.sha256(prev || convert_to(text, 'UTF8')). */
export const chainHash = (previous: Buffer, canonical: string) => createHash('sha256').update(previous).update(canonical, 'utf8').digest();

export interface ChainReport {
  schema: string;
  entries: number;
  /** The last entry checked: its id and hash, to keep as a checkpoint. */
  head: { id: string; hash: string } | null;
  /** The first fault found, in words that name the entry; null when the chain holds. */
  broken: string | null;
}

/**
 * Walks one schema's access log in id order, a page at a time, recomputing every hash: an edited row,
 * a removed row, a reordered one or a cut-off tail (the chain's recorded head no longer matches) each
 * name the first entry where the chain breaks. `checkpoint` (an earlier run's head) must still be there,
 * with the same hash: a whole rewritten chain shows there.
 */
export async function verifyChain(
  client: Client,
  schema: string,
  checkpoint?: { id: string; hash: string },
  pageSize = 10_000,
): Promise<ChainReport> {
  const table = `"${schema}".access_log`;
  let previous: Buffer = GENESIS_HASH;
  let previousId = '0';
  let entries = 0;
  let checkpointSeen = false;
  const fail = (broken: string): ChainReport => ({
    schema,
    entries,
    head: entries ? { id: previousId, hash: previous.toString('hex') } : null,
    broken,
  });
  for (;;) {
    const { rows } = await client.query(
      `SELECT l.id::text AS id, l.prev_hash, l.hash, ${canonicalRow('l')} AS canonical FROM ${table} l WHERE l.id > $1 ORDER BY l.id LIMIT $2`,
      [previousId, pageSize],
    );
    for (const row of rows as { id: string; prev_hash: Buffer | null; hash: Buffer | null; canonical: string }[]) {
      if (!row.hash || !row.prev_hash) return fail(`entry #${row.id} carries no hash: it was written around the chain's trigger`);
      if (!row.prev_hash.equals(previous)) {
        return fail(
          entries === 0
            ? `entry #${row.id} does not start the chain: entries before it were removed`
            : `entry #${row.id} does not follow entry #${previousId}: an entry between them was removed, or they were reordered`,
        );
      }
      if (!chainHash(previous, row.canonical).equals(row.hash))
        return fail(`entry #${row.id} was altered after it was written: its content no longer matches its hash`);
      if (checkpoint && row.id === checkpoint.id) {
        if (row.hash.toString('hex') !== checkpoint.hash)
          return fail(`entry #${row.id} is not the entry of the checkpoint: the chain up to it was rewritten`);
        checkpointSeen = true;
      }
      previous = row.hash;
      previousId = row.id;
      entries++;
    }
    if (rows.length < pageSize) break;
  }
  if (checkpoint && !checkpointSeen && BigInt(checkpoint.id) > 0n) return fail(`the checkpoint's entry #${checkpoint.id} is gone`);
  const { rows: heads } = await client.query(
    `SELECT last_id::text AS id, last_hash AS hash FROM "${schema}".access_log_chain WHERE id = 1`,
  );
  const head = heads[0] as { id: string; hash: Buffer } | undefined;
  if (!head) return fail('the chain has no recorded head (access_log_chain is empty)');
  if (head.id !== previousId || !head.hash.equals(previous)) {
    return fail(
      `the chain's recorded head is entry #${head.id}, but the log ends at entry #${previousId}: entries at the end were removed`,
    );
  }
  return { schema, entries, head: entries ? { id: previousId, hash: previous.toString('hex') } : null, broken: null };
}
