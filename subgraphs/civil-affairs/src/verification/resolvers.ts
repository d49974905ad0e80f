// Civil affairs' economic-status verification (核对): households' authorisations, requesting and re-running a
// verification (gathered over the graph as civil affairs' service, never from another agency's tables), and reading
// the reports. A request is written first (GATHERING), the units are asked with no transaction open, and the report
// is kept in a write of its own; a request whose units are slow answers GATHERING and is read again later.
import { DataSource, LessThanOrEqual } from 'typeorm';
import { AccessRecord } from '../../../../shared/src/audit/recorder';
import { addYears, cityToday } from '../../../../shared/src/dates';
import { badUserInput, forbidden, notFound } from '../../../../shared/src/errors';
import { manyByKey, oneByKey } from '../../../../shared/src/loaders';
import { entityPage } from '../../../../shared/src/pagination';
import { personKeyArg, regionCodeArg, uuidArg } from '../../../../shared/src/validate';
import { signAuthorisation } from '../../../../shared/src/verification/authorisation';
import { MAX_PERSONS_ASKED, VERIFICATION_UNITS } from '../../../../shared/src/verification/facts';
import { runMutation, WriteTransaction } from '../../../../shared/src/writes/mutation';
import { addRow, changeRow, forUpdate, save, textArg } from '../../../../shared/src/writes/rows';
import { AssistanceStandard, Household, Person } from '../entities';
import type { Context } from '../context';
import type {
  MutationResolvers,
  QueryResolvers,
  VerificationAuthorisationResolvers,
  VerificationItemResolvers,
  VerificationReportResolvers,
  VerificationResolvers,
  VerificationStatus,
} from '../generated/graphql';
import { regionOf } from '../resolvers/Region';
import { AssetRule, IncomeRule, VerificationAuthorisation, VerificationReport, VerificationRequest } from './entities';
import { gather } from './gather';
import { Gathered, ReportFindings, reportOf } from './rules';

/** Why a verification may not go ahead under an authorisation: FORBIDDEN naming what is missing. */
function refuseUnlessCurrent(authorisation: VerificationAuthorisation | null, householdId: string, authorisationId: string) {
  if (!authorisation || authorisation.householdId !== householdId)
    throw forbidden(
      `household ${householdId} has no authorisation ${authorisationId}: a verification needs the household's written authorisation (核对授权书)`,
    );
  if (authorisation.revokedOn) throw forbidden(`authorisation ${authorisation.id} was revoked on ${authorisation.revokedOn}`);
  if (authorisation.validUntil < cityToday()) throw forbidden(`authorisation ${authorisation.id} expired on ${authorisation.validUntil}`);
}

/** Each request's loaders of verification rows, made with its loaders (so they never outlive the request). */
const perRequest = new WeakMap<object, ReturnType<typeof verificationLoaders>>();
const verificationLoaders = ({ db }: Context) => ({
  reportsByRequest: manyByKey(db.getRepository(VerificationReport), 'requestId', ['version']),
  authorisationById: oneByKey(db.getRepository(VerificationAuthorisation), 'id'),
});
const loadersOf = (context: Context) => {
  let loaders = perRequest.get(context.loaders);
  if (!loaders) perRequest.set(context.loaders, (loaders = verificationLoaders(context)));
  return loaders;
};

/** What one gathering found: the units' answers and the report on them, before anything is written. */
interface Gathering {
  gathered: Gathered;
  findings: ReportFindings;
  standardFen: string | null;
}

/** Asks every unit the authorisation names (as civil affairs' service, with a freshly signed token) and weighs the answers. */
async function gatherFor(
  context: Context,
  authorisation: VerificationAuthorisation,
  householdId: string,
  regionCode: string,
): Promise<Gathering> {
  const { db, access, graph, serviceKey } = context;
  const members = (await db.getRepository(Person).find({ where: { householdId }, select: { key: true } })).map((p) => p.key);
  const asked = authorisation.memberKeys;
  for (const key of new Set([...members, ...asked])) access.persons.add(key);
  const claims = {
    id: authorisation.id,
    householdId: authorisation.householdId,
    persons: asked,
    agencies: authorisation.agencies,
    validUntil: authorisation.validUntil,
  };
  const gathered = serviceKey
    ? await gather(graph, signAuthorisation(claims, serviceKey), authorisation.agencies, asked)
    : await gather(undefined, '', authorisation.agencies, asked);
  const [standard] = await db.getRepository(AssistanceStandard).find({
    where: { regionCode, program: 'MINIMUM_LIVING_ALLOWANCE', effectiveFrom: LessThanOrEqual(cityToday()) },
    order: { effectiveFrom: 'DESC' },
    take: 1,
  });
  const findings = reportOf({
    gathered,
    members,
    covered: asked,
    incomeRules: await db.getRepository(IncomeRule).find(),
    assetRules: await db.getRepository(AssetRule).find({ order: { kind: 'ASC' } }),
    standardFen: standard ? BigInt(standard.monthlyAmountFen) : null,
    regionCode,
  });
  return { gathered, findings, standardFen: standard?.monthlyAmountFen ?? null };
}

