// The first civil-affairs schema: person index, households, assistance cases and standards.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { REGION_CODE_COLUMN, UNIQUE_ID_NUMBER_COLUMN, UUID_ID_COLUMN } from '../../../../shared/src/migrations/columns';
import { dropTables } from '../../../../shared/src/migrations/tables';

export class CreateCivilAffairs1764400000000 implements MigrationInterface {
  name = 'CreateCivilAffairs1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE household (
        ${UUID_ID_COLUMN},
        ${REGION_CODE_COLUMN},
        address text NOT NULL,
        head_key text,
        registered_on date NOT NULL
      )`);
    await q.query(`
      CREATE TABLE person (
        key text PRIMARY KEY,
        ${UNIQUE_ID_NUMBER_COLUMN},
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
        gender text NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
        birth_date date NOT NULL,
        ${REGION_CODE_COLUMN},
        household_id uuid REFERENCES household (id),
        relation_to_head text CHECK (relation_to_head IN ('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD', 'SIBLING', 'OTHER')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX person_household_id ON person (household_id)`);
    await q.query(`CREATE INDEX person_region_birth ON person (region_code, birth_date)`);
    await q.query(`
      CREATE TABLE assistance_case (
        ${UUID_ID_COLUMN},
        household_id uuid NOT NULL REFERENCES household (id),
        region_code text NOT NULL,
        program text NOT NULL CHECK (program IN ('MINIMUM_LIVING_ALLOWANCE', 'EXTREME_POVERTY_SUPPORT', 'TEMPORARY_ASSISTANCE', 'LOW_INCOME_CERTIFICATION')),
        status text NOT NULL CHECK (status IN ('APPLIED', 'UNDER_REVIEW', 'ACTIVE', 'SUSPENDED', 'TERMINATED', 'REJECTED')),
        monthly_amount_fen bigint CHECK (monthly_amount_fen >= 0),
        one_off_amount_fen bigint CHECK (one_off_amount_fen >= 0),
        start_date date NOT NULL,
        end_date date CHECK (end_date IS NULL OR end_date >= start_date)
      )`);
    await q.query(`CREATE INDEX assistance_case_household_id ON assistance_case (household_id)`);
    await q.query(`CREATE INDEX assistance_case_filter ON assistance_case (program, status, region_code, household_id)`);
    await q.query(`
      CREATE TABLE assistance_standard (
        region_code text NOT NULL,
        program text NOT NULL,
        effective_from date NOT NULL,
        monthly_amount_fen bigint NOT NULL CHECK (monthly_amount_fen >= 0),
        PRIMARY KEY (region_code, program, effective_from)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropTables(q, ['assistance_standard', 'assistance_case', 'person', 'household']);
  }
}
