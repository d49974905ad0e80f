// The first disabled-persons schema: disability certificates and the two subsidies.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { REGION_CODE_COLUMN, UNIQUE_ID_NUMBER_COLUMN, UUID_ID_COLUMN } from '../../../../shared/src/migrations/columns';
import { dropTables } from '../../../../shared/src/migrations/tables';

export class CreateDisabledPersons1764400007000 implements MigrationInterface {
  name = 'CreateDisabledPersons1764400007000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE disability_certificate (
        person_key text PRIMARY KEY,
        ${UNIQUE_ID_NUMBER_COLUMN},
        number text NOT NULL UNIQUE,
        category text NOT NULL CHECK (category IN ('VISUAL', 'HEARING', 'SPEECH', 'PHYSICAL', 'INTELLECTUAL', 'MENTAL', 'MULTIPLE')),
        grade integer NOT NULL CHECK (grade BETWEEN 1 AND 4),
        issued_on date NOT NULL,
        valid_until date NOT NULL CHECK (valid_until > issued_on),
        ${REGION_CODE_COLUMN},
        -- The third-generation certificate number: ID number, category digit (GB/T 26341), grade digit.
        CHECK (number = id_number
          || CASE category WHEN 'VISUAL' THEN '1' WHEN 'HEARING' THEN '2' WHEN 'SPEECH' THEN '3' WHEN 'PHYSICAL' THEN '4'
                           WHEN 'INTELLECTUAL' THEN '5' WHEN 'MENTAL' THEN '6' WHEN 'MULTIPLE' THEN '7' END
          || grade::text)
      )`);
    await q.query(`CREATE INDEX disability_certificate_grade ON disability_certificate (grade, person_key)`);
    await q.query(`CREATE INDEX disability_certificate_category ON disability_certificate (category, person_key)`);
    await q.query(`CREATE INDEX disability_certificate_region ON disability_certificate (region_code, person_key)`);
    await q.query(`
      CREATE TABLE disability_subsidy (
        ${UUID_ID_COLUMN},
        person_key text NOT NULL REFERENCES disability_certificate (person_key),
        kind text NOT NULL CHECK (kind IN ('LIVING', 'SEVERE_CARE')),
        monthly_amount_fen bigint NOT NULL CHECK (monthly_amount_fen >= 0),
        status text NOT NULL CHECK (status IN ('APPLIED', 'ACTIVE', 'SUSPENDED', 'TERMINATED')),
        start_date date NOT NULL,
        end_date date CHECK (end_date >= start_date),
        CHECK ((status = 'TERMINATED') = (end_date IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX disability_subsidy_person_key ON disability_subsidy (person_key)`);
    // A person is paid a kind of subsidy once at a time; the index also answers the lacksSubsidy filter.
    await q.query(`CREATE UNIQUE INDEX disability_subsidy_one_active ON disability_subsidy (person_key, kind) WHERE status = 'ACTIVE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropTables(q, ['disability_subsidy', 'disability_certificate']);
  }
}
