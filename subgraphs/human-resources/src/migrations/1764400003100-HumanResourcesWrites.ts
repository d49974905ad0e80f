// Writes: versions on changeable records, status dates, how registrations end, enrolment ids, and the rules writes rely on.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { addVersionColumns, dropVersionColumns } from '../../../../shared/src/migrations/tables';

export class HumanResourcesWrites1764400003100 implements MigrationInterface {
  name = 'HumanResourcesWrites1764400003100';

  async up(q: QueryRunner): Promise<void> {
    await addVersionColumns(q, ['employment_record', 'employment_service', 'social_insurance_enrollment']);
    // The day the status began (unknown for records kept before writes), and how the last registration ended.
    await q.query(`ALTER TABLE employment_record
      ADD COLUMN status_since date,
      ADD COLUMN unemployment_ended_on date,
      ADD COLUMN unemployment_end_reason text CHECK (unemployment_end_reason IN ('EMPLOYED', 'SELF_EMPLOYED', 'MOVED_AWAY', 'RETIRED', 'WITHDRAWN')),
      ADD CONSTRAINT employment_record_end_has_reason CHECK ((unemployment_ended_on IS NULL) = (unemployment_end_reason IS NULL)),
      ADD CONSTRAINT employment_record_registered_not_ended CHECK (NOT (registered_unemployed AND unemployment_ended_on IS NOT NULL)),
      ADD CONSTRAINT employment_record_employer_of_employed CHECK (employer_name IS NULL OR status = 'EMPLOYED')`);
    // One open service of a kind per person (a person holds one public welfare post at a time).
    await q.query(
      'CREATE UNIQUE INDEX employment_service_one_open_per_kind ON employment_service (person_key, kind) WHERE end_date IS NULL',
    );

    // A terminated enrolment stays as history and the person may enrol in the scheme again: the enrolment gets
    // an id, and "one per person and scheme" holds for those not TERMINATED.
    await q.query('ALTER TABLE social_insurance_enrollment ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid()');
    await q.query('ALTER TABLE social_insurance_enrollment DROP CONSTRAINT social_insurance_enrollment_pkey');
    await q.query('ALTER TABLE social_insurance_enrollment ADD PRIMARY KEY (id)');
    await q.query(`CREATE UNIQUE INDEX social_insurance_enrollment_one_open_per_scheme ON social_insurance_enrollment (person_key, scheme)
      WHERE status <> 'TERMINATED'`);
    // What the dropped primary key also served: the loader, by person.
    await q.query('CREATE INDEX social_insurance_enrollment_person ON social_insurance_enrollment (person_key, since)');
    // Benefits are drawn without contributions, and only from the schemes that pay them (src/rules.ts BENEFIT_SCHEMES).
    await q.query(`ALTER TABLE social_insurance_enrollment
      ADD CONSTRAINT social_insurance_enrollment_receiving_without_base CHECK (status <> 'RECEIVING' OR contribution_base_fen IS NULL),
      ADD CONSTRAINT social_insurance_enrollment_receiving_scheme
        CHECK (status <> 'RECEIVING' OR scheme IN ('EMPLOYEE_PENSION', 'RESIDENT_PENSION', 'EMPLOYEE_MEDICAL', 'UNEMPLOYMENT'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE social_insurance_enrollment
      DROP CONSTRAINT social_insurance_enrollment_receiving_scheme, DROP CONSTRAINT social_insurance_enrollment_receiving_without_base`);
    await q.query('DROP INDEX social_insurance_enrollment_person');
    await q.query('DROP INDEX social_insurance_enrollment_one_open_per_scheme');
    await q.query('ALTER TABLE social_insurance_enrollment DROP CONSTRAINT social_insurance_enrollment_pkey');
    await q.query('ALTER TABLE social_insurance_enrollment ADD PRIMARY KEY (person_key, scheme)');
    await q.query('ALTER TABLE social_insurance_enrollment DROP COLUMN id');
    await q.query('DROP INDEX employment_service_one_open_per_kind');
    await q.query(`ALTER TABLE employment_record
      DROP CONSTRAINT employment_record_employer_of_employed, DROP CONSTRAINT employment_record_registered_not_ended,
      DROP CONSTRAINT employment_record_end_has_reason,
      DROP COLUMN unemployment_end_reason, DROP COLUMN unemployment_ended_on, DROP COLUMN status_since`);
    await dropVersionColumns(q, ['employment_record', 'employment_service', 'social_insurance_enrollment']);
  }
}
