// An index for the housingAssistanceRecipients filter no index served: the county, given without a kind.
import { IndexMigration } from '../../../../shared/src/migrations/indexes';

export class HousingFilterIndexes1764400005200 extends IndexMigration {
  name = 'HousingFilterIndexes1764400005200';

  indexes = [
    // housing_assistance_filter leads with the kind; a county's recipients in key order, so a page reads only its rows.
    { name: 'housing_assistance_region', table: 'housing_assistance', columns: ['region_code', 'person_key'] },
  ];
}
