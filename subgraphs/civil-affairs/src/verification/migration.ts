// Economic-status verification (核对): authorisations, requests, versioned reports, and the rule tables with their rules.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTables } from '../../../../shared/src/migrations/tables';

/** Which kinds of fact count as income (社会救助家庭经济状况核对: 家庭收入的认定), as the units name them. */
const INCOME_RULES: [kind: string, counts: boolean, basis: string][] = [
  ['CONTRIBUTION_BASE', true, '工资性收入: the contribution base is the wage the employer declares'],
  ['LAND_TRANSFER_RENT', true, '财产净收入: rent of contracted land transferred out (土地流转租金)'],
  ['PAID_MINIMUM_LIVING_ALLOWANCE', false, '低保金 itself is not income of the household it is paid to'],
  ['PAID_EXTREME_POVERTY_SUPPORT', false, '特困供养金 is assistance, not income'],
  ['PAID_TEMPORARY_ASSISTANCE', false, '临时救助金 is assistance, not income'],
  ['PAID_DISABILITY_SUBSIDIES', false, '两项补贴 are not counted as income'],
  ['DISABILITY_LIVING_SUBSIDY', false, '困难残疾人生活补贴 is not counted as income'],
  ['DISABILITY_SEVERE_CARE_SUBSIDY', false, '重度残疾人护理补贴 is not counted as income'],
  ['EDUCATION_AID_FEE_WAIVER', false, '教育救助 (student aid) is not counted as income'],
  ['EDUCATION_AID_LIVING_ALLOWANCE', false, '教育救助 (student aid) is not counted as income'],
  ['EDUCATION_AID_GRANT', false, '教育救助 (student aid) is not counted as income'],
  ['UNION_AID_WARMTH_DELIVERY', false, '工会帮扶 (送温暖) is not counted as income'],
  ['UNION_AID_MUTUAL_AID', false, '职工互助保障 claims are not counted as income'],
  ['UNION_AID_SCHOOLING', false, '金秋助学 is not counted as income'],
  ['UNION_AID_MEDICAL', false, '工会医疗救助 is not counted as income'],
];

/** How many holdings of each kind a qualifying household may have (家庭财产的认定). */
const ASSET_RULES: [kind: string, maxCount: number, basis: string][] = [
  ['PROPERTY_RESIDENTIAL', 1, 'one home to live in; a second residential property disqualifies'],
  ['PROPERTY_RURAL_HOMESTEAD', 1, 'one rural homestead (一户一宅)'],
  ['PROPERTY_COMMERCIAL', 0, 'commercial property (商铺, 写字楼) disqualifies'],
  ['PROPERTY_PARKING', 1, 'one parking space'],
];

export class VerificationTables1765200000000 implements MigrationInterface {
  name = 'VerificationTables1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE verification_authorisation (
        id uuid PRIMARY KEY,
        household_id uuid NOT NULL REFERENCES household (id),
        signer_key text NOT NULL REFERENCES person (key),
        member_keys text[] NOT NULL CHECK (cardinality(member_keys) BETWEEN 1 AND 50),
        agencies text[] NOT NULL CHECK (cardinality(agencies) >= 1),
        valid_until date NOT NULL,
        revoked_on date,
        revoked_reason text,
        version integer NOT NULL DEFAULT 1,
        CHECK (signer_key = ANY (member_keys))
      )`);
    await q.query('CREATE INDEX verification_authorisation_household ON verification_authorisation (household_id)');
    await q.query(`
      CREATE TABLE verification_request (
        id uuid PRIMARY KEY,
        household_id uuid NOT NULL REFERENCES household (id),
        authorisation_id uuid NOT NULL REFERENCES verification_authorisation (id),
        region_code text NOT NULL,
        status text NOT NULL CHECK (status IN ('REQUESTED', 'COMPLETED', 'INCOMPLETE')),
        requested_at timestamptz NOT NULL DEFAULT now(),
        report_version integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query('CREATE INDEX verification_request_region ON verification_request (region_code, id)');
    await q.query('CREATE INDEX verification_request_status ON verification_request (status, id)');
    await q.query('CREATE INDEX verification_request_household ON verification_request (household_id)');
    await q.query(`
      CREATE TABLE verification_report (
        request_id uuid NOT NULL REFERENCES verification_request (id),
        version integer NOT NULL,
        status text NOT NULL CHECK (status IN ('COMPLETED', 'INCOMPLETE')),
        gathered_at timestamptz NOT NULL DEFAULT now(),
        answered_units text[] NOT NULL,
        missing_units jsonb NOT NULL,
        items jsonb NOT NULL,
        household_size integer NOT NULL,
        monthly_income_fen bigint NOT NULL,
        per_capita_income_fen bigint NOT NULL,
        standard_fen bigint,
        verdict text NOT NULL CHECK (verdict IN ('ELIGIBLE', 'NOT_ELIGIBLE', 'UNDETERMINED')),
        reasons jsonb NOT NULL,
        PRIMARY KEY (request_id, version)
      )`);
    await q.query(`CREATE TABLE verification_income_rule (kind text PRIMARY KEY, counts_as_income boolean NOT NULL, basis text NOT NULL)`);
    await q.query(
      `CREATE TABLE verification_asset_rule (kind text PRIMARY KEY, max_count integer NOT NULL CHECK (max_count >= 0), basis text NOT NULL)`,
    );
    for (const [kind, counts, basis] of INCOME_RULES)
      await q.query('INSERT INTO verification_income_rule (kind, counts_as_income, basis) VALUES ($1, $2, $3)', [kind, counts, basis]);
    for (const [kind, maxCount, basis] of ASSET_RULES)
      await q.query('INSERT INTO verification_asset_rule (kind, max_count, basis) VALUES ($1, $2, $3)', [kind, maxCount, basis]);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropTables(q, [
      'verification_report',
      'verification_request',
      'verification_authorisation',
      'verification_income_rule',
      'verification_asset_rule',
    ]);
  }
}

/**
 * A verification's GATHERING is stored: the request is written before the units are asked, with the time its gathering
 * may take (gathering_until), and each gathering keeps its report as a row of its own. A request's status is then
 * what its latest run shows (resolvers.ts statusOf), so the stored status column goes: no write changes it twice.
 */
export class VerificationGathering1765300000000 implements MigrationInterface {
  name = 'VerificationGathering1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE verification_request ADD COLUMN gathering_until timestamptz');
    await q.query('DROP INDEX verification_request_status');
    await q.query('ALTER TABLE verification_request DROP COLUMN status');
    // The report of a request's latest run, looked up by every status read and filter.
    await q.query('CREATE INDEX verification_report_latest ON verification_report (request_id, version DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX verification_report_latest');
    await q.query(
      `ALTER TABLE verification_request ADD COLUMN status text NOT NULL DEFAULT 'REQUESTED' CHECK (status IN ('REQUESTED', 'COMPLETED', 'INCOMPLETE'))`,
    );
    await q.query(`UPDATE verification_request v SET status = r.status FROM verification_report r
      WHERE r.request_id = v.id AND r.version = v.report_version`);
    await q.query('CREATE INDEX verification_request_status ON verification_request (status, id)');
    await q.query('ALTER TABLE verification_request DROP COLUMN gathering_until');
  }
}
