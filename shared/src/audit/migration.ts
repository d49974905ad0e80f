// Every subgraph's access log table: append-only at the database level (triggers refuse UPDATE, DELETE, TRUNCATE).
import { MigrationInterface, QueryRunner } from 'typeorm';
import { canonicalRow, canonicalRowBeforeActor, GENESIS_HASH } from './chain';

/** The access log's migrations never go down: its entries are kept for at least three years. */
async function neverMigratedDown(): Promise<void> {
  throw new Error('The access log is kept for at least three years; it is never migrated down');
}

/**
 * Keeps a table append-only as the access log is: triggers refuse every UPDATE, DELETE and TRUNCATE of it
 * (access_log_is_append_only, created with the access log). The change history is kept the same way.
 */
export async function keepAppendOnly(q: QueryRunner, table: string): Promise<void> {
  await q.query(`CREATE TRIGGER ${table}_no_update_or_delete BEFORE UPDATE OR DELETE ON ${table}
      FOR EACH ROW EXECUTE FUNCTION access_log_is_append_only()`);
  await q.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
      FOR EACH STATEMENT EXECUTE FUNCTION access_log_is_append_only()`);
}

/**
 * The chain's trigger function: it takes the head under a row lock, numbers the new row after it and hashes the row,
 * as `canonical` writes it out, onto the head. Created with the chain, and replaced when the row gained its actor.
 */
const chainRowFunction = (create: 'CREATE' | 'CREATE OR REPLACE', canonical: (row: string) => string) => `
      ${create} FUNCTION access_log_chain_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
      DECLARE
        head access_log_chain%ROWTYPE;
      BEGIN
        SELECT * INTO head FROM access_log_chain WHERE id = 1 FOR UPDATE;
        NEW.id := nextval(pg_get_serial_sequence('access_log', 'id'));
        NEW.prev_hash := head.last_hash;
        NEW.hash := pg_catalog.sha256(head.last_hash || pg_catalog.convert_to(${canonical('NEW')}, 'UTF8'));
        UPDATE access_log_chain SET last_id = NEW.id, last_hash = NEW.hash WHERE id = 1;
        RETURN NEW;
      END $$`;

export class CreateAccessLog1764300000000 implements MigrationInterface {
  name = 'CreateAccessLog1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE access_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        subject text NOT NULL,
        role text NOT NULL,
        purpose text,
        operation text,
        request_id text,
        person_keys text[] NOT NULL DEFAULT '{}',
        fields text[] NOT NULL DEFAULT '{}'
      )`);
    await q.query('CREATE INDEX access_log_at ON access_log (at)');
    await q.query('CREATE INDEX access_log_subject_at ON access_log (subject, at)');
    await q.query('CREATE INDEX access_log_person_keys ON access_log USING gin (person_keys)');
    // PIPL Art 56: processing records are kept; nobody, the service included, rewrites them.
    await q.query(`
      CREATE FUNCTION access_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'access_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await keepAppendOnly(q, 'access_log');
    await q.query('REVOKE UPDATE, DELETE, TRUNCATE ON access_log FROM PUBLIC');
  }

  down = neverMigratedDown;
}

/**
 * An auditor's page of one subject's reads (newest first, by id) reads just that page: (subject, id) replaces
 * (subject, at), whose pages sorted every entry of the subject first. A time range on a subject's entries
 * is filtered along the same index; ids and times grow together.
 */
export class AccessLogSubjectPages1764500000000 implements MigrationInterface {
  name = 'AccessLogSubjectPages1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX access_log_subject_id ON access_log (subject, id)');
    await q.query('DROP INDEX access_log_subject_at');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX access_log_subject_at ON access_log (subject, at)');
    await q.query('DROP INDEX access_log_subject_id');
  }
}

/**
 * What every read now records (households, filters, refusals, the caller's own request id) and the hash
 * chain: a BEFORE INSERT trigger, owned by the owner role and running with its rights, takes the chain's
 * head under a row lock, numbers the row after it (so ids follow the chain even when writers race), and
 * hashes it onto the head. The runtime role has no right on the head; the owner can still disable the
 * trigger and rewrite rows, which `npm run audit:verify` finds (shared/src/audit/chain.ts).
 */
export class AccessLogChain1764600000000 implements MigrationInterface {
  name = 'AccessLogChain1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE access_log
      ADD COLUMN client_request_id text,
      ADD COLUMN household_keys text[] NOT NULL DEFAULT '{}',
      ADD COLUMN filters jsonb,
      ADD COLUMN refusals jsonb,
      ADD COLUMN prev_hash bytea,
      ADD COLUMN hash bytea`);
    await q.query('CREATE INDEX access_log_household_keys ON access_log USING gin (household_keys)');
    await q.query(`CREATE TABLE access_log_chain (
      id int PRIMARY KEY CHECK (id = 1),
      last_id bigint NOT NULL,
      last_hash bytea NOT NULL
    )`);
    await q.query('INSERT INTO access_log_chain (id, last_id, last_hash) VALUES (1, 0, $1)', [GENESIS_HASH]);
    await q.query(chainRowFunction('CREATE', canonicalRowBeforeActor));
    await q.query('REVOKE ALL ON FUNCTION access_log_chain_row() FROM PUBLIC');
    // Entries written before the chain existed join it in id order, so the whole log verifies.
    await q.query('ALTER TABLE access_log DISABLE TRIGGER access_log_no_update_or_delete');
    await q.query(`
      DO $$
      DECLARE
        r record;
        previous bytea := (SELECT last_hash FROM access_log_chain WHERE id = 1);
        digest bytea;
        last bigint := 0;
      BEGIN
        FOR r IN SELECT * FROM access_log ORDER BY id LOOP
          digest := pg_catalog.sha256(previous || pg_catalog.convert_to(${canonicalRowBeforeActor('r')}, 'UTF8'));
          UPDATE access_log SET prev_hash = previous, hash = digest WHERE id = r.id;
          previous := digest;
          last := r.id;
        END LOOP;
        UPDATE access_log_chain SET last_id = last, last_hash = previous WHERE id = 1;
      END $$`);
    await q.query('ALTER TABLE access_log ENABLE TRIGGER access_log_no_update_or_delete');
    await q.query(`CREATE TRIGGER access_log_chain BEFORE INSERT ON access_log FOR EACH ROW EXECUTE FUNCTION access_log_chain_row()`);
  }

  down = neverMigratedDown;
}

/**
 * The service that read for the subject, when one did (shared/src/auth/delegation.ts): a nullable column, and
 * the chain's trigger re-created to hash it. A row without an actor hashes as before (chain.ts canonicalRow), so
 * the chain written so far verifies unchanged.
 */
export class AccessLogActor1765400000000 implements MigrationInterface {
  name = 'AccessLogActor1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE access_log ADD COLUMN actor text');
    // CREATE OR REPLACE keeps the function's owner and its revoked EXECUTE, and the trigger that calls it.
    await q.query(chainRowFunction('CREATE OR REPLACE', canonicalRow));
  }

  down = neverMigratedDown;
}