/** Keeps report `version` of a verification, as the gathering made it. */
function saveReport(tx: WriteTransaction, requestId: string, version: number, { gathered, findings, standardFen }: Gathering) {
  return save(
    tx,
    VerificationReport,
    'VerificationReport',
    `${requestId}/${version}`,
    null,
    Object.assign(new VerificationReport(), {
      requestId,
      version,
      status: findings.status,
      gatheredAt: new Date(),
      answeredUnits: gathered.answered,
      missingUnits: gathered.missing,
      items: findings.items,
      householdSize: findings.householdSize,
      monthlyIncomeFen: findings.monthlyIncomeFen.toString(),
      perCapitaIncomeFen: findings.perCapitaIncomeFen.toString(),
      standardFen,
      verdict: findings.verdict,
      reasons: findings.reasons,
    }),
  );
}

/**
 * How long a run may be GATHERING: the graph client's wait for the gateway (30 s) and the write after it. A run that
 * kept no report by then was interrupted (its service stopped) and reads REQUESTED, to be re-run.
 */
const GATHERING_SECONDS = 60;

/**
 * How long a request waits for its gathering before it answers GATHERING and lets the gathering finish after the
 * answer: half the gateway's default wait for a subgraph (SUBGRAPH_TIMEOUT_MS, 10 s), so that a slow unit never makes
 * the caseworker's request fail at the gateway. Tests shorten it to see a run GATHERING.
 */
export const answerWait = { ms: 5_000 };

/** Where a verification stands: as its latest run's report once kept; GATHERING until then, REQUESTED if none runs. */
export function statusOf(request: VerificationRequest, latest: VerificationReport | undefined, now = new Date()): VerificationStatus {
  if (latest && latest.version === request.reportVersion) return latest.status;
  return request.gatheringUntil && request.gatheringUntil > now ? 'GATHERING' : 'REQUESTED';
}

/** statusOf in SQL, over a request `v` and its latest run's report `r` (left-joined on version = report_version). */
const STATUS_SQL = "CASE WHEN r.request_id IS NOT NULL THEN r.status WHEN v.gathering_until > now() THEN 'GATHERING' ELSE 'REQUESTED' END";

/** The gatherings this process runs, by request and run: a retry of the request that started one waits on it here. */
const gatheringsUnderWay = new Map<string, Promise<void>>();
const runOf = (request: VerificationRequest) => `${request.id}/${request.reportVersion}`;

/**
 * Gathers the run `request` was just written for, and keeps its report in a write of its own (so that no write
 * changes a record twice). If that takes longer than answerWait, the request answers GATHERING and the gathering
 * finishes after the answer, its write on the access log in a row of its own.
 */
async function gatherAndKeep(context: Context, operation: string, request: VerificationRequest): Promise<void> {
  const { db, identity } = context;
  const own = new AccessRecord();
  const keeping = (async () => {
    const authorisation = await db.getRepository(VerificationAuthorisation).findOneByOrFail({ id: request.authorisationId });
    const gathering = await gatherFor({ ...context, access: own }, authorisation, request.householdId, request.regionCode);
    await runMutation(db, identity, { access: own, operation, input: { id: request.id, run: request.reportVersion } }, async (tx) => {
      // The request as it is now, locked: a later run supersedes this one, and a revocation committed while the
      // units answered wins (nothing gathered under it is kept).
      const current = await forUpdate(tx.manager, VerificationRequest, { id: request.id }, `verification ${request.id}`);
      if (current.reportVersion !== request.reportVersion) return null;
      refuseUnlessCurrent(
        await tx.manager.getRepository(VerificationAuthorisation).findOneBy({ id: current.authorisationId }),
        current.householdId,
        current.authorisationId,
      );
      return saveReport(tx, request.id, request.reportVersion, gathering);
    });
  })();
  const run = runOf(request);
  gatheringsUnderWay.set(
    run,
    keeping.then(
      () => undefined,
      () => undefined,
    ),
  );
  let answered = false;
  context.background(operation, async (record) => {
    try {
      await keeping;
    } finally {
      gatheringsUnderWay.delete(run);
      if (answered) await record(own);
    }
  });
  const kept = await Promise.race([keeping.then(() => true), delay(answerWait.ms).then(() => false)]);
  if (!kept) {
    answered = true;
    return;
  }
  for (const key of own.persons) context.access.persons.add(key);
  for (const id of own.households) context.access.households.add(id);
}

