// What each request read or was refused, and the writer that makes it durable before the answer leaves.
import { DataSource } from 'typeorm';
import { Identity } from '../auth/tokens';
import { logger } from '../log';

/** A field the caller was refused, and whose record it would have read. */
export interface Refusal {
  path: string;
  code: string;
  personId?: string;
  householdId?: string;
  /** Why, where the code alone does not say (a refused authentication). */
  reason?: string;
}

/** What one subgraph request read; filled by the policy wrapper as fields resolve. */
export class AccessRecord {
  readonly persons = new Set<string>();
  readonly households = new Set<string>();
  readonly fields = new Set<string>();
  /** The arguments of each root field asked, ID numbers replaced by person keys. */
  readonly filters: Record<string, unknown> = {};
  readonly refusals: Refusal[] = [];
  operation?: string;

  get empty() {
    return this.persons.size === 0 && this.households.size === 0 && this.fields.size === 0 && this.refusals.length === 0;
  }
}

/** One row of the access log. */
export interface AccessEntry {
  subject: string;
  role: string;
  purpose?: string;
  operation?: string;
  requestId: string;
  clientRequestId?: string;
  persons: string[];
  households: string[];
  fields: string[];
  filters?: Record<string, unknown>;
  refusals?: Refusal[];
  /** The service that read for the subject, when one did (`service:civil-affairs`). */
  actor?: string;
}

export const entryOf = (identity: Identity, access: AccessRecord): AccessEntry => ({
  subject: identity.subject,
  role: identity.role,
  purpose: identity.purpose,
  operation: access.operation,
  requestId: identity.requestId,
  clientRequestId: identity.clientRequestId,
  persons: [...access.persons],
  households: [...access.households],
  fields: [...access.fields],
  filters: Object.keys(access.filters).length ? access.filters : undefined,
  refusals: access.refusals.length ? access.refusals : undefined,
  actor: identity.actor,
});

/** The access log could not be written: the read it would record must not be answered. */
export class AccessLogUnavailable extends Error {
  constructor(
    readonly subgraph: string,
    cause: unknown,
  ) {
    super(`${subgraph}: the access log cannot be written (${(cause as Error)?.message ?? cause})`);
  }
}

interface Waiting {
  entry: AccessEntry;
  done: (err?: Error) => void;
}

/** Rows per INSERT: each column goes as one array parameter, so no batch nears PostgreSQL's bind limit. */
const ROWS_PER_STATEMENT = 5_000;

const INSERT = `INSERT INTO access_log (subject, role, purpose, operation, request_id, client_request_id, person_keys, household_keys, fields, filters, refusals, actor)
  SELECT subject, role, purpose, operation, request_id, client_request_id,
         ARRAY(SELECT jsonb_array_elements_text(persons)), ARRAY(SELECT jsonb_array_elements_text(households)),
         ARRAY(SELECT jsonb_array_elements_text(fields)), filters, refusals, actor
    FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::jsonb[], $9::jsonb[], $10::jsonb[], $11::jsonb[], $12::text[])
      AS e(subject, role, purpose, operation, request_id, client_request_id, persons, households, fields, filters, refusals, actor)`;

/**
 * Appends entries with group commit: `append` resolves once the entry's row is committed. Entries that
 * arrive while a write is in flight go together in the next one, so under load many requests share one
 * commit, and the log's durability costs each request one commit's wait at most, not one each. Each
 * request is its own row: entries of different callers or requests are never merged, and none waits for
 * anything but the next write.
 */
export class AccessLogWriter {
  private queue: Waiting[] = [];
  private writing?: Promise<void>;

  constructor(
    private readonly db: DataSource,
    private readonly subgraph: string,
  ) {}

  /** Resolves when the entry is durable; rejects with AccessLogUnavailable when it could not be written. */
  append(entry: AccessEntry): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ entry, done: (err) => (err ? reject(err) : resolve()) });
      this.writing ??= this.drain();
    });
  }

  /** How many entries wait for the next write. */
  get backlog() {
    return this.queue.length;
  }

  private async drain(): Promise<void> {
    // One turn of the event loop lets the requests answered together join one write.
    await new Promise((r) => setImmediate(r));
    while (this.queue.length) {
      const batch = this.queue.splice(0, ROWS_PER_STATEMENT);
      try {
        await this.write(batch.map((w) => w.entry));
        batch.forEach((w) => w.done());
      } catch (err) {
        logger.error(
          { subgraph: this.subgraph, err, entries: batch.length },
          'could not write the access log; the reads it records are refused',
        );
        const failure = new AccessLogUnavailable(this.subgraph, err);
        batch.forEach((w) => w.done(failure));
      }
    }
    this.writing = undefined;
  }

  private async write(entries: AccessEntry[]) {
    const column = <T>(pick: (e: AccessEntry) => T) => entries.map(pick);
    const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
    // Not a named (prepared) statement: PGlite serves every connection of the pool from one session, where a
    // second connection preparing the same name fails (npm start's embedded databases).
    await this.db.query(INSERT, [
      column((e) => e.subject),
      column((e) => e.role),
      column((e) => e.purpose ?? null),
      column((e) => e.operation ?? null),
      column((e) => e.requestId),
      column((e) => e.clientRequestId ?? null),
      column((e) => JSON.stringify(e.persons)),
      column((e) => JSON.stringify(e.households)),
      column((e) => JSON.stringify(e.fields)),
      column((e) => json(e.filters)),
      column((e) => json(e.refusals)),
      column((e) => e.actor ?? null),
    ]);
  }

  /** Waits for the writes in flight; appends after this still write. */
  async stop() {
    while (this.writing) await this.writing;
  }
}
