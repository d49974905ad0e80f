// Indexes for the analyst filters no index served: households by county or case status, persons by gender or age.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class CivilAffairsFilterIndexes1764400000200 implements MigrationInterface {
  name = 'CivilAffairsFilterIndexes1764400000200';

  async up(q: QueryRunner): Promise<void> {
    // households(filter: { regionCode }): a county's households in key order, so a page reads only its rows.
    await q.query('CREATE INDEX household_region ON household (region_code, id)');
    // households(filter: { status, regionCode }) without a program; assistance_case_filter leads with the program.
    await q.query('CREATE INDEX assistance_case_status ON assistance_case (status, region_code, household_id)');
    // persons(filter: { minAge, maxAge }) without a county; person_region_birth leads with the county.
    await q.query('CREATE INDEX person_birth_date ON person (birth_date)');
    // persons(filter: { gender }), alone or with an age range.
    await q.query('CREATE INDEX person_gender_birth ON person (gender, birth_date)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX person_gender_birth');
    await q.query('DROP INDEX person_birth_date');
    await q.query('DROP INDEX assistance_case_status');
    await q.query('DROP INDEX household_region');
  }
}
