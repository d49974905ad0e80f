// One run of one proactive-discovery rule, as civil affairs' service: the run is recorded RUNNING first; the units are
// asked over the graph (the cohort engine's streams of person keys) and what they answer is staged, page by page, with
// no alert touched; only once every unit has answered in full does one transaction open the alerts of persons found
// anew, keep those found again and resolve those no longer found ("evidence gone"). A unit that does not answer fails
// the run, naming it: an alert is never closed on a partial answer (a `not` over a missing unit would close them all).
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Identity } from '../../../../shared/src/auth/tokens';
import { scopesForService } from '../../../../shared/src/auth/roles';
import { serviceRole } from '../../../../shared/src/auth/service-identity';
import { AccessRecord } from '../../../../shared/src/audit/recorder';
import { cityToday } from '../../../../shared/src/dates';
import type { GraphClient } from '../../../../shared/src/graph-client';
import { runMutation, WriteTransaction } from '../../../../shared/src/writes/mutation';
import { addRow, save } from '../../../../shared/src/writes/rows';
import { Condition, dayValues, fillIn, leavesOf } from './conditions';
import { DiscoveryRule, DiscoveryRun, EvidenceItem } from './entities';
import { cohortStream } from '../cohorts/evaluate';
import { weigh } from './measures';

export const DISCOVERY_PURPOSE = 'PROACTIVE_DISCOVERY' as const;

/**
 * How long a run may stay RUNNING: a rule at a million people takes a minute or two. A run still RUNNING after it was
 * interrupted (its process stopped) and is taken over as FAILED by the next start.
 */
export const RUN_LEASE_MINUTES = 30;

/** How long the schedule waits after a run that failed before it tries the rule again. */
export const RETRY_MINUTES = 10;

/** Why a run resolves an alert it no longer finds the person for. */
export const EVIDENCE_GONE = 'evidence gone: the rule no longer finds the person';

/** The identity a run acts, writes and is on the record as: civil affairs' service, for proactive discovery. */
export function serviceIdentity(): Identity {
  const role = serviceRole('civil-affairs');
  return {
    subject: role,
    role,
    scopes: scopesForService('civil-affairs', DISCOVERY_PURPOSE),
    purpose: DISCOVERY_PURPOSE,
    requestId: randomUUID(),
  };
}

export interface RunStart {
  /** Who starts it: a caller's subject, or "schedule". */
  startedBy: string;
  idempotencyKey?: string | null;
  /**
   * The schedule's: start nothing when a run of the rule that completed began less than this many minutes ago, or any
   * run began less than RETRY_MINUTES ago (a failed run is tried again soon, not a whole interval later).
   */
  notWithinMinutes?: number;
}

/**
 * Records the start of a run of `rule` (RUNNING), or answers the run of it under way. One start at a time per rule,
 * whichever replica asks (an advisory lock taken in the transaction); a run left RUNNING past its lease is recorded as
 * FAILED first. Answers null when the schedule finds the rule not due; `fresh` is false for a run already under way.
 */
