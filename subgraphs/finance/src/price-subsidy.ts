// The month's batch of temporary price subsidies (价格临时补贴), run by the finance bureau's service across the graph.
//
// Finance reads, through the gateway and as its own service (purpose PRICE_LINKAGE), prices' decision for the month,
// civil affairs' 低保 standard of each county and the covered persons: the members of households with an ACTIVE 低保
// or 特困 case, and the persons human resources lists as receiving unemployment insurance benefits (the city records
// no orphans or de facto unsupported children: civil affairs has no such list, so they are not covered here). It
// never reads another agency's tables.
//
// Each page of persons read is paid in its own transaction, by one INSERT ... SELECT FROM unnest(...) that skips
// whoever already holds the month's subsidy (the ledger's unique index of one standing payment per person,
// programme and month): a run that stops halfway has paid a prefix, and running the batch again pays the rest and
// no one twice. The batch's row records the decision it paid on, its runs, and at the end each county's counts and
// totals, read back from the ledger itself so that they hold whatever the runs before it paid.
import { DataSource } from 'typeorm';
import type { Identity } from '../../../shared/src/auth/tokens';
import { AccessRecord } from '../../../shared/src/audit/recorder';
import type { SubgraphContext } from '../../../shared/src/subgraph';
import { addDays, cityToday } from '../../../shared/src/dates';
import { badUserInput, conflict, unavailable } from '../../../shared/src/errors';
import { GraphClient, GraphRefused, GraphUnreachable } from '../../../shared/src/graph-client';
import { noteRecordsHeld } from '../../../shared/src/outbox/outbox';
import { runMutation } from '../../../shared/src/writes/mutation';
import { save } from '../../../shared/src/writes/rows';
import { PriceSubsidyBatch, PriceSubsidyCounty } from './entities';
import type { PriceLinkageTrigger, PriceSubsidyGroup } from './generated/graphql';
import { addMonths, firstDayOf } from './rules';

const PURPOSE = 'PRICE_LINKAGE';
/** Persons or households read per page: the lists' largest page. */
const PAGE = 100;

/**
 * How long a run holds the month: another run started meanwhile is a CONFLICT (the ledger would pay no one twice
 * anyway, but two runs would each count the month); after it, a run left RUNNING by a process that died is taken over.
 */
export const RUN_LEASE_MINUTES = 15;

/** A fault a test injects between pages (after `paged` pages were paid): the batch must survive what it throws. */
export const priceSubsidyFaults: { afterPage?: (paged: number) => void | Promise<void> } = {};

