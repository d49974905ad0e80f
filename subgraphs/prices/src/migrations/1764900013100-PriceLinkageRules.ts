// The rules of the linkage of assistance standards to prices (社会救助和保障标准与物价上涨挂钩联动机制), by period, with
// the city's defaults and the lowered CPI trigger of 2022-09 to 2023-03 as adopted.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { UUID_ID_COLUMN, VERSION_COLUMN } from '../../../../shared/src/migrations/columns';

const MONTH = `~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`;

export class PriceLinkageRules1764900013100 implements MigrationInterface {
  name = 'PriceLinkageRules1764900013100';

  async up(q: QueryRunner): Promise<void> {
    // A rule covers the months from valid_from to valid_to (open when null). Periods may nest: a later rule
    // (a notice lowering the trigger for a few months) supersedes the earlier ones for its months, so the rule in
    // force for a month is the covering rule adopted last (the highest seq).
    await q.query(`
      CREATE TABLE price_linkage_rule (
        ${UUID_ID_COLUMN},
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        valid_from text NOT NULL CHECK (valid_from ${MONTH} AND valid_from >= '2000-01'),
        valid_to text CHECK (valid_to ${MONTH} AND valid_to >= valid_from),
        -- Triggers in tenths of a percent year on year: 35 fires at CPI 103.5 and above.
        cpi_trigger_tenths integer NOT NULL CHECK (cpi_trigger_tenths BETWEEN 1 AND 200),
        food_cpi_trigger_tenths integer NOT NULL CHECK (food_cpi_trigger_tenths BETWEEN 1 AND 300),
        -- The subsidy per person: the 低保 standard times the CPI rise times multiplier_percent / 100, at least minimum_fen.
        multiplier_percent integer NOT NULL CHECK (multiplier_percent BETWEEN 1 AND 1000),
        minimum_fen bigint NOT NULL CHECK (minimum_fen BETWEEN 0 AND 100000),
        adopted_on date NOT NULL,
        "basis" text NOT NULL CHECK (length("basis") BETWEEN 1 AND 500),
        correction_reason text CHECK (length(correction_reason) BETWEEN 1 AND 500),
        ${VERSION_COLUMN},
        -- As adopted a rule has no correction; every correction says why.
        CHECK ((version = 1) = (correction_reason IS NULL))
      )`);
    await q.query('CREATE INDEX price_linkage_rule_period ON price_linkage_rule (valid_from, seq DESC)');
    await q.query(`
      INSERT INTO price_linkage_rule (valid_from, valid_to, cpi_trigger_tenths, food_cpi_trigger_tenths, multiplier_percent, minimum_fen, adopted_on, "basis")
      VALUES ('2014-01', NULL, 35, 60, 100, 500, '2014-06-01',
              '默认联动条件: 居民消费价格指数(CPI)单月同比涨幅达到3.5%或食品价格单月同比涨幅达到6%时启动'),
             ('2022-09', '2023-03', 30, 60, 100, 500, '2022-09-01',
              '阶段性降低启动条件: 2022年9月至2023年3月, CPI单月同比涨幅达到3%即启动')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE price_linkage_rule');
  }
}
