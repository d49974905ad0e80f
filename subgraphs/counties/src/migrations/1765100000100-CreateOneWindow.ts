// One-window intake (一门受理、协同办理, Interim Measures Art 60): the routing rules (a table, seeded here and set
// anew by counties' writes, that refers each need to its unit with a deadline in working days), the applications the township windows take,
// and the referrals routed from them with the status each unit last reported.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { UUID_ID_COLUMN } from '../../../../shared/src/migrations/columns';
import { dropTables } from '../../../../shared/src/migrations/tables';

const NEEDS = `'MINIMUM_LIVING', 'EXTREME_POVERTY', 'TEMPORARY_ASSISTANCE', 'EDUCATION_AID', 'HOUSING', 'MEDICAL_ASSISTANCE',
  'EMPLOYMENT_ASSISTANCE', 'LEGAL_AID', 'UNION_AID', 'DISABILITY_CERTIFICATION', 'DISABILITY_SUBSIDY'`;
/** The units with a referral inbox (shared/src/referrals/units.ts). */
const INBOX_UNITS = `'CIVIL_AFFAIRS', 'EDUCATION', 'HUMAN_RESOURCES', 'HEALTH', 'HOUSING', 'TRADE_UNION', 'DISABLED_PERSONS', 'JUSTICE'`;
const STATUSES = `'ROUTED', 'RECEIVED', 'ACCEPTED', 'INFORMATION_REQUESTED', 'GRANTED', 'REFUSED'`;

/** The rules as the city's one-window measures set them: need, unit, working days to decide. */
const RULES: [need: string, unit: string, days: number][] = [
  ['MINIMUM_LIVING', 'CIVIL_AFFAIRS', 30],
  ['EXTREME_POVERTY', 'CIVIL_AFFAIRS', 30],
  ['TEMPORARY_ASSISTANCE', 'CIVIL_AFFAIRS', 5],
  ['EDUCATION_AID', 'EDUCATION', 15],
  ['HOUSING', 'HOUSING', 20],
  ['MEDICAL_ASSISTANCE', 'HEALTH', 10],
  ['EMPLOYMENT_ASSISTANCE', 'HUMAN_RESOURCES', 15],
  ['LEGAL_AID', 'JUSTICE', 7],
  ['UNION_AID', 'TRADE_UNION', 10],
  ['DISABILITY_CERTIFICATION', 'DISABLED_PERSONS', 20],
  ['DISABILITY_SUBSIDY', 'DISABLED_PERSONS', 15],
];

export class CreateOneWindow1765100000100 implements MigrationInterface {
  name = 'CreateOneWindow1765100000100';

  async up(q: QueryRunner): Promise<void> {
    // A rule is never changed in place: a new one is set for the need, and the latest set is the one in force, so
    // the table keeps what was in force when each referral was routed.
    await q.query(`
      CREATE TABLE routing_rule (
        ${UUID_ID_COLUMN},
        need text NOT NULL CHECK (need IN (${NEEDS})),
        unit text NOT NULL CHECK (unit IN (${INBOX_UNITS})),
        deadline_working_days integer NOT NULL CHECK (deadline_working_days BETWEEN 0 AND 60),
        set_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query('CREATE INDEX routing_rule_in_force ON routing_rule (need, set_at DESC, id)');
    await q.query(
      `INSERT INTO routing_rule (need, unit, deadline_working_days) VALUES ${RULES.map((_, i) => `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3})`).join(', ')}`,
      RULES.flat(),
    );
    await q.query(`
      CREATE TABLE one_window_application (
        id uuid PRIMARY KEY,
        applicant_key text NOT NULL,
        household_id uuid,
        township_code text NOT NULL REFERENCES township (code),
        region_code text NOT NULL,
        needs text[] NOT NULL CHECK (cardinality(needs) BETWEEN 1 AND 11),
        documents text[] NOT NULL,
        consent_to_verification boolean NOT NULL,
        received_on date NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query('CREATE INDEX one_window_application_applicant ON one_window_application (applicant_key, received_on)');
    await q.query(`
      CREATE TABLE one_window_referral (
        id uuid PRIMARY KEY,
        application_id uuid NOT NULL REFERENCES one_window_application (id),
        need text NOT NULL CHECK (need IN (${NEEDS})),
        unit text NOT NULL CHECK (unit IN (${INBOX_UNITS})),
        applicant_key text NOT NULL,
        region_code text NOT NULL,
        township_code text NOT NULL,
        routed_on date NOT NULL,
        deadline date NOT NULL CHECK (deadline >= routed_on),
        status text NOT NULL DEFAULT 'ROUTED' CHECK (status IN (${STATUSES})),
        status_on date NOT NULL,
        note text,
        granted_entity text,
        granted_record_id text,
        reported_version integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        UNIQUE (application_id, need)
      )`);
    await q.query('CREATE INDEX one_window_referral_application ON one_window_referral (application_id)');
    // The overdue report: undecided referrals by county, unit and deadline.
    await q.query(
      "CREATE INDEX one_window_referral_open ON one_window_referral (region_code, unit, deadline) WHERE status NOT IN ('GRANTED', 'REFUSED')",
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await dropTables(q, ['one_window_referral', 'one_window_application', 'routing_rule']);
  }
}
