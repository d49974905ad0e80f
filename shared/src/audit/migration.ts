// Every subgraph's access log table: append-only at the database level (triggers refuse UPDATE, DELETE, TRUNCATE).
import { MigrationInterface, QueryRunner } from 'typeorm';

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
    await q.query(`CREATE TRIGGER access_log_no_update_or_delete BEFORE UPDATE OR DELETE ON access_log
      FOR EACH ROW EXECUTE FUNCTION access_log_is_append_only()`);
    await q.query(`CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
      FOR EACH STATEMENT EXECUTE FUNCTION access_log_is_append_only()`);
    await q.query('REVOKE UPDATE, DELETE, TRUNCATE ON access_log FROM PUBLIC');
  }

  async down(): Promise<void> {
    throw new Error('The access log is kept for at least three years; it is never migrated down');
  }
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
