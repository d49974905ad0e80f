// The first agriculture schema: land contracts kept against the household's head, and the transfers of their land.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { ID_NUMBER_COLUMN, REGION_CODE_COLUMN, UUID_ID_COLUMN, VERSION_COLUMN } from '../../../../shared/src/migrations/columns';
import { dropTables } from '../../../../shared/src/migrations/tables';

export class CreateAgriculture1764900012000 implements MigrationInterface {
  name = 'CreateAgriculture1764900012000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE land_contract (
        ${UUID_ID_COLUMN},
        person_key text NOT NULL,
        ${ID_NUMBER_COLUMN},
        number text NOT NULL UNIQUE CHECK (number ~ '^[0-9]{18}J$'),
        ${REGION_CODE_COLUMN},
        village_name text NOT NULL CHECK (length(village_name) BETWEEN 1 AND 50),
        member_count integer NOT NULL CHECK (member_count BETWEEN 1 AND 30),
        area_mu numeric(9, 2) NOT NULL CHECK (area_mu > 0 AND area_mu <= 100),
        start_date date NOT NULL CHECK (start_date >= '1978-12-01'),
        end_date date NOT NULL,
        extended_on date CHECK (extended_on >= start_date),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'TERMINATED')),
        ended_on date,
        status_reason text CHECK (length(status_reason) BETWEEN 1 AND 500),
        ${VERSION_COLUMN},
        -- The contract number begins with the county of the land.
        CONSTRAINT land_contract_number_names_county CHECK (left(number, 6) = region_code),
        -- Cultivated land is contracted for 30 years and extended once by 30 (Rural Land Contract Law Art 21).
        CONSTRAINT land_contract_term CHECK (end_date > start_date
          AND end_date <= start_date + CASE WHEN extended_on IS NULL THEN interval '30 years' ELSE interval '60 years' END),
        CONSTRAINT land_contract_terminated CHECK ((status = 'TERMINATED') = (ended_on IS NOT NULL)
          AND (status = 'TERMINATED') = (status_reason IS NOT NULL)
          AND ended_on BETWEEN start_date AND end_date),
        -- The key of land_transfer's reference, which holds each transfer's person to its contract's head.
        UNIQUE (id, person_key)
      )`);
    await q.query('CREATE INDEX land_contract_person_key ON land_contract (person_key)');
    // A head holds one contract in force (the household's); the index also orders the landHolders list.
    await q.query(`CREATE UNIQUE INDEX land_contract_one_active ON land_contract (person_key) WHERE status = 'ACTIVE'`);
    await q.query(`CREATE INDEX land_contract_active_region ON land_contract (region_code, person_key) WHERE status = 'ACTIVE'`);
    await q.query(`CREATE INDEX land_contract_active_area ON land_contract (area_mu, person_key) WHERE status = 'ACTIVE'`);

    await q.query(`
      CREATE TABLE land_transfer (
        ${UUID_ID_COLUMN},
        contract_id uuid NOT NULL,
        person_key text NOT NULL,
        transferee_kind text NOT NULL CHECK (transferee_kind IN ('COOPERATIVE', 'ENTERPRISE', 'FARMER')),
        transferee_name text NOT NULL CHECK (length(transferee_name) BETWEEN 1 AND 100),
        area_mu numeric(9, 2) NOT NULL CHECK (area_mu > 0),
        -- At most 5,000.00 yuan a mu a year.
        annual_rent_fen bigint NOT NULL CHECK (annual_rent_fen >= 0 AND annual_rent_fen <= area_mu * 500000),
        start_date date NOT NULL,
        end_date date NOT NULL CHECK (end_date > start_date),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ENDED', 'TERMINATED')),
        ended_on date CHECK (ended_on BETWEEN start_date AND end_date),
        special_group text CHECK (special_group IN ('EXTREME_POVERTY', 'DISABLED', 'ELDERLY')),
        status_reason text CHECK (length(status_reason) BETWEEN 1 AND 500),
        ${VERSION_COLUMN},
        CONSTRAINT land_transfer_ended CHECK ((status = 'ACTIVE') = (ended_on IS NULL)
          AND (status <> 'ACTIVE' OR status_reason IS NULL)
          AND (status <> 'TERMINATED' OR status_reason IS NOT NULL)),
        FOREIGN KEY (contract_id, person_key) REFERENCES land_contract (id, person_key)
      )`);
    await q.query('CREATE INDEX land_transfer_person_key ON land_transfer (person_key)');
    // The land a contract has in transfer (the area rule), and the landHolders filters on it.
    await q.query(`CREATE INDEX land_transfer_active_contract ON land_transfer (contract_id) WHERE status = 'ACTIVE'`);
    await q.query(`CREATE INDEX land_transfer_active_group ON land_transfer (special_group, contract_id) WHERE status = 'ACTIVE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropTables(q, ['land_transfer', 'land_contract']);
  }
}
