// Writes: versions on certificates and subsidies, why a subsidy changed, and the rules writes rely on.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSION_COLUMN } from '../../../../shared/src/migrations/columns';

export class DisabledPersonsWrites1764400007100 implements MigrationInterface {
  name = 'DisabledPersonsWrites1764400007100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE disability_certificate ADD COLUMN ${VERSION_COLUMN}`);
    // A certificate is valid for at most ten years (2020-02-29 + 10 years is 2030-02-28, as in src/dates.ts).
    await q.query(`ALTER TABLE disability_certificate ADD CONSTRAINT disability_certificate_valid_at_most_ten_years
      CHECK (valid_until <= issued_on + interval '10 years')`);

    await q.query(`ALTER TABLE disability_subsidy ADD COLUMN ${VERSION_COLUMN}`);
    await q.query('ALTER TABLE disability_subsidy ADD COLUMN status_reason text CHECK (length(status_reason) BETWEEN 1 AND 500)');
    await q.query(
      'ALTER TABLE disability_subsidy ADD CONSTRAINT disability_subsidy_amount_range CHECK (monthly_amount_fen > 0 AND monthly_amount_fen <= 100000)',
    );
    // One open subsidy of a kind per person: a suspended one is resumed and an applied one approved, never doubled.
    // It implies disability_subsidy_one_active, which stays for the lacksSubsidy filter.
    await q.query(`CREATE UNIQUE INDEX disability_subsidy_one_open ON disability_subsidy (person_key, kind)
      WHERE status IN ('APPLIED', 'ACTIVE', 'SUSPENDED')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX disability_subsidy_one_open');
    await q.query('ALTER TABLE disability_subsidy DROP CONSTRAINT disability_subsidy_amount_range');
    await q.query('ALTER TABLE disability_subsidy DROP COLUMN status_reason, DROP COLUMN version');
    await q.query('ALTER TABLE disability_certificate DROP CONSTRAINT disability_certificate_valid_at_most_ten_years');
    await q.query('ALTER TABLE disability_certificate DROP COLUMN version');
  }
}
