// Every subgraph's write support: idempotency keys and an append-only change history.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateWriteSupport1764300000001 implements MigrationInterface {
  name = 'CreateWriteSupport1764300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_key (
        key text PRIMARY KEY CHECK (length(key) BETWEEN 8 AND 128),
        subject text NOT NULL,
        operation text NOT NULL,
        request_hash text NOT NULL,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE change_history (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        subject text NOT NULL,
        role text NOT NULL,
        request_id text,
        operation text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb
      )`);
    await q.query('CREATE INDEX change_history_entity ON change_history (entity_type, entity_id, id)');
    await q.query(`CREATE TRIGGER change_history_no_update_or_delete BEFORE UPDATE OR DELETE ON change_history
      FOR EACH ROW EXECUTE FUNCTION access_log_is_append_only()`);
    await q.query(`CREATE TRIGGER change_history_no_truncate BEFORE TRUNCATE ON change_history
      FOR EACH STATEMENT EXECUTE FUNCTION access_log_is_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE change_history');
    await q.query('DROP TABLE idempotency_key');
  }
}
