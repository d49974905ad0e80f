// One-window intake (一门受理、协同办理, Interim Measures Art 60): the window's application, routed by the rules
// to each need's unit through the outbox; the units' reports of their steps; the application's status across
// every unit and the overdue report, from counties' own tables (no unit's database is read).
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { serviceAgencyOf } from '../../../../shared/src/auth/service-identity';
import { addDays, cityToday } from '../../../../shared/src/dates';
import { badUserInput, forbidden } from '../../../../shared/src/errors';
import { enqueue } from '../../../../shared/src/outbox/outbox';
import {
  governmentUnitOf,
  hasInbox,
  INBOX_UNITS,
  inboxFieldNames,
  isDecided,
  subgraphOfUnit,
} from '../../../../shared/src/referrals/units';
import { intRangeArg, personKeyArg, personRefArg, regionCodeArg, uuidArg } from '../../../../shared/src/validate';
import { runMutation, WriteTransaction } from '../../../../shared/src/writes/mutation';
import { addRow, conflictOn, forUpdate, save, textArg } from '../../../../shared/src/writes/rows';
import { OneWindowApplication as ApplicationRow, OneWindowReferral as ReferralRow, RoutingRule, Township } from '../entities';
import type {
  GovernmentUnit,
  MutationResolvers,
  OneWindowApplicationResolvers,
  OneWindowReferralResolvers,
  QueryResolvers,
  RoutingRuleResolvers,
  ReferralNeed,
} from '../generated/graphql';
import { addWorkingDays, workingDaysAfter } from '../working-days';
import { regionOf } from './Region';

/** How far back a window may date an application it enters late (补录). */
export const MAX_DAYS_RECEIVED_BEFORE = 30;
const MAX_DOCUMENTS = 20;
/** The overdue report's most rows: a county office works through them, it does not page. */
const OVERDUE_REPORT_LIMIT = 1000;

/** The unit's operation that puts a referral in its inbox, sent through the gateway as counties' service. */
const deliveryOf = (referral: ReferralRow, application: ApplicationRow) => ({
  kind: 'referral',
  document: `mutation DeliverReferral($input: ReceiveReferralInput!) { ${inboxFieldNames(subgraphOfUnit(referral.unit)).receive}(input: $input) { id } }`,
  variables: {
    input: {
      id: referral.id,
      applicationId: application.id,
      need: referral.need,
      personId: application.applicantKey,
      townshipCode: application.townshipCode,
      routedOn: referral.routedOn,
      deadline: referral.deadline,
      documents: application.documents,
      consentToVerification: application.consentToVerification,
    },
  },
  purpose: 'REFERRAL' as const,
  // One delivery per referral, whatever retries the write or the relay make.
  dedupeKey: `referral:${referral.id}`,
});

const overdue = (r: ReferralRow, today = cityToday()) => !isDecided(r.status) && r.deadline < today;

/** A discovered need's deadline when no routing rule gives it one. */
const DISCOVERY_DEADLINE_WORKING_DAYS = 15;

/** Routes one need of an application to `unit`: the referral, and its delivery owed to the unit's inbox through the outbox. */
async function route(tx: WriteTransaction, application: ApplicationRow, need: ReferralNeed, unit: GovernmentUnit, days: number) {
  const referral = await addRow(tx, ReferralRow, 'OneWindowReferral', {
    applicationId: application.id,
    need,
    unit,
    applicantKey: application.applicantKey,
    regionCode: application.regionCode,
    townshipCode: application.townshipCode,
    routedOn: application.receivedOn,
    deadline: addWorkingDays(application.receivedOn, days),
    status: 'ROUTED',
    statusOn: application.receivedOn,
    note: null,
    grantedEntity: null,
    grantedRecordId: null,
    reportedVersion: 0,
  });
  await enqueue(tx.manager, deliveryOf(referral, application));
}

