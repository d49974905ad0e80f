// Writes: a version on every record callers change (lost-update guard), and case decision details.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { addVersionColumns, dropVersionColumns } from '../../../../shared/src/migrations/tables';

export class VersionsAndCaseDetails1764400000100 implements MigrationInterface {
  name = 'VersionsAndCaseDetails1764400000100';

  async up(q: QueryRunner): Promise<void> {
    await addVersionColumns(q, ['person', 'household', 'assistance_case']);
    await q.query('ALTER TABLE assistance_case ADD COLUMN status_reason text CHECK (length(status_reason) <= 500)');
    await q.query('ALTER TABLE assistance_case ADD COLUMN per_capita_income_fen bigint CHECK (per_capita_income_fen >= 0)');
    // One open case of a program per household; temporary assistance may recur.
    await q.query(`CREATE UNIQUE INDEX assistance_case_one_open_per_program ON assistance_case (household_id, program)
      WHERE status IN ('APPLIED', 'UNDER_REVIEW', 'ACTIVE', 'SUSPENDED') AND program <> 'TEMPORARY_ASSISTANCE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX assistance_case_one_open_per_program');
    await q.query('ALTER TABLE assistance_case DROP COLUMN per_capita_income_fen, DROP COLUMN status_reason');
    await dropVersionColumns(q, ['person', 'household', 'assistance_case']);
  }
}
