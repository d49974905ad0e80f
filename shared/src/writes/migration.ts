// Every subgraph's write support: idempotency keys and an append-only change history.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { keepAppendOnly } from '../audit/migration';
import { dropTables } from '../migrations/tables';

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
    await keepAppendOnly(q, 'change_history');
  }

  async down(q: QueryRunner): Promise<void> {
    await dropTables(q, ['change_history', 'idempotency_key']);
  }
}

/**
 * Idempotency keys belong to their caller and expire; the stored answer names the record, not its data.
 * Keys are (subject, key): two callers' keys never meet, so a key in use reveals nothing to another caller.
 * The whole rows the old `response` column kept (ID numbers among them) are dropped with it: a retry of a
 * request made before this migration answers CONFLICT saying its answer is no longer kept.
 */
export class IdempotencyKeysPerCaller1764800000100 implements MigrationInterface {
  name = 'IdempotencyKeysPerCaller1764800000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM idempotency_key WHERE created_at < now() - interval '24 hours'`);
    await q.query('ALTER TABLE idempotency_key DROP CONSTRAINT idempotency_key_pkey');
    await q.query('ALTER TABLE idempotency_key ADD PRIMARY KEY (subject, key)');
    await q.query('ALTER TABLE idempotency_key DROP COLUMN response');
    // The answer to give again: which entity (TypeORM's name) and its primary key, read afresh on a replay.
    await q.query('ALTER TABLE idempotency_key ADD COLUMN answer_entity text, ADD COLUMN answer_id jsonb');
    await q.query('CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX idempotency_key_created_at');
    await q.query('ALTER TABLE idempotency_key DROP COLUMN answer_id, DROP COLUMN answer_entity, ADD COLUMN response jsonb');
    await q.query('ALTER TABLE idempotency_key DROP CONSTRAINT idempotency_key_pkey');
    await q.query('DELETE FROM idempotency_key a USING idempotency_key b WHERE a.key = b.key AND a.subject > b.subject');
    await q.query('ALTER TABLE idempotency_key ADD PRIMARY KEY (key)');
  }
}
