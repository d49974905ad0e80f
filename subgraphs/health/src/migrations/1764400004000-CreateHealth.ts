// The first health schema: health files, medical assistance settlements, emergency aid, public-health enrolments.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateHealth1764400004000 implements MigrationInterface {
  name = 'CreateHealth1764400004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE health_file (
        person_key text PRIMARY KEY,
        id_number text NOT NULL UNIQUE CHECK (id_number ~ '^[0-9]{17}[0-9X]$'),
        region_code text NOT NULL CHECK (region_code ~ '^[0-9]{6}$')
      )`);
    await q.query(`CREATE INDEX health_file_region ON health_file (region_code, person_key)`);
    await q.query(`
      CREATE TABLE medical_assistance_settlement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
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
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
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
    await q.query('DROP TABLE public_health_enrollment');
    await q.query('DROP TABLE emergency_medical_aid');
    await q.query('DROP TABLE medical_assistance_settlement');
    await q.query('DROP TABLE health_file');
  }
}
