// Writes: versions on changeable records, the note on a file's status, revocable aid, and the aid amount rules.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { addVersionColumns, dropVersionColumns } from '../../../../shared/src/migrations/tables';

export class TradeUnionWrites1764400006100 implements MigrationInterface {
  name = 'TradeUnionWrites1764400006100';

  async up(q: QueryRunner): Promise<void> {
    await addVersionColumns(q, ['difficult_worker_file', 'union_aid']);
    await q.query('ALTER TABLE difficult_worker_file ADD COLUMN status_note text CHECK (length(status_note) BETWEEN 1 AND 500)');
    // A revoked grant stays on record (what was paid and taken back) with when and why.
    await q.query(`ALTER TABLE union_aid
      ADD COLUMN status text NOT NULL DEFAULT 'GRANTED' CHECK (status IN ('GRANTED', 'REVOKED')),
      ADD COLUMN revoked_on date,
      ADD COLUMN revoked_reason text CHECK (length(revoked_reason) BETWEEN 1 AND 500),
      ADD CONSTRAINT union_aid_revocation_complete
        CHECK (((status = 'REVOKED') = (revoked_on IS NOT NULL)) AND ((status = 'REVOKED') = (revoked_reason IS NOT NULL))),
      ADD CONSTRAINT union_aid_revoked_after_grant CHECK (revoked_on IS NULL OR revoked_on >= granted_on)`);
    // At most 50,000.00; 0.00 only for legal aid given as a service.
    await q.query(
      `ALTER TABLE union_aid ADD CONSTRAINT union_aid_amount_rule CHECK (amount_fen <= 5000000 AND (kind = 'LEGAL' OR amount_fen > 0))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE union_aid DROP CONSTRAINT union_aid_amount_rule, DROP CONSTRAINT union_aid_revoked_after_grant,
      DROP CONSTRAINT union_aid_revocation_complete, DROP COLUMN revoked_reason, DROP COLUMN revoked_on, DROP COLUMN status`);
    await q.query('ALTER TABLE difficult_worker_file DROP COLUMN status_note');
    await dropVersionColumns(q, ['difficult_worker_file', 'union_aid']);
  }
}
