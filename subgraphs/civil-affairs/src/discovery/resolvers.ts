// Civil affairs' proactive discovery (主动发现) on the graph: the rules and their runs, the alerts by unit and county,
// a person's alerts, and the writes: defining and changing rules (a new version each), running them (as civil affairs'
// service, after the answer), opening an alert by hand, referring one through one-window intake, resolving, dismissing.
import { randomUUID } from 'node:crypto';
import { GraphQLSchema } from 'graphql';
import { EntityManager } from 'typeorm';
import { badUserInput, notFound, unavailable } from '../../../../shared/src/errors';
import { manyByKey, oneByKey } from '../../../../shared/src/loaders';
import { enqueue } from '../../../../shared/src/outbox/outbox';
import { entityPage } from '../../../../shared/src/pagination';
import { governmentUnitOf, hasInbox, INBOX_UNITS } from '../../../../shared/src/referrals/units';
import { personKeyArg, regionCodeArg, uuidArg } from '../../../../shared/src/validate';
import { changeHistoryLoader, runMutation } from '../../../../shared/src/writes/mutation';
import { addRow, changeRow, conflictOn, save, textArg } from '../../../../shared/src/writes/rows';
import type { Context } from '../context';
import { Person } from '../entities';
import type {
  DiscoveryAlertCountResolvers,
  DiscoveryAlertFilter,
  DiscoveryAlertResolvers,
  DiscoveryEvidenceResolvers,
  DiscoveryMeasure,
  DiscoveryRuleResolvers,
  DiscoveryRunResolvers,
  MutationResolvers,
  PersonResolvers,
  QueryResolvers,
} from '../generated/graphql';
import { regionOf } from '../resolvers/Region';
import { checkCondition } from './conditions';
import { AlertCount, DiscoveryAlert, DiscoveryRule, DiscoveryRun } from './entities';
import { visitEvidence } from './run';
import { shareOfIncome } from './measures';
import { discoveryServices } from './service';

/** Each request's loaders of discovery rows, made with its loaders (so they never outlive the request). */
const perRequest = new WeakMap<object, ReturnType<typeof discoveryLoaders>>();
const discoveryLoaders = ({ db }: Context) => ({
  ruleById: oneByKey(db.getRepository(DiscoveryRule), 'id'),
  runsByRuleId: manyByKey(db.getRepository(DiscoveryRun), 'ruleId', [{ by: 'startedAt', desc: true }]),
  alertsByPersonKey: manyByKey(db.getRepository(DiscoveryAlert), 'personKey', [{ by: 'openedAt', desc: true }]),
  ruleHistory: changeHistoryLoader(db, 'DiscoveryRule'),
  alertHistory: changeHistoryLoader(db, 'DiscoveryAlert'),
});
const loadersOf = (context: Context) => {
  let loaders = perRequest.get(context.loaders);
  if (!loaders) perRequest.set(context.loaders, (loaders = discoveryLoaders(context)));
  return loaders;
};

/** A person's alerts Person.alerts shows: the latest fifty. */
const PERSON_ALERTS = 50;
/** A rule's runs DiscoveryRule.runs shows: the latest twenty. */
const RULE_RUNS = 20;
/** The rules one runDiscoveryRules may name. */
const MAX_RULES_RUN = 20;
const LIVE = ['OPEN', 'REFERRED'];

/** Counties' operation that takes an alert in as an application from the discovery channel (subgraphs/counties, civil affairs' service only). */
export const SUBMIT_DISCOVERY_REFERRAL = `mutation SubmitDiscoveryReferral($input: DiscoveryReferralInput!) {
  submitDiscoveryReferral(input: $input) { id }
}`;

const unitArg = (field: string, unit: string) => {
  if (!hasInbox(unit))
    throw badUserInput(field, `${JSON.stringify(unit.slice(0, 40))} keeps no referral inbox: one of ${INBOX_UNITS.join(', ')}`);
  return unit;
};

/** A rule's measure settings as JSON (`field` names them): an object, with a valid share for SELF_PAID_MEDICAL_SHARE. */
function parametersArg(field: string, json: string | null | undefined, measure: DiscoveryMeasure | null): Record<string, unknown> {
  let parameters: unknown = {};
  if (json != null) {
    try {
      parameters = JSON.parse(json);
    } catch {
      throw badUserInput(field, 'is not JSON: give the measure settings as a JSON object, e.g. {"shareOfIncome": "0.25"}');
    }
  }
  if (!parameters || typeof parameters !== 'object' || Array.isArray(parameters)) throw badUserInput(field, 'must be a JSON object');
  const given = parameters as Record<string, unknown>;
  if (measure === 'SELF_PAID_MEDICAL_SHARE' && shareOfIncome(given) === null)
    throw badUserInput(field, 'SELF_PAID_MEDICAL_SHARE needs shareOfIncome, a decimal string from 0.01 to 10 (e.g. "0.25")');
  return given;
}

