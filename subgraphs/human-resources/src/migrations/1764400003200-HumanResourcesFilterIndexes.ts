// An index for the jobSeekers filter no index served: services started in the last twelve months.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class HumanResourcesFilterIndexes1764400003200 implements MigrationInterface {
  name = 'HumanResourcesFilterIndexes1764400003200';

  async up(q: QueryRunner): Promise<void> {
    // jobSeekers(filter: { withoutService }): the recent services alone, not every service of every person.
    await q.query('CREATE INDEX employment_service_start ON employment_service (start_date, person_key)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX employment_service_start');
  }
}
