// An index for the disabledPersons filter no index served at its kind: who is paid a subsidy of one kind.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class DisabledPersonsFilterIndexes1764400007200 implements MigrationInterface {
  name = 'DisabledPersonsFilterIndexes1764400007200';

  async up(q: QueryRunner): Promise<void> {
    // disabledPersons(filter: { lacksSubsidy }) counts certificates against the active subsidies of one kind;
    // disability_subsidy_one_active leads with the person, so it could only give them all.
    await q.query(`CREATE INDEX disability_subsidy_active_kind ON disability_subsidy (kind, person_key) WHERE status = 'ACTIVE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX disability_subsidy_active_kind');
  }
}