function alertsMatching(context: Context, filter: DiscoveryAlertFilter | null | undefined) {
  const f = filter ?? {};
  const query = context.db.getRepository(DiscoveryAlert).createQueryBuilder('a');
  if (f.unit != null) query.andWhere('a.responsibleUnit = :unit', { unit: unitArg('filter.unit', f.unit) });
  const region = regionCodeArg('filter.regionCode', f.regionCode);
  if (region) query.andWhere('a.regionCode = :region', { region });
  if (f.status) query.andWhere('a.status = :status', { status: f.status });
  if (f.ruleId != null) query.andWhere('a.ruleId = :ruleId', { ruleId: uuidArg('filter.ruleId', f.ruleId) });
  return query;
}

/** An alert read: its person and household go on the access log, whatever fields were asked. */
function read(context: Context, alert: DiscoveryAlert): DiscoveryAlert {
  context.access.persons.add(alert.personKey);
  if (alert.householdId) context.access.households.add(alert.householdId);
  return alert;
}

export const discoveryQuery: QueryResolvers = {
  discoveryRules: (_, __, { db }) => db.getRepository(DiscoveryRule).find({ order: { active: 'DESC', name: 'ASC' } }),
  discoveryRule: (_, { id }, context) => loadersOf(context).ruleById.load(uuidArg('id', id)),
  discoveryRun: (_, { id }, { db }) => db.getRepository(DiscoveryRun).findOneBy({ id: uuidArg('id', id) }),
  discoveryAlerts: (_, args, context) =>
    entityPage(alertsMatching(context, args.filter), args, { key: 'listKey', toNode: (row) => read(context, row) }),
  discoveryAlertCounts: async (_, { filter }, context) => {
    const query = alertsMatching(context, filter)
      .select('a.regionCode', 'regionCode')
      .addSelect('a.responsibleUnit', 'responsibleUnit')
      .addSelect('a.status', 'status')
      .addSelect('count(*)::int', 'alerts');
    if (!filter?.status) query.andWhere('a.status IN (:...live)', { live: LIVE });
    return query
      .groupBy('a.regionCode')
      .addGroupBy('a.responsibleUnit')
      .addGroupBy('a.status')
      .orderBy('1')
      .addOrderBy('2')
      .addOrderBy('3')
      .getRawMany<AlertCount>();
  },
};

/** A rule's fields as a write gives them (`at` the input's path), each checked; what is not given stays as it is. */
function ruleChanges(input: Record<string, unknown>, schema: GraphQLSchema, current?: DiscoveryRule): Partial<DiscoveryRule> {
  const given = (name: string) => input[name] !== undefined && (input[name] !== null || name === 'measure');
  const changes: Partial<DiscoveryRule> = {};
  if (given('name')) changes.name = textArg('input.name', String(input.name), 100);
  if (given('description')) changes.description = textArg('input.description', String(input.description), 1000);
  if (given('responsibleUnit')) changes.responsibleUnit = unitArg('input.responsibleUnit', String(input.responsibleUnit));
  if (given('need')) changes.need = input.need as DiscoveryRule['need'];
  if (given('alertPer')) changes.alertPer = input.alertPer as DiscoveryRule['alertPer'];
  if (given('condition')) changes.condition = JSON.stringify(checkCondition('input.condition', String(input.condition), schema));
  if (given('measure')) changes.measure = (input.measure as DiscoveryMeasure | null) ?? null;
  if (given('active')) changes.active = Boolean(input.active);
  const measure = changes.measure !== undefined ? changes.measure : (current?.measure ?? null);
  if (given('parameters') || given('measure'))
    changes.parameters = JSON.stringify(
      parametersArg('input.parameters', given('parameters') ? String(input.parameters) : (current?.parameters ?? '{}'), measure),
    );
  return changes;
}

/** A rule's name is its own: another rule by that name is a CONFLICT naming it. */
async function refuseNameTaken(manager: EntityManager, name: string | undefined, id: string) {
  if (name === undefined) return;
  const other = await manager.getRepository(DiscoveryRule).findOneBy({ name });
  if (other && other.id !== id) throw conflictOn('input.name', `another rule is named ${name}`, other.id);
}

