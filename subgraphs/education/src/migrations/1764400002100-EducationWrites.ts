// Writes: enrolment ids, versions and how an enrolment ended; aid status and versions; the rules writes rely on.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSION_COLUMN } from '../../../../shared/src/migrations/columns';

export class EducationWrites1764400002100 implements MigrationInterface {
  name = 'EducationWrites1764400002100';

  async up(q: QueryRunner): Promise<void> {
    // The natural key (one enrolment per person and school year) stays the primary key; the id names one to change.
    await q.query('ALTER TABLE enrollment ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid()');
    await q.query('ALTER TABLE enrollment ADD CONSTRAINT enrollment_id_key UNIQUE (id)');
    await q.query(`ALTER TABLE enrollment ADD COLUMN ${VERSION_COLUMN}`);
    await q.query('ALTER TABLE enrollment ADD COLUMN ended_on date');
    await q.query(
      "ALTER TABLE enrollment ADD COLUMN end_reason text CHECK (end_reason IN ('GRADUATED', 'TRANSFERRED', 'DROPPED_OUT', 'DECEASED'))",
    );
    await q.query('ALTER TABLE enrollment ADD CONSTRAINT enrollment_end_complete CHECK ((ended_on IS NULL) = (end_reason IS NULL))');
    await q.query('ALTER TABLE enrollment ADD CONSTRAINT enrollment_end_after_start CHECK (ended_on >= enrolled_on)');
    // Grades per stage as src/rules.ts has them (六三制: six primary years, three junior and three senior).
    await q.query(`ALTER TABLE enrollment ADD CONSTRAINT enrollment_grade_in_stage
      CHECK (grade <= CASE stage WHEN 'PRIMARY' THEN 6 WHEN 'UNDERGRADUATE' THEN 5 ELSE 3 END)`);

    await q.query(`ALTER TABLE education_aid ADD COLUMN ${VERSION_COLUMN}`);
    await q.query("ALTER TABLE education_aid ADD COLUMN status text NOT NULL DEFAULT 'GRANTED' CHECK (status IN ('GRANTED', 'REVOKED'))");
    await q.query('ALTER TABLE education_aid ADD COLUMN status_reason text CHECK (length(status_reason) BETWEEN 1 AND 500)');
    await q.query(
      "ALTER TABLE education_aid ADD CONSTRAINT education_aid_revoked_with_reason CHECK ((status = 'REVOKED') = (status_reason IS NOT NULL))",
    );
    await q.query('ALTER TABLE education_aid ADD CONSTRAINT education_aid_amount_range CHECK (amount_fen > 0 AND amount_fen <= 2000000)');
    // One grant of a kind per student and year counts only standing grants: a revoked one stays as history
    // and a corrected grant may follow it.
    await q.query('ALTER TABLE education_aid DROP CONSTRAINT education_aid_person_key_kind_school_year_key');
    await q.query(
      `CREATE UNIQUE INDEX education_aid_one_granted ON education_aid (person_key, kind, school_year) WHERE status = 'GRANTED'`,
    );
    // What the dropped constraint's index also served: the aid loader (by person) and the aid filters.
    await q.query('CREATE INDEX education_aid_person_year_kind ON education_aid (person_key, school_year, kind)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX education_aid_person_year_kind');
    await q.query('DROP INDEX education_aid_one_granted');
    await q.query(
      'ALTER TABLE education_aid ADD CONSTRAINT education_aid_person_key_kind_school_year_key UNIQUE (person_key, kind, school_year)',
    );
    await q.query(
      'ALTER TABLE education_aid DROP CONSTRAINT education_aid_amount_range, DROP CONSTRAINT education_aid_revoked_with_reason',
    );
    await q.query('ALTER TABLE education_aid DROP COLUMN status_reason, DROP COLUMN status, DROP COLUMN version');
    await q.query(
      'ALTER TABLE enrollment DROP CONSTRAINT enrollment_grade_in_stage, DROP CONSTRAINT enrollment_end_after_start, DROP CONSTRAINT enrollment_end_complete',
    );
    await q.query('ALTER TABLE enrollment DROP COLUMN end_reason, DROP COLUMN ended_on, DROP COLUMN version, DROP COLUMN id');
  }
}
