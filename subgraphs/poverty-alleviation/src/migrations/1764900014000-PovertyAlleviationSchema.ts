// The poverty-alleviation schema: monitored households, their members and risk causes, and support measures, with the rules writes rely on.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { REGION_CODE_COLUMN, UNIQUE_ID_NUMBER_COLUMN, UUID_ID_COLUMN, VERSION_COLUMN } from '../../../../shared/src/migrations/columns';
import { dropTables } from '../../../../shared/src/migrations/tables';

export class PovertyAlleviationSchema1764900014000 implements MigrationInterface {
  name = 'PovertyAlleviationSchema1764900014000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE monitored_household (
        ${UUID_ID_COLUMN},
        head_person_key text NOT NULL UNIQUE,
        ${REGION_CODE_COLUMN},
        category text NOT NULL CHECK (category IN ('UNSTABLE_ESCAPED', 'MARGINAL', 'SUDDEN_HARDSHIP')),
        status text NOT NULL CHECK (status IN ('MONITORED', 'RISK_ELIMINATED')),
        -- The monitoring mechanism began on 2020-03-20 (src/rules.ts, MONITORING_BEGAN).
        registered_on date NOT NULL CHECK (registered_on >= DATE '2020-03-20'),
        risk_eliminated_on date CHECK (risk_eliminated_on >= registered_on),
        risk_elimination_reason text CHECK (length(risk_elimination_reason) BETWEEN 1 AND 500),
        ${VERSION_COLUMN},
        -- Monitoring closes with a date and a reason, and only then.
        CONSTRAINT monitored_household_eliminated_on CHECK ((status = 'RISK_ELIMINATED') = (risk_eliminated_on IS NOT NULL)),
        CONSTRAINT monitored_household_elimination_reason CHECK ((status = 'RISK_ELIMINATED') = (risk_elimination_reason IS NOT NULL))
      )`);
    // The analysts' filters, each an index whose entries end with the household's id.
    await q.query('CREATE INDEX monitored_household_region ON monitored_household (region_code, id)');
    await q.query('CREATE INDEX monitored_household_category ON monitored_household (category, id)');
    await q.query('CREATE INDEX monitored_household_status ON monitored_household (status, id)');

    await q.query(`
      CREATE TABLE monitored_member (
        person_key text PRIMARY KEY,
        ${UNIQUE_ID_NUMBER_COLUMN},
        monitored_household_id uuid NOT NULL REFERENCES monitored_household (id),
        -- 0 is the head; ten members at most (src/rules.ts, MAX_OTHER_MEMBERS).
        position integer NOT NULL CHECK (position BETWEEN 0 AND 9),
        UNIQUE (monitored_household_id, position),
        UNIQUE (monitored_household_id, person_key)
      )`);

    await q.query(`
      CREATE TABLE monitored_risk_cause (
        monitored_household_id uuid NOT NULL REFERENCES monitored_household (id),
        cause text NOT NULL CHECK (cause IN ('ILLNESS', 'SCHOOLING', 'DISABILITY', 'DISASTER', 'UNEMPLOYMENT', 'ACCIDENT', 'OTHER')),
        PRIMARY KEY (monitored_household_id, cause)
      )`);
    await q.query('CREATE INDEX monitored_risk_cause_cause ON monitored_risk_cause (cause, monitored_household_id)');

    await q.query(`
      CREATE TABLE support_measure (
        ${UUID_ID_COLUMN},
        monitored_household_id uuid NOT NULL,
        person_key text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('INDUSTRY', 'EMPLOYMENT', 'MICRO_CREDIT', 'EDUCATION', 'HEALTH', 'HOUSING_SAFETY', 'SOCIAL_ASSISTANCE_REFERRAL')),
        -- At most 50,000.00 yuan (src/rules.ts, MAX_AMOUNT_FEN).
        amount_fen bigint CHECK (amount_fen > 0 AND amount_fen <= 5000000),
        start_date date NOT NULL,
        end_date date,
        status text NOT NULL CHECK (status IN ('ACTIVE', 'COMPLETED', 'TERMINATED')),
        status_reason text CHECK (length(status_reason) BETWEEN 1 AND 500),
        ${VERSION_COLUMN},
        -- The member it is for belongs to the household it supports.
        FOREIGN KEY (monitored_household_id, person_key) REFERENCES monitored_member (monitored_household_id, person_key),
        -- A measure is planned at most five years (src/rules.ts, MEASURE_YEARS).
        CONSTRAINT support_measure_term CHECK (end_date >= start_date AND end_date <= start_date + interval '5 years'),
        -- A loan has a sum and a term of at most three years; a referral moves no money.
        CONSTRAINT support_measure_loan CHECK (
          kind <> 'MICRO_CREDIT' OR (amount_fen IS NOT NULL AND end_date IS NOT NULL AND end_date <= start_date + interval '3 years')),
        CONSTRAINT support_measure_referral_moves_no_money CHECK (kind <> 'SOCIAL_ASSISTANCE_REFERRAL' OR amount_fen IS NULL),
        -- A closed measure has its last day; a terminated one says why.
        CONSTRAINT support_measure_closed_has_end CHECK (status = 'ACTIVE' OR end_date IS NOT NULL),
        CONSTRAINT support_measure_terminated_has_reason CHECK (status <> 'TERMINATED' OR status_reason IS NOT NULL)
      )`);
    await q.query('CREATE INDEX support_measure_household ON support_measure (monitored_household_id)');
    // withoutMeasure: whether a household has an ACTIVE measure.
    await q.query(`CREATE INDEX support_measure_household_active ON support_measure (monitored_household_id) WHERE status = 'ACTIVE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropTables(q, ['support_measure', 'monitored_risk_cause', 'monitored_member', 'monitored_household']);
  }
}