/** Moves an alert along its lifecycle: from a live status only, as its next version. */
function step(
  context: Context,
  operation: string,
  input: { id: string; version: number },
  idempotencyKey: string | null | undefined,
  change: (current: DiscoveryAlert, manager: EntityManager) => Partial<DiscoveryAlert> | Promise<Partial<DiscoveryAlert>>,
) {
  const id = uuidArg('input.id', input.id);
  return runMutation(context.db, context.identity, { access: context.access, operation, idempotencyKey, input }, (tx) =>
    changeRow(tx, DiscoveryAlert, 'DiscoveryAlert', { where: { id }, what: `alert ${id}`, version: input.version }, async (current) => {
      if (!LIVE.includes(current.status))
        throw badUserInput(
          'input.id',
          `the alert was ${current.status} on ${current.closedAt?.toISOString().slice(0, 10)}: a closed alert does not change again`,
        );
      return change(current, tx.manager);
    }),
  );
}

export const discoveryMutation: MutationResolvers = {
  defineDiscoveryRule: (_, { input, idempotencyKey }, { db, identity, access }, info) => {
    const fields = ruleChanges({ alertPer: 'PERSON', measure: null, ...input, parameters: input.parameters ?? '{}' }, info.schema);
    return runMutation(db, identity, { access, operation: 'defineDiscoveryRule', idempotencyKey, input }, async (tx) => {
      await refuseNameTaken(tx.manager, fields.name, '');
      const id = randomUUID();
      return save(
        tx,
        DiscoveryRule,
        'DiscoveryRule',
        id,
        null,
        Object.assign(new DiscoveryRule(), { id, ...fields, active: true, version: 1 }),
      );
    });
  },

  changeDiscoveryRule: (_, { input, idempotencyKey }, { db, identity, access }, info) => {
    const id = uuidArg('input.id', input.id);
    return runMutation(db, identity, { access, operation: 'changeDiscoveryRule', idempotencyKey, input }, (tx) =>
      changeRow(tx, DiscoveryRule, 'DiscoveryRule', { where: { id }, what: `rule ${id}`, version: input.version }, async (current) => {
        const changes = ruleChanges(input, info.schema, current);
        await refuseNameTaken(tx.manager, changes.name, id);
        return changes;
      }),
    );
  },

  runDiscoveryRules: async (_, { input, idempotencyKey }, { db, identity, access }) => {
    const asked = input.ruleIds ?? null;
    if (asked && (asked.length === 0 || asked.length > MAX_RULES_RUN))
      throw badUserInput('input.ruleIds', `names 1 to ${MAX_RULES_RUN} rules; leave it out to run every active rule`);
    const ids = asked?.map((id, i) => uuidArg(`input.ruleIds.${i}`, id));
    const rules = await db.getRepository(DiscoveryRule).find({ order: { id: 'ASC' } });
    ids?.forEach((id, i) => {
      const rule = rules.find((r) => r.id === id);
      if (!rule) throw badUserInput(`input.ruleIds.${i}`, `no rule has the id ${id}`);
      if (!rule.active) throw badUserInput(`input.ruleIds.${i}`, `rule ${rule.name} is inactive: make it active to run it`);
    });
    const service = discoveryServices.get(db);
    if (!service) throw unavailable('civil affairs is not connected to the graph (GATEWAY_URL): its rules ask the other units through it');
    return service.run({ ruleIds: ids ?? rules.filter((r) => r.active).map((r) => r.id), caller: identity, access, idempotencyKey });
  },

  openDiscoveryAlert: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const ruleId = uuidArg('input.ruleId', input.ruleId);
    const personKey = personKeyArg('input.personId', input.personId);
    const note = textArg('input.note', input.note, 500);
    return runMutation(db, identity, { access, operation: 'openDiscoveryAlert', idempotencyKey, input }, async (tx) => {
      const rule = await tx.manager.getRepository(DiscoveryRule).findOneBy({ id: ruleId });
      if (!rule) throw badUserInput('input.ruleId', `no rule has the id ${ruleId}`);
      const person = await tx.manager.getRepository(Person).findOneBy({ key: personKey });
      if (!person) throw notFound(`person ${personKey}`);
      const live = await tx.manager
        .getRepository(DiscoveryAlert)
        .createQueryBuilder('a')
        .where('a.ruleId = :ruleId AND a.personKey = :personKey AND a.status IN (:...live)', { ruleId, personKey, live: LIVE })
        .setLock('pessimistic_write')
        .getOne();
      if (live) throw conflictOn('input.personId', `the person has an alert under ${rule.name} already (${live.status})`, live.id);
      const now = new Date();
      return addRow<DiscoveryAlert, 'listKey'>(tx, DiscoveryAlert, 'DiscoveryAlert', {
        ruleId,
        ruleVersion: rule.version,
        personKey,
        householdId: person.householdId,
        regionCode: person.regionCode,
        responsibleUnit: rule.responsibleUnit,
        need: rule.need,
        status: 'OPEN',
        evidence: visitEvidence(now, identity.role),
        openedByRun: null,
        openedAt: now,
        lastMatchedAt: now,
        referredAt: null,
        closedAt: null,
        closedByRun: null,
        note,
        closedReason: null,
      });
    });
  },

  // The referral is owed to counties in the step's transaction: the outbox delivers it whenever counties answer.
  referDiscoveryAlert: (_, { input, idempotencyKey }, context) =>
    step(context, 'referDiscoveryAlert', input, idempotencyKey, async (current, manager) => {
      if (current.status !== 'OPEN') throw badUserInput('input.id', 'the alert was referred already: a referral is made once');
      const rule = await manager.getRepository(DiscoveryRule).findOneByOrFail({ id: current.ruleId });
      await enqueue(manager, {
        kind: 'discovery-referral',
        document: SUBMIT_DISCOVERY_REFERRAL,
        variables: {
          input: {
            alertId: current.id,
            personId: current.personKey,
            householdId: current.householdId,
            regionCode: current.regionCode,
            need: current.need,
            unit: governmentUnitOf(current.responsibleUnit),
            finding: `主动发现: ${rule.name} (v${current.ruleVersion})`.slice(0, 100),
          },
        },
        purpose: 'REFERRAL',
        dedupeKey: `discovery-referral:${current.id}`,
      });
      return { status: 'REFERRED', referredAt: new Date() };
    }),

  resolveDiscoveryAlert: (_, { input, idempotencyKey }, context) => {
    const note = input.note != null ? textArg('input.note', input.note, 500) : null;
    return step(context, 'resolveDiscoveryAlert', input, idempotencyKey, () => ({
      status: 'RESOLVED',
      closedAt: new Date(),
      closedReason: note,
    }));
  },

  dismissDiscoveryAlert: (_, { input, idempotencyKey }, context) => {
    const reason = textArg('input.reason', input.reason, 500);
    return step(context, 'dismissDiscoveryAlert', input, idempotencyKey, () => ({
      status: 'DISMISSED',
      closedAt: new Date(),
      closedReason: reason,
    }));
  },
};

