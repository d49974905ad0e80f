// An index for the jobSeekers filter no index served: services started in the last twelve months.
import { IndexMigration } from '../../../../shared/src/migrations/indexes';

export class HumanResourcesFilterIndexes1764400003200 extends IndexMigration {
  name = 'HumanResourcesFilterIndexes1764400003200';

  indexes = [
    // jobSeekers(filter: { withoutService }): the recent services alone, not every service of every person.
    { name: 'employment_service_start', table: 'employment_service', columns: ['start_date', 'person_key'] },
  ];
}