/** The rules in force: the latest set for each need. */
function rulesInForce(manager: EntityManager): Promise<RoutingRule[]> {
  return manager
    .getRepository(RoutingRule)
    .createQueryBuilder('r')
    .distinctOn(['r.need'])
    .orderBy('r.need')
    .addOrderBy('r.setAt', 'DESC')
    .addOrderBy('r.id')
    .getMany();
}

export const oneWindowQuery: Pick<QueryResolvers, 'routingRules' | 'oneWindowApplication' | 'oneWindowApplications' | 'overdueReferrals'> =
  {
    routingRules: (_, __, { db }) => rulesInForce(db.manager),

    oneWindowApplication: async (_, { id }, { db, access }) => {
      const application = await db.getRepository(ApplicationRow).findOne({ where: { id: uuidArg('id', id) } });
      if (application) access.persons.add(application.applicantKey);
      if (application?.householdId) access.households.add(application.householdId);
      return application;
    },

    oneWindowApplications: async (_, { personId }, { db, access }) => {
      const key = personKeyArg('personId', personId);
      const applications = await db
        .getRepository(ApplicationRow)
        .find({ where: { applicantKey: key }, order: { receivedOn: 'DESC', id: 'DESC' }, take: 100 });
      access.persons.add(key);
      for (const a of applications) if (a.householdId) access.households.add(a.householdId);
      return applications;
    },

    overdueReferrals: (_, args, { db }) => {
      const regionCode = regionCodeArg('regionCode', args.regionCode);
      const query = db
        .getRepository(ReferralRow)
        .createQueryBuilder('r')
        .where("r.status NOT IN ('GRANTED', 'REFUSED') AND r.deadline < :today", { today: cityToday() });
      if (regionCode) query.andWhere('r.regionCode = :regionCode', { regionCode });
      if (args.unit) query.andWhere('r.unit = :unit', { unit: args.unit });
      return query
        .orderBy('r.regionCode')
        .addOrderBy('r.unit')
        .addOrderBy('r.deadline')
        .addOrderBy('r.id')
        .limit(OVERDUE_REPORT_LIMIT)
        .getMany();
    },
  };

export const oneWindowMutation: Pick<
  MutationResolvers,
  'submitApplication' | 'submitDiscoveryReferral' | 'setRoutingRule' | 'reportReferralStep'
