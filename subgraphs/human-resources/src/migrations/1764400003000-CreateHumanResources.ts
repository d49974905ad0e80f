// The first human-resources schema: employment records, employment services, social insurance enrolments.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { ID_NUMBER_COLUMN, REGION_CODE_COLUMN, UNIQUE_ID_NUMBER_COLUMN, UUID_ID_COLUMN } from '../../../../shared/src/migrations/columns';
import { dropTables } from '../../../../shared/src/migrations/tables';

const RESIDENT_SCHEMES = `('RESIDENT_PENSION', 'RESIDENT_MEDICAL')`;

export class CreateHumanResources1764400003000 implements MigrationInterface {
  name = 'CreateHumanResources1764400003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE employment_record (
        person_key text PRIMARY KEY,
        ${UNIQUE_ID_NUMBER_COLUMN},
        ${REGION_CODE_COLUMN},
        status text NOT NULL CHECK (status IN ('EMPLOYED', 'FLEXIBLY_EMPLOYED', 'UNEMPLOYED', 'NOT_IN_LABOUR_FORCE', 'RETIRED')),
        registered_unemployed boolean NOT NULL,
        unemployment_registered_on date,
        employer_name text CHECK (employer_name IS NULL OR length(employer_name) BETWEEN 1 AND 100),
        -- The registration has a date exactly when it exists, and only the unemployed are registered.
        CHECK (registered_unemployed = (unemployment_registered_on IS NOT NULL)),
        CHECK (NOT registered_unemployed OR status = 'UNEMPLOYED')
      )`);
    await q.query(`CREATE INDEX employment_record_filter ON employment_record (status, registered_unemployed, person_key)`);
    await q.query(`CREATE INDEX employment_record_registered ON employment_record (registered_unemployed, person_key)`);
    await q.query(`CREATE INDEX employment_record_region ON employment_record (region_code, person_key)`);
    await q.query(`
      CREATE TABLE employment_service (
        ${UUID_ID_COLUMN},
        person_key text NOT NULL REFERENCES employment_record (person_key),
        kind text NOT NULL CHECK (kind IN ('JOB_REFERRAL', 'VOCATIONAL_TRAINING', 'PUBLIC_WELFARE_POST', 'ENTREPRENEURSHIP_SUPPORT', 'JOB_SUBSIDY')),
        start_date date NOT NULL,
        end_date date CHECK (end_date IS NULL OR end_date >= start_date),
        provider text CHECK (provider IS NULL OR length(provider) BETWEEN 1 AND 100)
      )`);
    // Serves the loader (by person) and the withoutService filter (by person and start date).
    await q.query(`CREATE INDEX employment_service_person_start ON employment_service (person_key, start_date)`);
    await q.query(`
      CREATE TABLE social_insurance_enrollment (
        person_key text NOT NULL,
        ${ID_NUMBER_COLUMN},
        ${REGION_CODE_COLUMN},
        scheme text NOT NULL CHECK (scheme IN ('EMPLOYEE_PENSION', 'RESIDENT_PENSION', 'EMPLOYEE_MEDICAL', 'RESIDENT_MEDICAL', 'UNEMPLOYMENT', 'WORK_INJURY', 'MATERNITY')),
        status text NOT NULL CHECK (status IN ('CONTRIBUTING', 'SUSPENDED', 'RECEIVING', 'TERMINATED')),
        contribution_base_fen bigint CHECK (contribution_base_fen >= 0),
        since date NOT NULL,
        -- One enrolment per person and scheme; the key also serves the loader.
        PRIMARY KEY (person_key, scheme),
        -- Resident schemes have flat contribution grades, not a base; employee contributions always have one.
        CHECK (scheme NOT IN ${RESIDENT_SCHEMES} OR contribution_base_fen IS NULL),
        CHECK (status <> 'CONTRIBUTING' OR scheme IN ${RESIDENT_SCHEMES} OR contribution_base_fen IS NOT NULL)
      )`);
    await q.query(
      `CREATE INDEX social_insurance_enrollment_filter ON social_insurance_enrollment (scheme, status, region_code, person_key)`,
    );
    await q.query(`CREATE INDEX social_insurance_enrollment_status ON social_insurance_enrollment (status, person_key)`);
    await q.query(`CREATE INDEX social_insurance_enrollment_region ON social_insurance_enrollment (region_code, person_key)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropTables(q, ['social_insurance_enrollment', 'employment_service', 'employment_record']);
  }
}
