// The temporary price subsidy (价格临时补贴) paid by month: a payment may go into another payee's account (a
// household's members into the account the household is paid into), and the record of each month's batch.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { REGION_CODE_COLUMN, VERSION_COLUMN } from '../../../../shared/src/migrations/columns';
import { dropTables } from '../../../../shared/src/migrations/tables';

export class PriceSubsidyBatch1764900010100 implements MigrationInterface {
  name = 'PriceSubsidyBatch1764900010100';

  async up(q: QueryRunner): Promise<void> {
    // The payee whose account on file a payment went into: the recipient themself, except for a price subsidy,
    // which is counted per person and paid into the account the person's household is paid into (一卡通).
    await q.query('ALTER TABLE payment ADD COLUMN payee_key text REFERENCES payee (person_key)');
    await q.query('UPDATE payment SET payee_key = person_key');
    await q.query('ALTER TABLE payment ALTER COLUMN payee_key SET NOT NULL');
    await q.query('ALTER TABLE payment DROP CONSTRAINT payment_person_key_fkey');
    await q.query(
      `ALTER TABLE payment ADD CONSTRAINT payment_into_own_account CHECK (payee_key = person_key OR programme = 'PRICE_SUBSIDY')`,
    );

    await q.query(`
      CREATE TABLE price_subsidy_batch (
        month text PRIMARY KEY CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        status text NOT NULL CHECK (status IN ('RUNNING', 'FAILED', 'COMPLETED', 'NOT_TRIGGERED')),
        -- The decision as prices gave it when the batch last ran: indices, triggers and the rule in force.
        cpi text,
        food_cpi text,
        triggers text[] NOT NULL DEFAULT '{}',
        rise_tenths integer CHECK (rise_tenths >= 0),
        rule_id text,
        cpi_trigger text,
        food_cpi_trigger text,
        multiplier text,
        minimum_fen bigint CHECK (minimum_fen >= 0),
        explanation text NOT NULL,
        runs integer NOT NULL DEFAULT 1 CHECK (runs >= 1),
        started_at timestamptz NOT NULL,
        finished_at timestamptz,
        last_error text,
        -- Persons each covered group listed, before a person in several groups is counted once: {"MINIMUM_LIVING_ALLOWANCE": 812, ...}.
        group_counts jsonb NOT NULL DEFAULT '{}',
        ${VERSION_COLUMN},
        CONSTRAINT price_subsidy_batch_failure CHECK ((status = 'FAILED') = (last_error IS NOT NULL)),
        CONSTRAINT price_subsidy_batch_finished CHECK ((status = 'RUNNING') = (finished_at IS NULL))
      )`);
    // Each county's part of a batch: its 低保 standard, the subsidy per person, whom it covered and paid.
    await q.query(`
      CREATE TABLE price_subsidy_county (
        month text NOT NULL REFERENCES price_subsidy_batch (month),
        ${REGION_CODE_COLUMN},
        standard_fen bigint NOT NULL CHECK (standard_fen > 0),
        per_person_fen bigint NOT NULL CHECK (per_person_fen >= 0),
        covered integer NOT NULL CHECK (covered >= 0),
        paid integer NOT NULL CHECK (paid >= 0),
        without_account integer NOT NULL CHECK (without_account >= 0),
        total_fen bigint NOT NULL CHECK (total_fen >= 0),
        PRIMARY KEY (month, region_code)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropTables(q, ['price_subsidy_county', 'price_subsidy_batch']);
    await q.query('ALTER TABLE payment DROP CONSTRAINT payment_into_own_account');
    await q.query('ALTER TABLE payment ADD CONSTRAINT payment_person_key_fkey FOREIGN KEY (person_key) REFERENCES payee (person_key)');
    await q.query('ALTER TABLE payment DROP COLUMN payee_key');
  }
}