/**
 * A retry of a request whose first attempt is still gathering waits as the first does, so that every attempt answers
 * alike: on the gathering's promise when this process runs it, on the database when another process does.
 */
async function untilGathered(db: DataSource, request: VerificationRequest): Promise<void> {
  const underWay = gatheringsUnderWay.get(runOf(request));
  if (underWay) return void (await Promise.race([underWay, delay(answerWait.ms)]));
  const deadline = Date.now() + answerWait.ms;
  const reports = db.getRepository(VerificationReport);
  while (Date.now() < deadline && request.gatheringUntil && request.gatheringUntil > new Date()) {
    if (await reports.existsBy({ requestId: request.id, version: request.reportVersion })) return;
    await delay(50);
  }
}

const MAX_VALID_YEARS = 1;

export const verificationQuery: QueryResolvers = {
  verificationAuthorisation: (_, { id }, context) => loadersOf(context).authorisationById.load(uuidArg('id', id)),
  verification: async (_, { id }, { db }) => db.getRepository(VerificationRequest).findOneBy({ id: uuidArg('id', id) }),
  verifications: (_, args, { db }) => {
    const region = regionCodeArg('filter.regionCode', args.filter?.regionCode);
    const query = db.getRepository(VerificationRequest).createQueryBuilder('v');
    if (region) query.andWhere('v.regionCode = :region', { region });
    if (args.filter?.status)
      query
        .leftJoin(VerificationReport, 'r', 'r.request_id = v.id AND r.version = v.report_version')
        .andWhere(`${STATUS_SQL} = :status`, { status: args.filter.status });
    return entityPage(query, args, { key: 'id', toNode: (row) => row });
  },
  verificationIncomeRules: (_, __, { db }) => db.getRepository(IncomeRule).find({ order: { kind: 'ASC' } }),
};

export const verificationMutation: MutationResolvers = {
  recordVerificationAuthorisation: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const householdId = uuidArg('input.householdId', input.householdId);
    const signerKey = personKeyArg('input.signerId', input.signerId);
    if (input.memberIds.length === 0 || input.memberIds.length > MAX_PERSONS_ASKED)
      throw badUserInput('input.memberIds', `1 to ${MAX_PERSONS_ASKED} members of the household`);
    const memberKeys = [...new Set(input.memberIds.map((id, i) => personKeyArg(`input.memberIds.${i}`, id)))];
    if (!memberKeys.includes(signerKey)) throw badUserInput('input.signerId', 'must be one of memberIds: a member signs for the members');
    if (input.agencies.length === 0) throw badUserInput('input.agencies', 'names at least one unit');
    input.agencies.forEach((agency, i) => {
      if (!Object.hasOwn(VERIFICATION_UNITS, agency))
        throw badUserInput(
          `input.agencies.${i}`,
          `${JSON.stringify(agency.slice(0, 40))} is not a unit a verification asks: ${Object.keys(VERIFICATION_UNITS).join(', ')}`,
        );
    });
    const today = cityToday();
    if (input.validUntil < today || input.validUntil > addYears(today, MAX_VALID_YEARS))
      throw badUserInput('input.validUntil', `must be from today (${today}) to a year ahead`);
    return runMutation(db, identity, { access, operation: 'recordVerificationAuthorisation', idempotencyKey, input }, async (tx) => {
      await forUpdate(tx.manager, Household, { id: householdId }, `household ${householdId}`);
      const inHousehold = new Set(
        (await tx.manager.getRepository(Person).find({ where: { householdId }, select: { key: true } })).map((p) => p.key),
      );
      memberKeys.forEach((key, i) => {
        if (!inHousehold.has(key)) throw badUserInput(`input.memberIds.${i}`, `is not a member of household ${householdId}`);
      });
      for (const key of memberKeys) access.persons.add(key);
      return addRow(tx, VerificationAuthorisation, 'VerificationAuthorisation', {
        householdId,
        signerKey,
        memberKeys,
        agencies: [...new Set(input.agencies)],
        validUntil: input.validUntil,
        revokedOn: null,
        revokedReason: null,
      });
    });
  },

  revokeVerificationAuthorisation: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const reason = textArg('input.reason', input.reason, 500);
    return runMutation(db, identity, { access, operation: 'revokeVerificationAuthorisation', idempotencyKey, input }, (tx) =>
      changeRow(
        tx,
        VerificationAuthorisation,
        'VerificationAuthorisation',
        { where: { id }, what: `authorisation ${id}`, version: input.version },
        (current) => {
          if (current.revokedOn) throw badUserInput('input.id', `was revoked on ${current.revokedOn}`);
          return { revokedOn: cityToday(), revokedReason: reason };
        },
      ),
    );
  },

  requestVerification: async (_, { input, idempotencyKey }, context) => {
    const { db, identity, access } = context;
    const householdId = uuidArg('input.householdId', input.householdId);
    const authorisationId = uuidArg('input.authorisationId', input.authorisationId);
    let fresh = false;
    const request = await runMutation(db, identity, { access, operation: 'requestVerification', idempotencyKey, input }, async (tx) => {
      refuseUnlessCurrent(
        await tx.manager
          .getRepository(VerificationAuthorisation)
          .findOne({ where: { id: authorisationId }, lock: { mode: 'pessimistic_read' } }),
        householdId,
        authorisationId,
      );
      const household = await forUpdate(tx.manager, Household, { id: householdId }, `household ${householdId}`);
      fresh = true;
      return addRow(tx, VerificationRequest, 'VerificationRequest', {
        householdId,
        authorisationId,
        regionCode: household.regionCode,
        requestedAt: new Date(),
        reportVersion: 1,
        gatheringUntil: gatheringUntil(),
      });
    });
    await (fresh ? gatherAndKeep(context, 'requestVerification', request) : untilGathered(db, request));
    return request;
  },

  rerunVerification: async (_, { input, idempotencyKey }, context) => {
    const { db, identity, access } = context;
    const id = uuidArg('input.id', input.id);
    let fresh = false;
    const request = await runMutation(db, identity, { access, operation: 'rerunVerification', idempotencyKey, input }, (tx) =>
      changeRow(
        tx,
        VerificationRequest,
        'VerificationRequest',
        { where: { id }, what: `verification ${id}`, version: input.version },
        async (current) => {
          refuseUnlessCurrent(
            await tx.manager.getRepository(VerificationAuthorisation).findOneBy({ id: current.authorisationId }),
            current.householdId,
            current.authorisationId,
          );
          fresh = true;
          // A run still gathering is superseded: its report, when it comes, is not kept (gatherAndKeep).
          return { reportVersion: current.reportVersion + 1, gatheringUntil: gatheringUntil() };
        },
      ),
    );
    await (fresh ? gatherAndKeep(context, 'rerunVerification', request) : untilGathered(db, request));
    return request;
  },
};

