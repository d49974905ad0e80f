// Indexes for the analyst filters no index served: households by county or case status, persons by gender or age.
import { IndexMigration } from '../../../../shared/src/migrations/indexes';

export class CivilAffairsFilterIndexes1764400000200 extends IndexMigration {
  name = 'CivilAffairsFilterIndexes1764400000200';

  indexes = [
    // households(filter: { regionCode }): a county's households in key order, so a page reads only its rows.
    { name: 'household_region', table: 'household', columns: ['region_code', 'id'] },
    // households(filter: { status, regionCode }) without a program; assistance_case_filter leads with the program.
    { name: 'assistance_case_status', table: 'assistance_case', columns: ['status', 'region_code', 'household_id'] },
    // persons(filter: { minAge, maxAge }) without a county; person_region_birth leads with the county.
    { name: 'person_birth_date', table: 'person', columns: ['birth_date'] },
    // persons(filter: { gender }), alone or with an age range.
    { name: 'person_gender_birth', table: 'person', columns: ['gender', 'birth_date'] },
  ];
}
