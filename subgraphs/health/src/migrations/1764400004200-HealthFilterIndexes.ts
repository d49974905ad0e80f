// Indexes for the recipients filters no index served: one-stop settlement and the self-paid share, without dates.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class HealthFilterIndexes1764400004200 implements MigrationInterface {
  name = 'HealthFilterIndexes1764400004200';

  async up(q: QueryRunner): Promise<void> {
    // medical_assistance_settlement_filter leads with the settlement date; these serve the filters given without one.
    // Like it, they hold settled bills only: a reversed settlement never counts.
    await q.query(
      `CREATE INDEX medical_assistance_settlement_one_stop ON medical_assistance_settlement (one_stop, person_key) WHERE status = 'SETTLED'`,
    );
    await q.query(
      `CREATE INDEX medical_assistance_settlement_self_paid ON medical_assistance_settlement (self_paid_fen, person_key) WHERE status = 'SETTLED'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX medical_assistance_settlement_self_paid');
    await q.query('DROP INDEX medical_assistance_settlement_one_stop');
  }
}
