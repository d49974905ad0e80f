// An index that gives current property holders in key order with what propertyHolders filters on, for its cohort keys.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class HousingCohortKeyIndexes1765400005100 implements MigrationInterface {
  name = 'HousingCohortKeyIndexes1765400005100';

  async up(q: QueryRunner): Promise<void> {
    // propertyHoldersCohortKeys groups current holdings by person in key order (with their count and area):
    // property_holding_person_key gave the order but read every holding's row for ended_on (at a million people
    // a page 182 → 31 ms).
    await q.query(
      'CREATE INDEX property_holding_current_person ON property_holding (person_key) INCLUDE (kind, region_code, area_sqm) WHERE ended_on IS NULL',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX property_holding_current_person');
  }
}
