// Indexes for the recipients filters no index served: one-stop settlement and the self-paid share, without dates.
import { IndexMigration } from '../../../../shared/src/migrations/indexes';

export class HealthFilterIndexes1764400004200 extends IndexMigration {
  name = 'HealthFilterIndexes1764400004200';

  // medical_assistance_settlement_filter leads with the settlement date; these serve the filters given without one.
  // Like it, they hold settled bills only: a reversed settlement never counts.
  indexes = [
    {
      name: 'medical_assistance_settlement_one_stop',
      table: 'medical_assistance_settlement',
      columns: ['one_stop', 'person_key'],
      where: "status = 'SETTLED'",
    },
    {
      name: 'medical_assistance_settlement_self_paid',
      table: 'medical_assistance_settlement',
      columns: ['self_paid_fen', 'person_key'],
      where: "status = 'SETTLED'",
    },
  ];
}
