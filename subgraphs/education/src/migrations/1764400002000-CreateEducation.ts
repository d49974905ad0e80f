// The first education schema: students, their enrolments per school year and the aid granted to them.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { UNIQUE_ID_NUMBER_COLUMN, UUID_ID_COLUMN } from '../../../../shared/src/migrations/columns';
import { dropTables } from '../../../../shared/src/migrations/tables';

const SCHOOL_YEAR = `school_year ~ '^[0-9]{4}-[0-9]{4}$' AND right(school_year, 4)::int = left(school_year, 4)::int + 1`;

export class CreateEducation1764400002000 implements MigrationInterface {
  name = 'CreateEducation1764400002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE student (
        person_key text PRIMARY KEY,
        ${UNIQUE_ID_NUMBER_COLUMN}
      )`);
    await q.query(`
      CREATE TABLE enrollment (
        person_key text NOT NULL REFERENCES student (person_key),
        school_year text NOT NULL CHECK (${SCHOOL_YEAR}),
        school_name text NOT NULL CHECK (length(school_name) BETWEEN 1 AND 100),
        stage text NOT NULL CHECK (stage IN ('PRESCHOOL', 'PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'SECONDARY_VOCATIONAL', 'HIGHER_VOCATIONAL', 'UNDERGRADUATE')),
        grade integer NOT NULL CHECK (grade BETWEEN 1 AND 6),
        enrolled_on date,
        PRIMARY KEY (person_key, school_year)
      )`);
    await q.query(`CREATE INDEX enrollment_filter ON enrollment (school_year, stage, person_key)`);
    await q.query(`
      CREATE TABLE education_aid (
        ${UUID_ID_COLUMN},
        person_key text NOT NULL REFERENCES student (person_key),
        kind text NOT NULL CHECK (kind IN ('FEE_WAIVER', 'LIVING_ALLOWANCE', 'GRANT')),
        amount_fen bigint NOT NULL CHECK (amount_fen >= 0),
        school_year text NOT NULL CHECK (${SCHOOL_YEAR}),
        granted_on date NOT NULL,
        -- One grant of a kind per student and year; the index also serves the loader and the aid filters.
        UNIQUE (person_key, kind, school_year)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropTables(q, ['education_aid', 'enrollment', 'student']);
  }
}