export const DiscoveryRule_: DiscoveryRuleResolvers = {
  lastRun: async (r, _, context) => (await loadersOf(context).runsByRuleId.load(r.id))[0] ?? null,
  runs: async (r, _, context) => (await loadersOf(context).runsByRuleId.load(r.id)).slice(0, RULE_RUNS),
  history: (r, _, context) => loadersOf(context).ruleHistory.load(r.id),
};

const ruleOf = async (context: Context, id: string) => (await loadersOf(context).ruleById.load(id)) ?? notFoundOf(`rule ${id}`);
const notFoundOf = (what: string): never => {
  throw notFound(what);
};

export const DiscoveryRun_: DiscoveryRunResolvers = {
  rule: (run, _, context) => ruleOf(context, run.ruleId),
};

export const DiscoveryAlert_: DiscoveryAlertResolvers = {
  person: async (a, _, { loaders }) => (await loaders.personByKey.load(a.personKey)) ?? notFoundOf(`person ${a.personKey}`),
  household: (a, _, { loaders }) => (a.householdId ? loaders.householdById.load(a.householdId) : null),
  region: (a) => regionOf(a.regionCode),
  rule: (a, _, context) => ruleOf(context, a.ruleId),
  openedByHand: (a) => a.openedByRun === null,
  history: (a, _, context) => loadersOf(context).alertHistory.load(a.id),
};

export const DiscoveryEvidence: DiscoveryEvidenceResolvers = {
  condition: (e) => (e.condition === null ? null : JSON.stringify(e.condition)),
  amount: (e) => (e.amountFen === null ? null : BigInt(e.amountFen)),
};

export const DiscoveryAlertCount: DiscoveryAlertCountResolvers = {
  region: (c) => regionOf(c.regionCode),
};

export const discoveryPerson: Pick<PersonResolvers, 'alerts'> = {
  alerts: async (p, _, context) =>
    (await loadersOf(context).alertsByPersonKey.load(p.key)).slice(0, PERSON_ALERTS).map((a) => read(context, a)),
};
