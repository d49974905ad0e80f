// The price bureau's schema: published price indices, the spending survey's households and months, the standards' price basis.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { REGION_CODE_COLUMN, UNIQUE_ID_NUMBER_COLUMN, UUID_ID_COLUMN, VERSION_COLUMN } from '../../../../shared/src/migrations/columns';
import { dropTables } from '../../../../shared/src/migrations/tables';

const MONTH = `~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`;
const CATEGORIES = ['food', 'clothing', 'housing', 'utilities', 'transport', 'education', 'medical', 'other'];

export class CreatePrices1764900013000 implements MigrationInterface {
  name = 'CreatePrices1764900013000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE price_index (
        id text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('CPI', 'FOOD_CPI')),
        month text NOT NULL CHECK (month ${MONTH} AND month >= '2000-01'),
        -- Tenths of the year-on-year index: 50.0 to 150.0 (src/figures.ts).
        value_tenths integer NOT NULL CHECK (value_tenths BETWEEN 500 AND 1500),
        published_on date NOT NULL,
        correction_reason text CHECK (length(correction_reason) BETWEEN 1 AND 500),
        ${VERSION_COLUMN},
        -- One index per kind and month, and the id names them.
        CHECK (id = month || ':' || kind),
        -- An index is published once the month it measures is over.
        CHECK (published_on >= (month || '-01')::date + interval '1 month'),
        -- As first published an index has no correction; every correction says why.
        CHECK ((version = 1) = (correction_reason IS NULL))
      )`);
    // priceIndices(filter: { kind, from, to }), with a kind or months alone; the primary key orders the list.
    await q.query('CREATE INDEX price_index_kind_month ON price_index (kind, month)');
    await q.query('CREATE INDEX price_index_month ON price_index (month, kind)');

    await q.query(`
      CREATE TABLE survey_household (
        person_key text PRIMARY KEY,
        ${UNIQUE_ID_NUMBER_COLUMN},
        ${REGION_CODE_COLUMN},
        stratum text NOT NULL CHECK (stratum IN ('MINIMUM_LIVING_ALLOWANCE', 'LOW_INCOME_CERTIFICATION')),
        sampled_on date NOT NULL CHECK (sampled_on >= '2000-01-01'),
        status text NOT NULL CHECK (status IN ('ACTIVE', 'WITHDRAWN')),
        withdrawn_on date CHECK (withdrawn_on >= sampled_on),
        withdrawn_reason text CHECK (length(withdrawn_reason) BETWEEN 1 AND 500),
        ${VERSION_COLUMN},
        CHECK ((status = 'WITHDRAWN') = (withdrawn_on IS NOT NULL)),
        CHECK ((status = 'WITHDRAWN') = (withdrawn_reason IS NOT NULL))
      )`);
    // surveyHouseholds(filter: { regionCode, stratum, status }), each in the list's order.
    await q.query('CREATE INDEX survey_household_region ON survey_household (region_code, person_key)');
    await q.query('CREATE INDEX survey_household_stratum ON survey_household (stratum, person_key)');
    await q.query('CREATE INDEX survey_household_status ON survey_household (status, person_key)');

    await q.query(`
      CREATE TABLE survey_month (
        ${UUID_ID_COLUMN},
        person_key text NOT NULL REFERENCES survey_household (person_key),
        month text NOT NULL CHECK (month ${MONTH} AND month >= '2000-01'),
        household_size integer NOT NULL CHECK (household_size BETWEEN 1 AND 20),
        ${CATEGORIES.map((c) => `${c}_fen bigint NOT NULL CHECK (${c}_fen BETWEEN 0 AND 2000000),`).join('\n        ')}
        recorded_on date NOT NULL,
        correction_reason text CHECK (length(correction_reason) BETWEEN 1 AND 500),
        ${VERSION_COLUMN},
        -- A household spends something every month.
        CHECK (${CATEGORIES.map((c) => `${c}_fen`).join(' + ')} > 0),
        -- A month is recorded once it is over.
        CHECK (recorded_on >= (month || '-01')::date + interval '1 month'),
        CHECK ((version = 1) = (correction_reason IS NULL)),
        -- One record per household and month; it also serves the profile's loader and the month filter's probe.
        UNIQUE (person_key, month)
      )`);
    // surveyHouseholds(filter: { month }) when the planner starts from the month.
    await q.query('CREATE INDEX survey_month_month ON survey_month (month, person_key)');

    await q.query(`
      CREATE TABLE standard_basis (
        region_code text PRIMARY KEY CHECK (region_code ~ '^[0-9]{6}$'),
        standard_fen bigint NOT NULL CHECK (standard_fen > 0),
        effective_from date NOT NULL,
        food_basket_fen bigint NOT NULL CHECK (food_basket_fen > 0 AND food_basket_fen <= standard_fen),
        cpi_month text NOT NULL CHECK (cpi_month ${MONTH}),
        -- A standard is adjusted to prices already published when it takes effect.
        CHECK ((cpi_month || '-01')::date < effective_from)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropTables(q, ['standard_basis', 'survey_month', 'survey_household', 'price_index']);
  }
}