export async function beginRun(
  db: DataSource,
  identity: Identity,
  access: AccessRecord,
  ruleId: string,
  start: RunStart,
): Promise<{ run: DiscoveryRun; fresh: boolean } | null> {
  let fresh = false;
  let due = true;
  const input = { ruleId, startedBy: start.startedBy };
  const answer = await runMutation(
    db,
    identity,
    { access, operation: 'runDiscoveryRules', idempotencyKey: start.idempotencyKey, input },
    async (tx): Promise<DiscoveryRun> => {
      await tx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`discovery-rule:${ruleId}`]);
      const rule = await tx.manager.getRepository(DiscoveryRule).findOneByOrFail({ id: ruleId });
      const [latest] = await tx.manager
        .getRepository(DiscoveryRun)
        .find({ where: { ruleId }, order: { startedAt: 'DESC' }, take: 1, lock: { mode: 'pessimistic_write' } });
      const age = latest ? (Date.now() - latest.startedAt.getTime()) / 60_000 : Infinity;
      if (latest?.status === 'RUNNING') {
        if (age < RUN_LEASE_MINUTES) return latest;
        await finish(tx, latest, { status: 'FAILED', error: `interrupted: still running after ${RUN_LEASE_MINUTES} minutes` });
      }
      if (start.notWithinMinutes !== undefined) {
        const [completed] = await tx.manager
          .getRepository(DiscoveryRun)
          .find({ where: { ruleId, status: 'COMPLETED' }, order: { startedAt: 'DESC' }, take: 1 });
        const since = completed ? (Date.now() - completed.startedAt.getTime()) / 60_000 : Infinity;
        if (since < start.notWithinMinutes || age < Math.min(RETRY_MINUTES, start.notWithinMinutes)) {
          due = false;
          return latest!;
        }
      }
      fresh = true;
      return addRow(tx, DiscoveryRun, 'DiscoveryRun', {
        ruleId,
        ruleVersion: rule.version,
        status: 'RUNNING',
        startedBy: start.startedBy,
        startedAt: new Date(),
        finishedAt: null,
        matches: null,
        opened: null,
        closed: null,
        error: null,
      });
    },
  );
  return due ? { run: answer, fresh } : null;
}

/** Records how a run ended, as its next version. */
async function finish(tx: WriteTransaction, run: DiscoveryRun, outcome: Partial<DiscoveryRun>): Promise<DiscoveryRun> {
  const next = Object.assign(new DiscoveryRun(), { ...run, finishedAt: new Date(), ...outcome, version: run.version + 1 });
  return save(tx, DiscoveryRun, 'DiscoveryRun', run.id, { ...run }, next);
}

export interface RunKit {
  db: DataSource;
  graph: GraphClient;
  /** Puts what the run read so far on the access log, durably, before it goes on. */
  record: (access: AccessRecord) => Promise<void>;
}

/**
 * Asks the units, stages what they answer, and on a whole answer opens and closes the alerts; on any failure records
 * the run FAILED with why (naming the unit), changes no alert, and throws.
 */
export async function completeRun(kit: RunKit, identity: Identity, run: DiscoveryRun): Promise<DiscoveryRun> {
  const { db } = kit;
  try {
    const rule = await db.getRepository(DiscoveryRule).findOneByOrFail({ id: run.ruleId });
    // The rule as it was when the run started: a change made meanwhile is the next run's.
    const asked = run.ruleVersion === rule.version ? rule : await ruleAtVersion(db, rule, run.ruleVersion);
    const condition = fillIn(JSON.parse(asked.condition), dayValues(cityToday(run.startedAt)), 'condition') as Condition;
    // The cohort engine's stream, every list asked as civil affairs' service for PROACTIVE_DISCOVERY (the identity's purpose).
    for await (const keys of cohortStream(condition, { db, graph: kit.graph, identity }, { field: 'condition' })) {
      if (keys.length === 0) continue;
      await db.query(`INSERT INTO discovery_match (run_id, person_key) SELECT $1, k FROM unnest($2::text[]) AS k ON CONFLICT DO NOTHING`, [
        run.id,
        keys,
      ]);
      const page = new AccessRecord();
      for (const key of keys) page.persons.add(key);
      await kit.record(page);
    }
    if (asked.measure) await weigh(kit, run, asked);
    return await settle(db, identity, run, asked, evidenceOf(asked, condition, run.startedAt), kit.record);
  } catch (err) {
    await db.query('DELETE FROM discovery_match WHERE run_id = $1', [run.id]);
    await runMutation(
      db,
      identity,
      { access: new AccessRecord(), operation: 'runDiscoveryRules', input: { run: run.id, step: 'fail' } },
      async (tx) => {
        // Settled already (what failed came after the alerts' transaction): the run stands as it completed.
        const current = await tx.manager
          .getRepository(DiscoveryRun)
          .findOne({ where: { id: run.id }, lock: { mode: 'pessimistic_write' } });
        if (current?.status !== 'RUNNING') return current ?? run;
        return finish(tx, current, { status: 'FAILED', error: String((err as Error)?.message ?? err).slice(0, 1000) });
      },
    );
    throw err;
  }
}

