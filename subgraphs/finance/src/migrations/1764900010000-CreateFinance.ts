// The first finance schema: budget lines, allocations, the payees, the payment ledger and performance evaluations, with the rules the writes keep.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { REGION_CODE_COLUMN, UNIQUE_ID_NUMBER_COLUMN, UUID_ID_COLUMN, VERSION_COLUMN } from '../../../../shared/src/migrations/columns';
import { dropTables } from '../../../../shared/src/migrations/tables';

const PROGRAMMES = `('MINIMUM_LIVING_ALLOWANCE', 'EXTREME_POVERTY_SUPPORT', 'TEMPORARY_ASSISTANCE', 'DISABILITY_SUBSIDIES', 'PRICE_SUBSIDY')`;

export class FinanceCreate1764900010000 implements MigrationInterface {
  name = 'FinanceCreate1764900010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE budget (
        ${UUID_ID_COLUMN},
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        ${REGION_CODE_COLUMN},
        programme text NOT NULL CHECK (programme IN ${PROGRAMMES}),
        amount_fen bigint NOT NULL CHECK (amount_fen >= 0),
        central_share_fen bigint NOT NULL CHECK (central_share_fen >= 0),
        provincial_share_fen bigint NOT NULL CHECK (provincial_share_fen >= 0),
        city_share_fen bigint NOT NULL CHECK (city_share_fen >= 0),
        county_share_fen bigint NOT NULL CHECK (county_share_fen >= 0),
        ${VERSION_COLUMN},
        CONSTRAINT budget_shares_add_up CHECK (central_share_fen + provincial_share_fen + city_share_fen + county_share_fen = amount_fen),
        -- One line per year, county and programme; it also serves budgets(year, regionCode, programme).
        CONSTRAINT budget_one_line UNIQUE (year, region_code, programme)
      )`);

    await q.query(`
      CREATE TABLE allocation (
        ${UUID_ID_COLUMN},
        budget_id uuid NOT NULL REFERENCES budget (id),
        allocated_on date NOT NULL,
        amount_fen bigint NOT NULL CHECK (amount_fen > 0),
        reference text NOT NULL CHECK (length(reference) BETWEEN 1 AND 50),
        ${VERSION_COLUMN}
      )`);
    await q.query('CREATE INDEX allocation_budget ON allocation (budget_id, allocated_on)');
    // A line's allocations never add up to more than its amount, and fall in its year (or its advance quarter):
    // checked when an allocation is written and when a line's amount changes. search_path pinned: it runs as its caller.
    await q.query(`
      CREATE FUNCTION allocation_within_budget() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      DECLARE
        line budget%ROWTYPE;
        total bigint;
      BEGIN
        -- Each branch names only its own table's columns: plpgsql resolves NEW's fields when it runs a statement.
        IF TG_TABLE_NAME = 'budget' THEN
          line := NEW;
        ELSE
          SELECT * INTO line FROM budget WHERE id = NEW.budget_id;
          IF NOT (NEW.allocated_on BETWEEN make_date(line.year - 1, 10, 1) AND make_date(line.year, 12, 31)) THEN
            RAISE EXCEPTION 'allocation % is dated %, outside the year of budget % (%)', NEW.id, NEW.allocated_on, line.id, line.year
              USING ERRCODE = 'check_violation', CONSTRAINT = 'allocation_in_budget_year';
          END IF;
        END IF;
        SELECT coalesce(sum(amount_fen), 0) INTO total FROM allocation WHERE budget_id = line.id;
        IF total > line.amount_fen THEN
          RAISE EXCEPTION 'the allocations of budget % (% fen) would exceed its amount (% fen)', line.id, total, line.amount_fen
            USING ERRCODE = 'check_violation', CONSTRAINT = 'allocation_within_budget';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE CONSTRAINT TRIGGER allocation_within_budget AFTER INSERT OR UPDATE OF budget_id, amount_fen, allocated_on ON allocation
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION allocation_within_budget()`);
    await q.query(`CREATE CONSTRAINT TRIGGER budget_covers_allocations AFTER UPDATE OF amount_fen ON budget
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION allocation_within_budget()`);

    // Whom the bureau pays, under which ID number, and the account on file (the last one paid into).
    await q.query(`
      CREATE TABLE payee (
        person_key text PRIMARY KEY,
        ${UNIQUE_ID_NUMBER_COLUMN},
        bank text NOT NULL CHECK (length(bank) BETWEEN 1 AND 50),
        account_number text NOT NULL CHECK (account_number ~ '^[0-9]{16,19}$'),
        ${VERSION_COLUMN}
      )`);

    await q.query(`
      CREATE TABLE payment (
        ${UUID_ID_COLUMN},
        person_key text NOT NULL REFERENCES payee (person_key),
        programme text NOT NULL CHECK (programme IN ${PROGRAMMES}),
        month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' AND month >= '2014-01'),
        ${REGION_CODE_COLUMN},
        amount_fen bigint NOT NULL CHECK (amount_fen > 0 AND amount_fen <= 5000000),
        paid_on date NOT NULL,
        bank text NOT NULL CHECK (length(bank) BETWEEN 1 AND 50),
        account_number text NOT NULL CHECK (account_number ~ '^[0-9]{16,19}$'),
        status text NOT NULL CHECK (status IN ('PAID', 'RETURNED', 'REISSUED')),
        returned_on date,
        return_reason text CHECK (return_reason IN ('ACCOUNT_CLOSED', 'ACCOUNT_FROZEN', 'NAME_MISMATCH', 'ACCOUNT_NOT_FOUND')),
        reissue_of uuid REFERENCES payment (id) CHECK (reissue_of <> id),
        ${VERSION_COLUMN},
        -- Benefits are not paid ahead of their month.
        CONSTRAINT payment_not_ahead CHECK (paid_on >= to_date(month || '-01', 'YYYY-MM-DD')),
        -- A return has its day and reason, and only a returned (or reissued) payment has them.
        CONSTRAINT payment_return_recorded CHECK ((status = 'PAID') = (returned_on IS NULL) AND (returned_on IS NULL) = (return_reason IS NULL)),
        CONSTRAINT payment_returned_after_paid CHECK (returned_on >= paid_on)
      )`);
    // A person's ledger, newest month first: Person.payments and Household.payments read it in this order.
    await q.query('CREATE INDEX payment_person ON payment (person_key, month DESC, paid_on DESC, id DESC)');
    // One standing payment of a programme and month per person: a returned one is reissued, never paid twice.
    await q.query(
      `CREATE UNIQUE INDEX payment_one_standing ON payment (person_key, programme, month) WHERE status IN ('PAID', 'RETURNED')`,
    );
    // A returned payment is reissued once; Payment.reissuedBy looks the reissue up by it.
    await q.query('CREATE UNIQUE INDEX payment_reissue_of ON payment (reissue_of) WHERE reissue_of IS NOT NULL');
    // paymentRecipients filters: each leads one index. The county's, with amounts and statuses, also sums a
    // budget line's spending (Budget.spent, recordPayment's check) from the index alone.
    await q.query('CREATE INDEX payment_month ON payment (month, region_code, programme, person_key)');
    await q.query('CREATE INDEX payment_region ON payment (region_code, programme, month) INCLUDE (status, amount_fen)');
    await q.query('CREATE INDEX payment_programme ON payment (programme, month, person_key)');
    await q.query(`CREATE INDEX payment_unpaid ON payment (status, person_key) WHERE status <> 'PAID'`);
    // returnedPayments: the returns, newest first (about one payment in two hundred).
    await q.query(`CREATE INDEX payment_returned ON payment (returned_on DESC, id DESC) WHERE status <> 'PAID'`);

    await q.query(`
      CREATE TABLE performance_evaluation (
        ${UUID_ID_COLUMN},
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        ${REGION_CODE_COLUMN},
        score integer NOT NULL CHECK (score BETWEEN 0 AND 100),
        grade text NOT NULL,
        findings text NOT NULL CHECK (length(findings) BETWEEN 1 AND 2000),
        award_fen bigint NOT NULL CHECK (award_fen >= 0),
        evaluated_on date NOT NULL CHECK (evaluated_on > make_date(year, 12, 31)),
        CONSTRAINT performance_evaluation_grade CHECK (grade = CASE WHEN score >= 90 THEN 'EXCELLENT' WHEN score >= 80 THEN 'GOOD'
                                                                      WHEN score >= 60 THEN 'PASS' ELSE 'FAIL' END),
        -- Only the counties that did well are awarded.
        CONSTRAINT performance_evaluation_award CHECK (award_fen = 0 OR grade IN ('EXCELLENT', 'GOOD')),
        CONSTRAINT performance_evaluation_one UNIQUE (year, region_code)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropTables(q, ['performance_evaluation', 'payment', 'payee']);
    await q.query('DROP TRIGGER budget_covers_allocations ON budget');
    await q.query('DROP TABLE allocation');
    await q.query('DROP FUNCTION allocation_within_budget()');
    await q.query('DROP TABLE budget');
  }
}
