// The first housing schema: property holdings and housing-assistance records, keyed by person.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { ID_NUMBER_COLUMN, REGION_CODE_COLUMN, UUID_ID_COLUMN } from '../../../../shared/src/migrations/columns';
import { dropTables } from '../../../../shared/src/migrations/tables';

export class CreateHousing1764400005000 implements MigrationInterface {
  name = 'CreateHousing1764400005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE property_holding (
        ${UUID_ID_COLUMN},
        ${ID_NUMBER_COLUMN},
        person_key text NOT NULL,
        ${REGION_CODE_COLUMN},
        kind text NOT NULL CHECK (kind IN ('RESIDENTIAL', 'RURAL_HOMESTEAD', 'COMMERCIAL', 'PARKING')),
        area_sqm numeric(8, 2) NOT NULL CHECK (area_sqm > 0),
        address text NOT NULL CHECK (length(address) BETWEEN 1 AND 200),
        certificate_number text NOT NULL CHECK (certificate_number ~ '^.+\\([0-9]{4}\\).+不动产权第[0-9]{7}号$'),
        registered_on date NOT NULL,
        share numeric(4, 3) NOT NULL CHECK (share > 0 AND share <= 1)
      )`);
    await q.query(`CREATE INDEX property_holding_person_key ON property_holding (person_key)`);
    await q.query(`CREATE INDEX property_holding_filter ON property_holding (kind, region_code, person_key)`);
    await q.query(`CREATE INDEX property_holding_region ON property_holding (region_code, person_key)`);
    await q.query(`
      CREATE TABLE housing_assistance (
        ${UUID_ID_COLUMN},
        ${ID_NUMBER_COLUMN},
        person_key text NOT NULL,
        ${REGION_CODE_COLUMN},
        kind text NOT NULL CHECK (kind IN ('DILAPIDATED_RENOVATION', 'PUBLIC_RENTAL', 'RENT_SUBSIDY')),
        status text NOT NULL CHECK (status IN ('APPLIED', 'APPROVED', 'ACTIVE', 'COMPLETED', 'TERMINATED', 'REJECTED')),
        amount_fen bigint CHECK (amount_fen >= 0),
        start_date date NOT NULL,
        end_date date CHECK (end_date IS NULL OR end_date >= start_date),
        unit_address text CHECK (unit_address IS NULL OR length(unit_address) BETWEEN 1 AND 200)
      )`);
    await q.query(`CREATE INDEX housing_assistance_person_key ON housing_assistance (person_key)`);
    await q.query(`CREATE INDEX housing_assistance_filter ON housing_assistance (kind, status, region_code, person_key)`);
    await q.query(`CREATE INDEX housing_assistance_status ON housing_assistance (status, person_key)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropTables(q, ['housing_assistance', 'property_holding']);
  }
}
