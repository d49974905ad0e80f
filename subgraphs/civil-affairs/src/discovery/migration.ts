// Proactive discovery (主动发现): the rules (seeded with the five the city starts with), the runs of each, the persons a
// run found (staged until it ends), and the alerts, at most one open per person and rule.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { INBOX_UNITS, REFERRAL_NEEDS } from '../../../../shared/src/referrals/units';
import { SEEDED_RULES } from './rules';
import { dropTables } from '../../../../shared/src/migrations/tables';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

export class DiscoveryTables1765500000000 implements MigrationInterface {
  name = 'DiscoveryTables1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE discovery_rule (
        id uuid PRIMARY KEY,
        name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
        responsible_unit text NOT NULL CHECK (responsible_unit IN (${list(INBOX_UNITS)})),
        need text NOT NULL CHECK (need IN (${list(REFERRAL_NEEDS)})),
        alert_per text NOT NULL CHECK (alert_per IN ('PERSON', 'HOUSEHOLD')),
        condition text NOT NULL CHECK (jsonb_typeof(condition::jsonb) = 'object'),
        measure text CHECK (measure IN ('SELF_PAID_MEDICAL_SHARE')),
        parameters text NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(parameters::jsonb) = 'object'),
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1
      )`);
    for (const r of SEEDED_RULES) {
      await q.query(
        `INSERT INTO discovery_rule (id, name, description, responsible_unit, need, alert_per, condition, measure, parameters)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          r.id,
          r.name,
          r.description,
          r.responsibleUnit,
          r.need,
          r.alertPer,
          JSON.stringify(r.condition),
          r.measure,
          JSON.stringify(r.parameters),
        ],
      );
    }
    await q.query(`
      CREATE TABLE discovery_run (
        id uuid PRIMARY KEY,
        rule_id uuid NOT NULL REFERENCES discovery_rule (id),
        rule_version integer NOT NULL,
        status text NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
        started_by text NOT NULL,
        started_at timestamptz NOT NULL,
        finished_at timestamptz,
        matches integer,
        opened integer,
        closed integer,
        error text,
        version integer NOT NULL DEFAULT 1,
        CHECK ((status = 'RUNNING') = (finished_at IS NULL))
      )`);
    // One run of a rule at a time, whichever replica started it.
    await q.query(`CREATE UNIQUE INDEX discovery_run_one_running ON discovery_run (rule_id) WHERE status = 'RUNNING'`);
    await q.query('CREATE INDEX discovery_run_rule ON discovery_run (rule_id, started_at DESC)');
    // What a run has found so far: nothing here changes an alert until the run has every unit's whole answer.
    await q.query(`
      CREATE UNLOGGED TABLE discovery_match (
        run_id uuid NOT NULL REFERENCES discovery_run (id),
        person_key text NOT NULL,
        evidence jsonb,
        PRIMARY KEY (run_id, person_key)
      )`);
    await q.query(`
      CREATE TABLE discovery_alert (
        id uuid PRIMARY KEY,
        rule_id uuid NOT NULL REFERENCES discovery_rule (id),
        rule_version integer NOT NULL,
        person_key text NOT NULL REFERENCES person (key),
        household_id uuid,
        region_code text NOT NULL,
        responsible_unit text NOT NULL,
        need text NOT NULL,
        status text NOT NULL CHECK (status IN ('OPEN', 'REFERRED', 'RESOLVED', 'DISMISSED')),
        evidence jsonb NOT NULL,
        opened_by_run uuid REFERENCES discovery_run (id),
        opened_at timestamptz NOT NULL,
        last_matched_at timestamptz NOT NULL,
        referred_at timestamptz,
        closed_at timestamptz,
        closed_by_run uuid REFERENCES discovery_run (id),
        note text,
        closed_reason text,
        version integer NOT NULL DEFAULT 1,
        list_key text GENERATED ALWAYS AS (region_code || '/' || id::text) STORED,
        CHECK ((status IN ('RESOLVED', 'DISMISSED')) = (closed_at IS NOT NULL)),
        CHECK (status <> 'DISMISSED' OR closed_reason IS NOT NULL)
      )`);
    // A rule run again finds the same person again: it keeps the alert open, never a second one.
    await q.query(
      `CREATE UNIQUE INDEX discovery_alert_one_open ON discovery_alert (rule_id, person_key) WHERE status IN ('OPEN', 'REFERRED')`,
    );
    // Each unit's alerts by county (discoveryAlerts), a person's (Person.alerts), a rule's (runs, closed by hand).
    await q.query('CREATE INDEX discovery_alert_by_unit ON discovery_alert (responsible_unit, status, list_key)');
    await q.query('CREATE INDEX discovery_alert_by_county ON discovery_alert (status, list_key)');
    await q.query('CREATE INDEX discovery_alert_person ON discovery_alert (person_key, opened_at DESC)');
    await q.query('CREATE INDEX discovery_alert_rule ON discovery_alert (rule_id, status, person_key)');
  }

  async down(q: QueryRunner): Promise<void> {
    await dropTables(q, ['discovery_alert', 'discovery_match', 'discovery_run', 'discovery_rule']);
  }
}
