// Every subgraph's outbox: the operations its service must send to the graph, written in the transaction of
// the change that causes them, so that a change and its message are committed together or not at all.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOutbox1765000000000 implements MigrationInterface {
  name = 'CreateOutbox1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        created_at timestamptz NOT NULL DEFAULT now(),
        kind text NOT NULL,
        dedupe_key text UNIQUE,
        document text NOT NULL,
        variables jsonb NOT NULL,
        purpose text NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        delivered_at timestamptz
      )`);
    await q.query('CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE delivered_at IS NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE outbox');
  }
}