const DECISION = `query PriceSubsidyDecision($month: String!) {
  priceLinkage(month: $month) {
    published triggered triggers rise explanation
    cpi { value } foodCpi { value }
    rule { id cpiTrigger foodCpiTrigger multiplier minimum }
  }
}`;
const STANDARDS = `query PriceSubsidyStandards { assistanceStandards { region { code } program monthlyAmount effectiveFrom } }`;
const HOUSEHOLDS = `query PriceSubsidyHouseholds($program: AssistanceProgram!, $after: String) {
  households(filter: { program: $program, status: ACTIVE }, first: ${PAGE}, after: $after) {
    nodes { region { code } head { id } members { id } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const RECEIVING_UNEMPLOYMENT_INSURANCE = `query PriceSubsidyUnemployed($after: String) {
  insuredPersons(filter: { scheme: UNEMPLOYMENT, status: RECEIVING }, first: ${PAGE}, after: $after) {
    nodes { id region { code } household { head { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Decision {
  published: boolean;
  triggered: boolean;
  triggers: PriceLinkageTrigger[];
  rise: string | null;
  explanation: string;
  cpi: { value: string } | null;
  foodCpi: { value: string } | null;
  rule: { id: string; cpiTrigger: string; foodCpiTrigger: string; multiplier: string; minimum: string } | null;
}
interface Page<N> {
  nodes: N[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
type HouseholdNode = { region: { code: string } | null; head: { id: string } | null; members: { id: string }[] | null };
type InsuredNode = { id: string; region: { code: string } | null; household: { head: { id: string } | null } | null };

/** A covered person to pay: into the account on file of `payeeKeys`' first that has one (their own, then their head's). */
interface Due {
  personKey: string;
  regionCode: string;
  payeeKeys: string[];
}

/** "3.6" -> 36; "1.00" -> 100: the decimal strings prices gives, as integers of their last place. */
const lastPlace = (decimal: string) => Number(decimal.replace('.', ''));

/**
 * The subsidy per person: the 低保 standard times the CPI rise (tenths of a percent) times the multiplier (percent),
 * rounded half up to the fen, at least the rule's minimum.
 */
export function perPersonFen(standardFen: bigint, riseTenths: number, multiplierPercent: number, minimumFen: bigint): bigint {
  const scaled = standardFen * BigInt(riseTenths) * BigInt(multiplierPercent);
  const fen = (scaled + 50_000n) / 100_000n;
  return fen > minimumFen ? fen : minimumFen;
}

/** What the graph refused or could not be reached for, as the caller should see it: UNAVAILABLE naming the agency. */
function graphFailure(err: unknown): Error {
  if (err instanceof GraphRefused) {
    const agencies = [...new Set(err.errors.map((e) => e.extensions?.subgraph).filter(Boolean))];
    return unavailable(
      `the batch stopped: ${agencies.length ? `${agencies.join(', ')} did not answer` : err.message}; run it again to complete it`,
    );
  }
  if (err instanceof GraphUnreachable) return unavailable(`the batch stopped: ${err.message}; run it again to complete it`);
  return err as Error;
}

export interface BatchRequest {
  db: DataSource;
  graph: GraphClient | undefined;
  identity: Identity;
  access: AccessRecord;
  background: SubgraphContext<unknown>['background'];
  month: string;
  idempotencyKey: string | null | undefined;
}

/**
 * Starts (or completes) the month's batch and answers its record at once: RUNNING while the pages are paid after the
 * answer (a batch of a million people's city takes longer than the gateway waits for any subgraph), COMPLETED or
 * NOT_TRIGGERED when there is nothing to pay. Callers read priceSubsidyBatch(month) until it is no longer RUNNING.
 * What can be refused (an unpublished month, a run under way, no graph to read) is refused here, before anything runs.
 */
export async function runPriceSubsidyBatch({
  db,
  graph,
  identity,
  access,
  background,
  month,
  idempotencyKey,
}: BatchRequest): Promise<PriceSubsidyBatch> {
  const batches = db.getRepository(PriceSubsidyBatch);
  const done = await batches.findOne({ where: { month } });
  if (done && (done.status === 'COMPLETED' || done.status === 'NOT_TRIGGERED')) return done;
  if (!graph)
    throw unavailable(
      'the finance bureau is not connected to the graph (GATEWAY_URL): the batch reads prices and civil affairs through it',
    );

  let decision: Decision;
  try {
    decision = (await graph.data<{ priceLinkage: Decision }>(DECISION, { month }, PURPOSE)).priceLinkage;
  } catch (err) {
    throw graphFailure(err);
  }
  if (!decision.published) throw badUserInput('input.month', decision.explanation);

  const { batch: started, fresh } = await begin(db, identity, access, month, decision, idempotencyKey);
  // A retry of the caller's key answers the batch as it stands, and starts nothing.
  if (!fresh) return started;
  if (!decision.triggered) return finish(db, identity, started, 'NOT_TRIGGERED', new Map());
  background('runPriceSubsidyBatch', async (record) => {
    try {
      await payTheMonth(db, graph, identity, record, started, decision);
    } catch (err) {
      await fail(db, identity, month, graphFailure(err).message);
      throw err;
    }
  });
  return started;
}

/** Pays every covered person of a triggered month, page by page, each page on the access log before the next. */
async function payTheMonth(
  db: DataSource,
  graph: GraphClient,
  identity: Identity,
  record: (access: AccessRecord) => Promise<void>,
  started: PriceSubsidyBatch,
  decision: Decision,
): Promise<void> {
  const { month } = started;
  const standards = await standardsFor(graph, month);
  const rise = lastPlace(decision.rise!);
  const multiplier = lastPlace(decision.rule!.multiplier);
  const minimum = BigInt(decision.rule!.minimum.replace('.', ''));
  const perPerson = new Map([...standards].map(([region, fen]) => [region, perPersonFen(fen, rise, multiplier, minimum)]));
  const counties = new Map<string, { covered: number; withoutAccount: number }>(
    [...standards.keys()].map((r) => [r, { covered: 0, withoutAccount: 0 }]),
  );
  const seen = new Set<string>();
  const groups: Record<PriceSubsidyGroup, number> = {
    MINIMUM_LIVING_ALLOWANCE: 0,
    EXTREME_POVERTY_SUPPORT: 0,
    UNEMPLOYMENT_INSURANCE: 0,
  };
  let paged = 0;

  /** Pays a page's covered persons not yet seen this run, each once, in one transaction, then logs whom it paid. */
  const pay = async (group: PriceSubsidyGroup, dues: Due[]) => {
    groups[group] += dues.length;
    const fresh = dues.filter((d) => !seen.has(d.personKey) && perPerson.has(d.regionCode) && (seen.add(d.personKey), true));
    const unpaid = await payPage(db, month, fresh, perPerson);
    const page = new AccessRecord();
    for (const d of fresh) {
      const county = counties.get(d.regionCode)!;
      county.covered++;
      if (unpaid.has(d.personKey)) county.withoutAccount++;
      else page.persons.add(d.personKey);
    }
    await record(page);
    await priceSubsidyFaults.afterPage?.(++paged);
  };

  for (const program of ['MINIMUM_LIVING_ALLOWANCE', 'EXTREME_POVERTY_SUPPORT'] as const) {
    await walk<HouseholdNode>(graph, HOUSEHOLDS, { program }, 'households', async (nodes) => {
      const dues = nodes.flatMap((h) =>
        (h.members ?? []).map((m) => ({
          personKey: m.id,
          regionCode: h.region?.code ?? '',
          payeeKeys: [m.id, ...(h.head ? [h.head.id] : [])],
        })),
      );
      await pay(program, dues);
    });
  }
  await walk<InsuredNode>(graph, RECEIVING_UNEMPLOYMENT_INSURANCE, {}, 'insuredPersons', async (nodes) => {
    const dues = nodes.map((p) => ({
      personKey: p.id,
      regionCode: p.region?.code ?? '',
      payeeKeys: [p.id, ...(p.household?.head ? [p.household.head.id] : [])],
    }));
    await pay('UNEMPLOYMENT_INSURANCE', dues);
  });

  const parts = new Map(
    [...counties].map(([regionCode, c]) => [
      regionCode,
      Object.assign(new PriceSubsidyCounty(), {
        month,
        regionCode,
        standardFen: standards.get(regionCode)!.toString(),
        perPersonFen: perPerson.get(regionCode)!.toString(),
        covered: c.covered,
        withoutAccount: c.withoutAccount,
        paid: 0,
        totalFen: '0',
      }),
    ]),
  );
  await finish(db, identity, Object.assign(started, { groupCounts: groups }), 'COMPLETED', parts);
}

/** Reads every page of a list in order, handing each page's nodes to `each` while the next page is read. */
async function walk<N>(
  graph: GraphClient,
  document: string,
  variables: Record<string, unknown>,
  field: string,
  each: (nodes: N[]) => Promise<void>,
): Promise<void> {
  const read = (after: string | null) => {
    const page = graph.data<Record<string, Page<N>>>(document, { ...variables, after }, PURPOSE).then((data) => data[field]);
    // Awaited once the page before it is paid; until then a failure must not count as unhandled.
    page.catch(() => undefined);
    return page;
  };
  // The next page is read while this one is paid.
  for (let next = read(null); ;) {
    const page = await next;
    if (page.pageInfo.hasNextPage) next = read(page.pageInfo.endCursor);
    await each(page.nodes);
    if (!page.pageInfo.hasNextPage) return;
  }
}

/** Each county's 低保 standard in force at the end of `month` (the earliest known when none was yet), in fen. */
async function standardsFor(graph: GraphClient, month: string): Promise<Map<string, bigint>> {
  type Standard = { region: { code: string }; program: string; monthlyAmount: string; effectiveFrom: string };
  const { assistanceStandards } = await graph.data<{ assistanceStandards: Standard[] }>(STANDARDS, {}, PURPOSE);
  const end = addDays(firstDayOf(addMonths(month, 1)), -1);
  const byRegion = new Map<string, Standard>();
  const sorted = assistanceStandards
    .filter((s) => s.program === 'MINIMUM_LIVING_ALLOWANCE')
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  for (const s of sorted) if (!byRegion.has(s.region.code) || s.effectiveFrom <= end) byRegion.set(s.region.code, s);
  return new Map([...byRegion].map(([region, s]) => [region, BigInt(s.monthlyAmount.replace('.', ''))]));
}

/**
 * Pays one page in one transaction: one PRICE_SUBSIDY payment of the month per person not already holding one, into
 * the account on file of the first of their payee keys that has one. Answers the persons with no account on file.
 */
async function payPage(db: DataSource, month: string, dues: Due[], perPerson: Map<string, bigint>): Promise<Set<string>> {
  if (!dues.length) return new Set();
  return db.transaction('READ COMMITTED', async (manager) => {
    const rows: { person_key: string; payee_key: string | null; inserted: boolean }[] = await manager.query(
      `WITH due AS (
         SELECT d.person_key, d.region_code, d.amount_fen,
                (SELECT p.person_key FROM unnest(d.payee_keys) WITH ORDINALITY AS k(key, n) JOIN payee p ON p.person_key = k.key ORDER BY k.n LIMIT 1) AS payee_key
           FROM jsonb_to_recordset($1::jsonb) AS d(person_key text, region_code text, amount_fen bigint, payee_keys text[])
       ), paid AS (
         INSERT INTO payment (person_key, payee_key, programme, month, region_code, amount_fen, paid_on, bank, account_number, status)
         SELECT due.person_key, due.payee_key, 'PRICE_SUBSIDY', $2, due.region_code, due.amount_fen, $3, p.bank, p.account_number, 'PAID'
           FROM due JOIN payee p ON p.person_key = due.payee_key
         ON CONFLICT (person_key, programme, month) WHERE status IN ('PAID', 'RETURNED') DO NOTHING
         RETURNING person_key
       )
       SELECT due.person_key, due.payee_key, EXISTS (SELECT 1 FROM paid WHERE paid.person_key = due.person_key) AS inserted FROM due`,
      [
        JSON.stringify(
          dues.map((d) => ({
            person_key: d.personKey,
            region_code: d.regionCode,
            amount_fen: perPerson.get(d.regionCode)!.toString(),
            payee_keys: d.payeeKeys,
          })),
        ),
        month,
        cityToday(),
      ],
    );
    // Finance now holds a record on each person it paid: civil affairs' register hears of it through the outbox.
    await noteRecordsHeld(
      manager,
      rows.filter((r) => r.inserted).map((r) => r.person_key),
    );
    return new Set(rows.filter((r) => r.payee_key === null).map((r) => r.person_key));
  });
}

/** Records the start of a run: the decision it pays on, RUNNING, one run more. */
async function begin(
  db: DataSource,
  identity: Identity,
  access: AccessRecord,
  month: string,
  decision: Decision,
  idempotencyKey: string | null | undefined,
): Promise<{ batch: PriceSubsidyBatch; fresh: boolean }> {
  // The caller's key is claimed here: a retry with it answers the batch as it stands now (runMutation then runs no
  // work, so `fresh` stays false), and starts no second run.
  let fresh = false;
  const batch = await runMutation(
    db,
    identity,
    { access, operation: 'runPriceSubsidyBatch', idempotencyKey, input: { month } },
    async (tx) => {
      fresh = true;
      const before = await tx.manager.getRepository(PriceSubsidyBatch).findOne({ where: { month }, lock: { mode: 'pessimistic_write' } });
      if (before?.status === 'RUNNING' && before.startedAt.getTime() > Date.now() - RUN_LEASE_MINUTES * 60_000)
        throw conflict(
          `the batch of ${month} is being run (run ${before.runs}, started ${before.startedAt.toISOString()}): read priceSubsidyBatch until it finishes`,
        );
      const rule = decision.rule;
      const next = Object.assign(new PriceSubsidyBatch(), {
        month,
        status: 'RUNNING',
        cpi: decision.cpi?.value ?? null,
        foodCpi: decision.foodCpi?.value ?? null,
        triggers: decision.triggers,
        riseTenths: decision.rise === null ? null : lastPlace(decision.rise),
        ruleId: rule?.id ?? null,
        cpiTrigger: rule?.cpiTrigger ?? null,
        foodCpiTrigger: rule?.foodCpiTrigger ?? null,
        multiplier: rule?.multiplier ?? null,
        minimumFen: rule ? BigInt(rule.minimum.replace('.', '')).toString() : null,
        explanation: decision.explanation,
        runs: (before?.runs ?? 0) + 1,
        startedAt: new Date(),
        finishedAt: null,
        lastError: null,
        groupCounts: {},
        version: (before?.version ?? 0) + 1,
      } satisfies PriceSubsidyBatch);
      return save(tx, PriceSubsidyBatch, 'PriceSubsidyBatch', month, before ? { ...before } : null, next);
    },
  );
  return { batch, fresh };
}

/** Records the end of a run: each county's counts, its paid and totals as the ledger holds them. */
function finish(
  db: DataSource,
  identity: Identity,
  batch: PriceSubsidyBatch,
  status: 'COMPLETED' | 'NOT_TRIGGERED',
  counties: Map<string, PriceSubsidyCounty>,
): Promise<PriceSubsidyBatch> {
  const input = { month: batch.month, step: 'finish' };
  // The batch's own row concerns no person: the persons paid are on the log page by page.
  return runMutation(db, identity, { access: new AccessRecord(), operation: 'runPriceSubsidyBatch', input }, async (tx) => {
    const before = await tx.manager
      .getRepository(PriceSubsidyBatch)
      .findOneOrFail({ where: { month: batch.month }, lock: { mode: 'pessimistic_write' } });
    const ledger: { region_code: string; paid: number; total: string }[] = await tx.manager.query(
      `SELECT region_code, count(*)::int AS paid, sum(amount_fen)::text AS total FROM payment
        WHERE programme = 'PRICE_SUBSIDY' AND month = $1 AND status IN ('PAID', 'RETURNED') GROUP BY region_code`,
      [batch.month],
    );
    for (const row of ledger) {
      const county = counties.get(row.region_code);
      if (county) Object.assign(county, { paid: row.paid, totalFen: row.total });
    }
    await tx.manager.getRepository(PriceSubsidyCounty).delete({ month: batch.month });
    await tx.manager.getRepository(PriceSubsidyCounty).insert([...counties.values()]);
    const next = Object.assign(new PriceSubsidyBatch(), {
      ...before,
      status,
      groupCounts: batch.groupCounts,
      finishedAt: new Date(),
      lastError: null,
      version: before.version + 1,
    });
    return save(tx, PriceSubsidyBatch, 'PriceSubsidyBatch', batch.month, { ...before }, next);
  });
}

/** Records that a run stopped, and why: the next run completes the batch. */
async function fail(db: DataSource, identity: Identity, month: string, why: string): Promise<void> {
  const input = { month, step: 'fail' };
  await runMutation(db, identity, { access: new AccessRecord(), operation: 'runPriceSubsidyBatch', input }, async (tx) => {
    const before = await tx.manager
      .getRepository(PriceSubsidyBatch)
      .findOneOrFail({ where: { month }, lock: { mode: 'pessimistic_write' } });
    const next = Object.assign(new PriceSubsidyBatch(), {
      ...before,
      status: 'FAILED',
      finishedAt: new Date(),
      lastError: why.slice(0, 1000),
      version: before.version + 1,
    });
    return save(tx, PriceSubsidyBatch, 'PriceSubsidyBatch', month, { ...before }, next);
  });
}