const gatheringUntil = () => new Date(Date.now() + GATHERING_SECONDS * 1000);
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export const Verification: VerificationResolvers = {
  household: async (v, _, { loaders }) => (await loaders.householdById.load(v.householdId)) ?? notFoundOf(`household ${v.householdId}`),
  authorisation: async (v, _, context) =>
    (await loadersOf(context).authorisationById.load(v.authorisationId)) ?? notFoundOf(`authorisation ${v.authorisationId}`),
  region: (v) => regionOf(v.regionCode),
  status: async (v, _, context) => statusOf(v, (await loadersOf(context).reportsByRequest.load(v.id)).at(-1)),
  report: async (v, _, context) => (await loadersOf(context).reportsByRequest.load(v.id)).at(-1) ?? null,
  reports: (v, _, context) => loadersOf(context).reportsByRequest.load(v.id),
};

const notFoundOf = (what: string): never => {
  throw notFound(what);
};

export const VerificationAuthorisation_: VerificationAuthorisationResolvers = {
  household: async (a, _, { loaders }) => (await loaders.householdById.load(a.householdId)) ?? notFoundOf(`household ${a.householdId}`),
  signer: async (a, _, { loaders }) => (await loaders.personByKey.load(a.signerKey)) ?? notFoundOf(`person ${a.signerKey}`),
  members: async (a, _, { loaders }) =>
    (await Promise.all(a.memberKeys.map((key) => loaders.personByKey.load(key)))).filter((p): p is Person => p !== null),
};

export const VerificationReport_: VerificationReportResolvers = {
  monthlyIncome: (r) => BigInt(r.monthlyIncomeFen),
  perCapitaMonthlyIncome: (r) => BigInt(r.perCapitaIncomeFen),
  standard: (r) => (r.standardFen === null ? null : BigInt(r.standardFen)),
  items: (r, _, { access }) => {
    // The items are facts about the members: whoever reads them reads those persons.
    for (const item of r.items) access.persons.add(item.personId);
    return r.items;
  },
};

export const VerificationItem: VerificationItemResolvers = {
  monthlyAmount: (i) => (i.monthlyAmountFen === null ? null : BigInt(i.monthlyAmountFen)),
  assetValue: (i) => (i.assetValueFen === null ? null : BigInt(i.assetValueFen)),
};