> = {
  setRoutingRule: (_, { input, idempotencyKey }, { db, identity, access }) => {
    if (!hasInbox(subgraphOfUnit(input.unit)))
      throw badUserInput(
        'input.unit',
        `${input.unit} keeps no referral inbox: refer a need to ${INBOX_UNITS.map(governmentUnitOf).join(', ')}`,
      );
    intRangeArg('input.deadlineWorkingDays', input.deadlineWorkingDays, 0, 60);
    return runMutation(db, identity, { access, operation: 'setRoutingRule', idempotencyKey, input }, async (tx) => {
      // One rule set for a need at a time: the next waits for the one being set.
      await tx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`routing_rule:${input.need}`]);
      const inForce = (await rulesInForce(tx.manager)).find((r) => r.need === input.need) ?? null;
      // The history is kept by need: each entry the rule in force before and the rule set.
      return save(
        tx,
        RoutingRule,
        'RoutingRule',
        input.need,
        inForce,
        Object.assign(new RoutingRule(), {
          id: randomUUID(),
          need: input.need,
          unit: input.unit,
          deadlineWorkingDays: input.deadlineWorkingDays,
          version: 1,
        }),
      );
    });
  },

  submitApplication: (_, { input, idempotencyKey }, { db, identity, access, personKeySecret }) => {
    const { key } = personRefArg(input, personKeySecret);
    const householdId = input.householdId != null ? uuidArg('input.householdId', input.householdId) : null;
    if (!/^[0-9]{9}$/.test(input.townshipCode))
      throw badUserInput('input.townshipCode', 'must be 9 digits (the county code, then the township)');
    if (input.needs.length === 0) throw badUserInput('input.needs', 'must name at least one need');
    const twice = input.needs.find((need, i) => input.needs.indexOf(need) !== i);
    if (twice) throw badUserInput('input.needs', `names ${twice} twice: name each need once`);
    if (input.documents.length > MAX_DOCUMENTS) throw badUserInput('input.documents', `names at most ${MAX_DOCUMENTS} documents`);
    const documents = input.documents.map((d, i) => textArg(`input.documents.${i}`, d, 100));
    const today = cityToday();
    const receivedOn = input.receivedOn ?? today;
    if (receivedOn > today) throw badUserInput('input.receivedOn', `must not be in the future (today is ${today})`);
    if (receivedOn < addDays(today, -MAX_DAYS_RECEIVED_BEFORE))
      throw badUserInput(
        'input.receivedOn',
        `must be at most ${MAX_DAYS_RECEIVED_BEFORE} days back (from ${addDays(today, -MAX_DAYS_RECEIVED_BEFORE)})`,
      );
    access.persons.add(key);
    if (householdId) access.households.add(householdId);
    return runMutation(db, identity, { access, operation: 'submitApplication', idempotencyKey, input }, async (tx) => {
      const township = await tx.manager.getRepository(Township).findOne({ where: { code: input.townshipCode } });
      if (!township) throw badUserInput('input.townshipCode', `no township or street ${input.townshipCode} is on record`);
      if (!township.windowName) throw badUserInput('input.townshipCode', `${township.name} has no service window yet`);
      const rules = new Map((await rulesInForce(tx.manager)).map((r) => [r.need, r] as const));
      // A need the applicant already has an undecided referral for is being handled: applying again would double it.
      const open = await tx.manager
        .getRepository(ReferralRow)
        .createQueryBuilder('r')
        .where('r.applicantKey = :key AND r.need IN (:...needs)', { key, needs: input.needs })
        .andWhere("r.status NOT IN ('GRANTED', 'REFUSED')")
        .setLock('pessimistic_write')
        .getOne();
      if (open)
        throw conflictOn('input.needs', `the applicant's ${open.need} referral of ${open.routedOn} is not decided yet`, open.applicationId);
      const application = await addRow<ApplicationRow, 'channel'>(tx, ApplicationRow, 'OneWindowApplication', {
        applicantKey: key,
        householdId,
        townshipCode: township.code,
        regionCode: township.countyCode,
        needs: input.needs,
        documents,
        consentToVerification: input.consentToVerification,
        receivedOn,
      });
      for (const need of input.needs) {
        const rule = rules.get(need);
        if (!rule) throw badUserInput('input.needs', `no routing rule refers ${need} to a unit`);
        await route(tx, application, need, rule.unit, rule.deadlineWorkingDays);
      }
      return application;
    });
  },

  submitDiscoveryReferral: (_, { input }, { db, identity, access }) => {
    const id = uuidArg('input.alertId', input.alertId);
    const key = personKeyArg('input.personId', input.personId);
    const householdId = input.householdId != null ? uuidArg('input.householdId', input.householdId) : null;
    const regionCode = regionCodeArg('input.regionCode', input.regionCode)!;
    const unit = subgraphOfUnit(input.unit);
    if (!hasInbox(unit))
      throw badUserInput(
        'input.unit',
        `${input.unit} keeps no referral inbox: refer a need to ${INBOX_UNITS.map(governmentUnitOf).join(', ')}`,
      );
    const finding = textArg('input.finding', input.finding, 100);
    access.persons.add(key);
    if (householdId) access.households.add(householdId);
    return runMutation(db, identity, { access, operation: 'submitDiscoveryReferral', input }, async (tx) => {
      // Referred before (the outbox retried after a lost answer): the county keeps the application it has.
      const before = await tx.manager.getRepository(ApplicationRow).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (before) return before;
      const open = await tx.manager
        .getRepository(ReferralRow)
        .createQueryBuilder('r')
        .where('r.applicantKey = :key AND r.need = :need', { key, need: input.need })
        .andWhere("r.status NOT IN ('GRANTED', 'REFUSED')")
        .getOne();
      // The need is being handled already: the discovery adds nothing to it.
      if (open) return tx.manager.getRepository(ApplicationRow).findOneByOrFail({ id: open.applicationId });
      const [window] = await tx.manager
        .getRepository(Township)
        .createQueryBuilder('t')
        .where('t.countyCode = :regionCode AND t.windowName IS NOT NULL', { regionCode })
        .orderBy('t.code')
        .limit(1)
        .getMany();
      if (!window) throw badUserInput('input.regionCode', `county ${regionCode} has no service window to take the referral in`);
      const rule = (await rulesInForce(tx.manager)).find((r) => r.need === input.need);
      const today = cityToday();
      const application = Object.assign(new ApplicationRow(), {
        id,
        applicantKey: key,
        householdId,
        townshipCode: window.code,
        regionCode,
        needs: [input.need],
        documents: [finding],
        // Discovery is not an application: the household authorises a verification once it applies.
        consentToVerification: false,
        receivedOn: today,
        channel: 'DISCOVERY',
        version: 1,
      });
      const saved = await save(tx, ApplicationRow, 'OneWindowApplication', id, null, application);
      await route(tx, application, input.need, input.unit, rule?.deadlineWorkingDays ?? DISCOVERY_DEADLINE_WORKING_DAYS);
      return saved;
    });
  },

  reportReferralStep: (_, { input }, { db, identity, access }) => {
    const id = uuidArg('input.referralId', input.referralId);
    const reporter = serviceAgencyOf(identity.role);
    if (input.status === 'ROUTED') throw badUserInput('input.status', 'ROUTED is the county’s own status; a unit reports a step it took');
    const note = input.note != null ? textArg('input.note', input.note, 500) : null;
    return runMutation(db, identity, { access, operation: 'reportReferralStep', input }, async (tx) => {
      const current = await forUpdate(tx.manager, ReferralRow, { id }, `referral ${id}`);
      // A unit's service reports only on its own referrals: its key names it, and no other unit's.
      if (reporter !== subgraphOfUnit(current.unit))
        throw forbidden(`reportReferralStep: referral ${id} was routed to ${current.unit}; ${identity.role} cannot report on it`);
      access.persons.add(current.applicantKey);
      // Repeated (a relay's retry) or overtaken by a later report: the county keeps the latest step.
      if (input.version <= current.reportedVersion) return current;
      return save(
        tx,
        ReferralRow,
        'OneWindowReferral',
        id,
        current,
        Object.assign(new ReferralRow(), {
          ...current,
          status: input.status,
          statusOn: input.on,
          note,
          grantedEntity: input.grantedEntity ?? null,
          grantedRecordId: input.grantedRecordId ?? null,
          reportedVersion: input.version,
          version: current.version + 1,
        }),
      );
    });
  },
};

