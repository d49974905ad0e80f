// The first civil-affairs schema: person index, households, assistance cases and standards.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCivilAffairs1764400000000 implements MigrationInterface {
  name = 'CreateCivilAffairs1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE household (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code text NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
        address text NOT NULL,
        head_key text,
        registered_on date NOT NULL
      )`);
    await q.query(`
      CREATE TABLE person (
        key text PRIMARY KEY,
        id_number text NOT NULL UNIQUE CHECK (id_number ~ '^[0-9]{17}[0-9X]$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
        gender text NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
        birth_date date NOT NULL,
        region_code text NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
        household_id uuid REFERENCES household (id),
        relation_to_head text CHECK (relation_to_head IN ('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD', 'SIBLING', 'OTHER')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX person_household_id ON person (household_id)`);
    await q.query(`CREATE INDEX person_region_birth ON person (region_code, birth_date)`);
    await q.query(`
      CREATE TABLE assistance_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
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
    await q.query('DROP TABLE assistance_standard');
    await q.query('DROP TABLE assistance_case');
    await q.query('DROP TABLE person');
    await q.query('DROP TABLE household');
  }
}
