// The first health schema: health files, medical assistance settlements, emergency aid, public-health enrolments.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { REGION_CODE_COLUMN, UNIQUE_ID_NUMBER_COLUMN, UUID_ID_COLUMN } from '../../../../shared/src/migrations/columns';
import { dropTables } from '../../../../shared/src/migrations/tables';

export class CreateHealth1764400004000 implements MigrationInterface {
  name = 'CreateHealth1764400004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE health_file (
        person_key text PRIMARY KEY,
        ${UNIQUE_ID_NUMBER_COLUMN},
        ${REGION_CODE_COLUMN}
      )`);
    await q.query(`CREATE INDEX health_file_region ON health_file (region_code, person_key)`);
    await q.query(`
      CREATE TABLE medical_assistance_settlement (
        ${UUID_ID_COLUMN},
        person_key text NOT NULL REFERENCES health_file (person_key),
        settled_on date NOT NULL,
        hospital_name text NOT NULL CHECK (length(hospital_name) BETWEEN 1 AND 100),
        hospital_level text NOT NULL CHECK (hospital_level IN ('TERTIARY', 'SECONDARY', 'PRIMARY')),
        diagnosis_category text NOT NULL CHECK (length(diagnosis_category) BETWEEN 1 AND 50),
        inpatient boolean NOT NULL,
        total_cost_fen bigint NOT NULL CHECK (total_cost_fen >= 0),
        insurance_paid_fen bigint NOT NULL CHECK (insurance_paid_fen >= 0),
        assistance_paid_fen bigint NOT NULL CHECK (assistance_paid_fen >= 0),
        self_paid_fen bigint NOT NULL CHECK (self_paid_fen >= 0),
        one_stop boolean NOT NULL,
        -- The bill is split exactly: every fen is paid by insurance, by assistance or by the patient.
        CHECK (total_cost_fen = insurance_paid_fen + assistance_paid_fen + self_paid_fen)
      )`);
    await q.query(`CREATE INDEX medical_assistance_settlement_person ON medical_assistance_settlement (person_key, settled_on)`);
    await q.query(
      `CREATE INDEX medical_assistance_settlement_filter ON medical_assistance_settlement (settled_on, one_stop, self_paid_fen, person_key)`,
    );
    await q.query(`
      CREATE TABLE emergency_medical_aid (
        ${UUID_ID_COLUMN},
        person_key text NOT NULL REFERENCES health_file (person_key),
        granted_on date NOT NULL,
        amount_fen bigint NOT NULL CHECK (amount_fen >= 0),
        hospital_name text NOT NULL CHECK (length(hospital_name) BETWEEN 1 AND 100)
      )`);
    await q.query(`CREATE INDEX emergency_medical_aid_person ON emergency_medical_aid (person_key, granted_on)`);
    await q.query(`
      CREATE TABLE public_health_enrollment (
        person_key text NOT NULL REFERENCES health_file (person_key),
        program text NOT NULL CHECK (program IN ('ELDERLY_HEALTH_MANAGEMENT', 'HYPERTENSION_MANAGEMENT', 'DIABETES_MANAGEMENT', 'SEVERE_MENTAL_DISORDER_MANAGEMENT', 'CHILD_HEALTH_MANAGEMENT')),
        enrolled_on date NOT NULL,
        -- One enrolment per program; the key also serves the loader.
        PRIMARY KEY (person_key, program)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropTables(q, ['public_health_enrollment', 'emergency_medical_aid', 'medical_assistance_settlement', 'health_file']);
  }
}