const needOrder = (needs: ReferralNeed[]) => (r: ReferralRow) => needs.indexOf(r.need);

export const OneWindowApplication: OneWindowApplicationResolvers = {
  person: (a) => ({ id: a.applicantKey }),
  household: (a) => (a.householdId ? { id: a.householdId } : null),
  township: async (a, _, { loaders }) => (await loaders.townshipByCode.load(a.townshipCode))!,
  referrals: async (a, _, { loaders }) => {
    const rows = await loaders.referralsByApplication.load(a.id);
    const order = needOrder(a.needs);
    return [...rows].sort((x, y) => order(x) - order(y));
  },
  decided: async (a, _, { loaders }) => (await loaders.referralsByApplication.load(a.id)).every((r) => isDecided(r.status)),
};

export const OneWindowReferral: OneWindowReferralResolvers = {
  region: (r) => regionOf(r.regionCode),
  township: async (r, _, { loaders }) => (await loaders.townshipByCode.load(r.townshipCode))!,
  overdue: (r) => overdue(r),
  workingDaysOverdue: (r) => (overdue(r) ? workingDaysAfter(r.deadline, cityToday()) : 0),
};

export const RoutingRule_: RoutingRuleResolvers = {
  history: (r, _, { loaders }) => loaders.ruleHistory.load(r.need),
};