/** The rule as its history kept it at `version` (each change's `after` is the rule at the version it made). */
async function ruleAtVersion(db: DataSource, rule: DiscoveryRule, version: number): Promise<DiscoveryRule> {
  const rows: { after: DiscoveryRule }[] = await db.query(
    `SELECT after FROM change_history WHERE entity_type = 'DiscoveryRule' AND entity_id = $1 AND (after->>'version')::int = $2 ORDER BY id DESC LIMIT 1`,
    [rule.id, version],
  );
  return rows[0] ? Object.assign(new DiscoveryRule(), rows[0].after) : rule;
}

/** What each unit said of everyone a run finds under a condition: one item per leaf, as of the run's start. */
export function evidenceOf(rule: DiscoveryRule, condition: Condition, asOf: Date): EvidenceItem[] {
  const whom = rule.alertPer === 'HOUSEHOLD' ? 'a member of the household' : 'the person';
  return leavesOf(condition).map((leaf) => ({
    unit: leaf.unit,
    path: leaf.path,
    source: leaf.list,
    condition: leaf.filter,
    listed: !leaf.negated,
    amountFen: null,
    asOf: asOf.toISOString(),
    said: `${leaf.unit} ${leaf.negated ? 'does not list' : 'lists'} ${whom} in ${leaf.list}(filter: ${JSON.stringify(leaf.filter)})`,
  }));
}

/** What a home visit found, as the one item of an alert opened by hand: `said` names who visited. */
export const visitEvidence = (asOf: Date, said: string): EvidenceItem[] => [
  {
    unit: 'civil-affairs',
    path: 'visit',
    source: 'homeVisit',
    condition: null,
    listed: true,
    amountFen: null,
    asOf: asOf.toISOString(),
    said: `civil-affairs: ${said} found the person as the rule describes (the note says what)`,
  },
];

/**
 * The persons a run's alerts are for, from its staged matches ($1 the run, $2 whether per household): those found, or
 * for a household rule the head of each found person's household (the found person, when they have none).
 */
const FOUND = `WITH found AS (
  SELECT DISTINCT ON (subject.key) subject.key AS person_key, subject.household_id, subject.region_code, m.evidence
    FROM discovery_match m
    JOIN person p ON p.key = m.person_key
    LEFT JOIN household h ON h.id = p.household_id AND $2::boolean
    JOIN person subject ON subject.key = coalesce(h.head_key, p.key)
   WHERE m.run_id = $1
   ORDER BY subject.key, m.person_key)`;

/** An alert as the history keeps it (the entity's property names), from a row `t` of discovery_alert. */
const ALERT_JSON = (t: string) => `jsonb_build_object(
  'id', ${t}.id, 'ruleId', ${t}.rule_id, 'ruleVersion', ${t}.rule_version, 'personKey', ${t}.person_key,
  'householdId', ${t}.household_id, 'regionCode', ${t}.region_code, 'responsibleUnit', ${t}.responsible_unit,
  'need', ${t}.need, 'status', ${t}.status, 'evidence', ${t}.evidence, 'openedByRun', ${t}.opened_by_run,
  'openedAt', ${t}.opened_at, 'lastMatchedAt', ${t}.last_matched_at, 'referredAt', ${t}.referred_at,
  'closedAt', ${t}.closed_at, 'closedByRun', ${t}.closed_by_run, 'note', ${t}.note, 'closedReason', ${t}.closed_reason,
  'version', ${t}.version)`;

interface AlertJson {
  id: string;
  personKey: string;
}

/**
 * The run's one transaction over the alerts, once every unit answered: each person (or household head) found without a
 * live alert gets one (unless a caseworker closed one of theirs under this rule version), each found again keeps theirs,
 * and each live alert a run opened whose person is no longer found is resolved. Then the run is COMPLETED with its counts.
 */
