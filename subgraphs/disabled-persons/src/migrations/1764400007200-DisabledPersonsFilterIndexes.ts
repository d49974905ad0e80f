// An index for the disabledPersons filter no index served at its kind: who is paid a subsidy of one kind.
import { IndexMigration } from '../../../../shared/src/migrations/indexes';

export class DisabledPersonsFilterIndexes1764400007200 extends IndexMigration {
  name = 'DisabledPersonsFilterIndexes1764400007200';

  indexes = [
    // disabledPersons(filter: { lacksSubsidy }) counts certificates against the active subsidies of one kind;
    // disability_subsidy_one_active leads with the person, so it could only give them all.
    { name: 'disability_subsidy_active_kind', table: 'disability_subsidy', columns: ['kind', 'person_key'], where: "status = 'ACTIVE'" },
  ];
}
