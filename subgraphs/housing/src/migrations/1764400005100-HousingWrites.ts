// Writes: versions on changeable records, ended holdings, decision reasons, and the rules writes rely on.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { addVersionColumns, dropVersionColumns } from '../../../../shared/src/migrations/tables';

export class HousingWrites1764400005100 implements MigrationInterface {
  name = 'HousingWrites1764400005100';

  async up(q: QueryRunner): Promise<void> {
    await addVersionColumns(q, ['property_holding', 'housing_assistance']);
    // An ended holding stays on record (verification looks back) but no longer counts as held.
    await q.query(`ALTER TABLE property_holding
      ADD COLUMN ended_on date,
      ADD COLUMN end_reason text CHECK (end_reason IN ('SOLD', 'TRANSFERRED', 'DEMOLISHED', 'INHERITED_OUT')),
      ADD CONSTRAINT property_holding_end_has_reason CHECK ((ended_on IS NULL) = (end_reason IS NULL)),
      ADD CONSTRAINT property_holding_end_after_registration CHECK (ended_on IS NULL OR ended_on >= registered_on)`);
    // One current holding of a certificate per person; also serves the share total per certificate.
    await q.query(`CREATE UNIQUE INDEX property_holding_current_per_certificate ON property_holding (certificate_number, person_key)
      WHERE ended_on IS NULL`);
    await q.query('ALTER TABLE housing_assistance ADD COLUMN status_reason text CHECK (length(status_reason) BETWEEN 1 AND 500)');
    // Renovation grants up to 100,000.00; monthly rent subsidies and rents up to 5,000.00.
    await q.query(`ALTER TABLE housing_assistance ADD CONSTRAINT housing_assistance_amount_bound
      CHECK (amount_fen <= CASE kind WHEN 'DILAPIDATED_RENOVATION' THEN 10000000 ELSE 500000 END)`);
    // One open (applied, approved or active) assistance of a kind per person.
    await q.query(`CREATE UNIQUE INDEX housing_assistance_one_open_per_kind ON housing_assistance (person_key, kind)
      WHERE status IN ('APPLIED', 'APPROVED', 'ACTIVE')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX housing_assistance_one_open_per_kind');
    await q.query('ALTER TABLE housing_assistance DROP CONSTRAINT housing_assistance_amount_bound, DROP COLUMN status_reason');
    await q.query('DROP INDEX property_holding_current_per_certificate');
    await q.query('ALTER TABLE property_holding DROP COLUMN end_reason, DROP COLUMN ended_on');
    await dropVersionColumns(q, ['property_holding', 'housing_assistance']);
  }
}