async function settle(
  db: DataSource,
  identity: Identity,
  run: DiscoveryRun,
  rule: DiscoveryRule,
  evidence: EvidenceItem[],
  record: (access: AccessRecord) => Promise<void>,
): Promise<DiscoveryRun> {
  const access = new AccessRecord();
  const found = [run.id, rule.alertPer === 'HOUSEHOLD'];
  const done = await runMutation(
    db,
    identity,
    { access, operation: 'runDiscoveryRules', input: { run: run.id, step: 'settle' } },
    async (tx) => {
      const { manager } = tx;
      const [{ matches }] = await manager.query(`${FOUND} SELECT count(*)::int AS matches FROM found`, found);
      const opened: { after: AlertJson }[] = await manager.query(
        `${FOUND}
       INSERT INTO discovery_alert (id, rule_id, rule_version, person_key, household_id, region_code, responsible_unit, need, status,
                                    evidence, opened_by_run, opened_at, last_matched_at)
       SELECT gen_random_uuid(), $3, $4, f.person_key, f.household_id, f.region_code, $5, $6, 'OPEN',
              $7::jsonb || coalesce(f.evidence, '[]'::jsonb), $1, now(), $8
         FROM found f
        WHERE NOT EXISTS (
          SELECT 1 FROM discovery_alert a
           WHERE a.rule_id = $3 AND a.person_key = f.person_key
             AND (a.status IN ('OPEN', 'REFERRED') OR (a.rule_version = $4 AND a.closed_at IS NOT NULL AND a.closed_by_run IS NULL)))
       ON CONFLICT (rule_id, person_key) WHERE status IN ('OPEN', 'REFERRED') DO NOTHING
       RETURNING ${ALERT_JSON('discovery_alert')} AS after`,
        [...found, rule.id, run.ruleVersion, rule.responsibleUnit, rule.need, JSON.stringify(evidence), run.startedAt],
      );
      await manager.query(
        `${FOUND}
       UPDATE discovery_alert a SET last_matched_at = $4
         FROM found f
        WHERE a.rule_id = $3 AND a.person_key = f.person_key AND a.status IN ('OPEN', 'REFERRED') AND a.opened_by_run IS NOT NULL`,
        [...found, rule.id, run.startedAt],
      );
      // An UPDATE answers its rows and the count it changed.
      const [closed]: [{ before: AlertJson; after: AlertJson }[], number] = await manager.query(
        `${FOUND}, gone AS (
         SELECT a.* FROM discovery_alert a
          WHERE a.rule_id = $3 AND a.status IN ('OPEN', 'REFERRED') AND a.opened_by_run IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM found f WHERE f.person_key = a.person_key)
          FOR UPDATE)
       UPDATE discovery_alert a
          SET status = 'RESOLVED', closed_at = now(), closed_reason = $4, closed_by_run = $1, version = a.version + 1
         FROM gone
        WHERE a.id = gone.id
       RETURNING ${ALERT_JSON('gone')} AS before, ${ALERT_JSON('a')} AS after`,
        [...found, rule.id, EVIDENCE_GONE],
      );
      await recordAll(manager, identity, [...opened.map((o) => ({ before: null, after: o.after })), ...closed]);
      for (const change of [...opened, ...closed]) access.persons.add(change.after.personKey);
      await manager.query('DELETE FROM discovery_match WHERE run_id = $1', [run.id]);
      const current = await manager.getRepository(DiscoveryRun).findOneByOrFail({ id: run.id });
      return finish(tx, current, { status: 'COMPLETED', matches, opened: opened.length, closed: closed.length, error: null });
    },
  );
  await record(access);
  return done;
}

/** The history of every alert a run changed, in one statement: what runMutation's record does for one change, for thousands. */
async function recordAll(manager: EntityManager, identity: Identity, changes: { before: AlertJson | null; after: AlertJson }[]) {
  if (changes.length === 0) return;
  await manager.query(
    `INSERT INTO change_history (subject, role, request_id, operation, entity_type, entity_id, before, after)
     SELECT $1, $2, $3, 'runDiscoveryRules', 'DiscoveryAlert', c.after->>'id', c.before, c.after
       FROM jsonb_to_recordset($4::jsonb) AS c(before jsonb, after jsonb)`,
    [identity.subject, identity.role, identity.requestId, JSON.stringify(changes)],
  );
}
