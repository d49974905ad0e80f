// An index that gives the heads of ACTIVE contracts in key order with what landHolders filters on, for its cohort keys.
import { IndexMigration } from '../../../../shared/src/migrations/indexes';

export class AgricultureCohortKeyIndexes1765400012100 extends IndexMigration {
  name = 'AgricultureCohortKeyIndexes1765400012100';

  indexes = [
    // landHoldersCohortKeys(filter: { transferred }) checks each contract's transfers by its id: land_contract_one_active
    // gave the order but not the id, so a page hashed every contract after the cursor (at a million people 177 → 88 ms).
    {
      name: 'land_contract_active_person',
      table: 'land_contract',
      columns: ['person_key'],
      include: ['id', 'region_code', 'area_mu'],
      where: "status = 'ACTIVE'",
    },
  ];
}
