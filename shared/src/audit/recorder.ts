// Records which persons and fields each request read, and appends them to the access log in batches.
import { DataSource } from 'typeorm';
import { Identity } from '../auth/tokens';
import { logger } from '../log';

/** What one subgraph request read; filled by the policy wrapper as fields resolve. */
export class AccessRecord {
  readonly persons = new Set<string>();
  readonly fields = new Set<string>();
  operation?: string;
}

interface PendingEntry {
  identity: Identity;
  operation?: string;
  persons: Set<string>;
  fields: Set<string>;
  touchedAt: number;
}

/**
 * Buffers entries and writes them with one multi-row INSERT. Entries of one gateway request (one
 * request id) that reach this subgraph in several plan steps are merged into one row, so a read is
 * one log entry per subgraph; an entry is written once its request has been quiet for `quietMs`.
 */
export class AccessLogWriter {
  private pending = new Map<string, PendingEntry>();
  private timer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly db: DataSource, private readonly subgraph: string, private readonly quietMs = 200, private readonly maxPending = 50_000) {}

  start() {
    this.timer = setInterval(() => void this.flush(false), this.quietMs);
    this.timer.unref();
  }

  record(identity: Identity, access: AccessRecord) {
    if (access.persons.size === 0 && access.fields.size === 0) return;
    const existing = this.pending.get(identity.requestId);
    if (existing) {
      access.persons.forEach((p) => existing.persons.add(p));
      access.fields.forEach((f) => existing.fields.add(f));
      existing.touchedAt = Date.now();
      return;
    }
    if (this.pending.size >= this.maxPending) {
      logger.error({ subgraph: this.subgraph, pending: this.pending.size }, 'access log backlog full; writing now');
      void this.flush(true);
    }
    this.pending.set(identity.requestId, { identity, operation: access.operation, persons: new Set(access.persons), fields: new Set(access.fields), touchedAt: Date.now() });
  }

  /** Writes quiet entries (or all, when `all`); on failure keeps them for the next attempt. */
  flush(all = true): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      const cutoff = Date.now() - this.quietMs;
      const ready = [...this.pending.entries()].filter(([, e]) => all || e.touchedAt <= cutoff);
      if (ready.length === 0) return;
      ready.forEach(([rid]) => this.pending.delete(rid));
      const params: unknown[] = [];
      const rows = ready.map(([rid, e]) => {
        params.push(e.identity.subject, e.identity.role, e.identity.purpose ?? null, e.operation ?? null, rid, [...e.persons], [...e.fields]);
        const n = params.length;
        return `($${n - 6}, $${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}::text[], $${n}::text[])`;
      });
      try {
        await this.db.query(`INSERT INTO access_log (subject, role, purpose, operation, request_id, person_keys, fields) VALUES ${rows.join(', ')}`, params);
      } catch (err) {
        ready.forEach(([rid, e]) => this.pending.set(rid, e));
        logger.error({ subgraph: this.subgraph, err, entries: ready.length }, 'could not write the access log; will retry');
      }
    });
    return this.flushing;
  }

  async stop() {
    if (this.timer) clearInterval(this.timer);
    await this.flush(true);
  }
}
