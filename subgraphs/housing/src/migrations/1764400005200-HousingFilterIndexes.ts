// An index for the housingAssistanceRecipients filter no index served: the county, given without a kind.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class HousingFilterIndexes1764400005200 implements MigrationInterface {
  name = 'HousingFilterIndexes1764400005200';

  async up(q: QueryRunner): Promise<void> {
    // housing_assistance_filter leads with the kind; a county's recipients in key order, so a page reads only its rows.
    await q.query('CREATE INDEX housing_assistance_region ON housing_assistance (region_code, person_key)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX housing_assistance_region');
  }
}
