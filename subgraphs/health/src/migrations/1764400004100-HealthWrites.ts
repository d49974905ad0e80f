// Writes: settlement status and versions, amount bounds, enrolment ids and ends, and the rules writes rely on.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSION_COLUMN } from '../../../../shared/src/migrations/columns';

export class HealthWrites1764400004100 implements MigrationInterface {
  name = 'HealthWrites1764400004100';

  async up(q: QueryRunner): Promise<void> {
    // A settlement found wrong is REVERSED, with the reason, and kept: never deleted.
    await q.query(`ALTER TABLE medical_assistance_settlement
      ADD COLUMN ${VERSION_COLUMN},
      ADD COLUMN status text NOT NULL DEFAULT 'SETTLED' CHECK (status IN ('SETTLED', 'REVERSED')),
      ADD COLUMN status_reason text CHECK (length(status_reason) BETWEEN 1 AND 500),
      ADD CONSTRAINT medical_assistance_settlement_reversed_with_reason CHECK ((status = 'REVERSED') = (status_reason IS NOT NULL)),
      ADD CONSTRAINT medical_assistance_settlement_total_range CHECK (total_cost_fen > 0 AND total_cost_fen <= 200000000)`);
    // The recipients filter counts settled bills only; its index does too.
    await q.query('DROP INDEX medical_assistance_settlement_filter');
    await q.query(`CREATE INDEX medical_assistance_settlement_filter ON medical_assistance_settlement (settled_on, one_stop, self_paid_fen, person_key)
      WHERE status = 'SETTLED'`);
    await q.query(
      'ALTER TABLE emergency_medical_aid ADD CONSTRAINT emergency_medical_aid_amount_range CHECK (amount_fen > 0 AND amount_fen <= 20000000)',
    );

    // An ended enrolment stays as history and the person may be enrolled again: the enrolment gets an id, and
    // "one per person and program" holds for the open ones.
    await q.query('ALTER TABLE public_health_enrollment ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid()');
    await q.query('ALTER TABLE public_health_enrollment DROP CONSTRAINT public_health_enrollment_pkey');
    await q.query('ALTER TABLE public_health_enrollment ADD PRIMARY KEY (id)');
    await q.query(`ALTER TABLE public_health_enrollment
      ADD COLUMN ${VERSION_COLUMN},
      ADD COLUMN ended_on date,
      ADD COLUMN end_reason text CHECK (end_reason IN ('AGED_OUT', 'MOVED_AWAY', 'DECEASED', 'DECLINED', 'DIAGNOSIS_REVISED')),
      ADD CONSTRAINT public_health_enrollment_end_has_reason CHECK ((ended_on IS NULL) = (end_reason IS NULL)),
      ADD CONSTRAINT public_health_enrollment_end_after_start CHECK (ended_on >= enrolled_on)`);
    await q.query(
      'CREATE UNIQUE INDEX public_health_enrollment_one_open_per_program ON public_health_enrollment (person_key, program) WHERE ended_on IS NULL',
    );
    // What the dropped primary key also served: the loader, by person.
    await q.query('CREATE INDEX public_health_enrollment_person ON public_health_enrollment (person_key, enrolled_on)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX public_health_enrollment_person');
    await q.query('DROP INDEX public_health_enrollment_one_open_per_program');
    await q.query(`ALTER TABLE public_health_enrollment
      DROP CONSTRAINT public_health_enrollment_end_after_start, DROP CONSTRAINT public_health_enrollment_end_has_reason,
      DROP COLUMN end_reason, DROP COLUMN ended_on, DROP COLUMN version`);
    await q.query('ALTER TABLE public_health_enrollment DROP CONSTRAINT public_health_enrollment_pkey');
    await q.query('ALTER TABLE public_health_enrollment ADD PRIMARY KEY (person_key, program)');
    await q.query('ALTER TABLE public_health_enrollment DROP COLUMN id');
    await q.query('ALTER TABLE emergency_medical_aid DROP CONSTRAINT emergency_medical_aid_amount_range');
    await q.query('DROP INDEX medical_assistance_settlement_filter');
    await q.query(
      'CREATE INDEX medical_assistance_settlement_filter ON medical_assistance_settlement (settled_on, one_stop, self_paid_fen, person_key)',
    );
    await q.query(`ALTER TABLE medical_assistance_settlement
      DROP CONSTRAINT medical_assistance_settlement_total_range, DROP CONSTRAINT medical_assistance_settlement_reversed_with_reason,
      DROP COLUMN status_reason, DROP COLUMN status, DROP COLUMN version`);
  }
}
