// Every unit's inbox of one-window referrals, one set of resolvers for all of them: counties' service delivers
// a referral (idempotent by its id); the unit's staff accept it, ask for information, grant or refuse it, each
// step a write (runMutation: idempotent, version-checked, in the history) that owes counties a report of it
// through the unit's outbox, so counties answer an application's status without reading the unit's database.
import { GraphQLResolveInfo } from 'graphql';
import { EntityManager } from 'typeorm';
import { cityToday } from '../dates';
import type { TableClass } from '../db';
import { badUserInput } from '../errors';
import { enqueue } from '../outbox/outbox';
import { entityPage, PageArgs } from '../pagination';
import type { SubgraphContext } from '../subgraph';
import { personKeyArg, uuidArg } from '../validate';
import { runMutation } from '../writes/mutation';
import { changeRow, save, textArg } from '../writes/rows';
import { InboxReferral } from './entity';
import { inboxFieldNames, isDecided, REFERRAL_NEEDS, ReferralStatus } from './units';

type Context = SubgraphContext<unknown>;

/** Counties' operation that records a unit's step on a referral it routed (subgraphs/counties, service-only). */
export const REPORT_REFERRAL_STEP = `mutation ReportReferralStep($input: ReferralStepReport!) { reportReferralStep(input: $input) { id status } }`;

/** Owes counties the report of the referral as it now stands, in the step's transaction: once per version. */
async function reportToCounties(manager: EntityManager, referral: InboxReferral): Promise<void> {
  await enqueue(manager, {
    kind: 'referral-step',
    document: REPORT_REFERRAL_STEP,
    variables: {
      input: {
        referralId: referral.id,
        status: referral.status,
        version: referral.version,
        on: referral.statusOn,
        note: referral.note,
        grantedEntity: referral.grantedEntity,
        grantedRecordId: referral.grantedRecordId,
      },
    },
    purpose: 'REFERRAL',
    dedupeKey: `referral-step:${referral.id}:${referral.version}`,
  });
}

const overdue = (r: InboxReferral) => !isDecided(r.status) && r.deadline < cityToday();

interface InboxFilter {
  status?: string | null;
  need?: string | null;
  personId?: string | null;
  overdue?: boolean | null;
}

interface Step {
  id: string;
  version: number;
  note?: string | null;
}

/** Which steps a referral takes from which status: nothing after a decision. */
const FROM: Record<Exclude<ReferralStatus, 'ROUTED' | 'RECEIVED'>, readonly string[]> = {
  ACCEPTED: ['RECEIVED', 'INFORMATION_REQUESTED'],
  INFORMATION_REQUESTED: ['RECEIVED', 'ACCEPTED', 'INFORMATION_REQUESTED'],
  GRANTED: ['RECEIVED', 'ACCEPTED', 'INFORMATION_REQUESTED'],
  REFUSED: ['RECEIVED', 'ACCEPTED', 'INFORMATION_REQUESTED'],
};

/** The Person a referral names, as the unit's own Person resolver answers for a key. */
type PersonOf = (key: string, context: Context, info: GraphQLResolveInfo) => unknown;

/**
 * The inbox's resolvers for `subgraph`: its Query list, its Mutation fields and InboxReferral's. `personOf`
 * resolves the applicant the way the unit resolves any Person reference; `records` are the unit's own entities,
 * the records a grant may name.
 */
export function inboxResolvers(subgraph: string, personOf: PersonOf, records: readonly TableClass[]) {
  const fields = inboxFieldNames(subgraph);

  /**
   * One step of the unit's staff on a referral: checked, saved as the next version, recorded, reported. `confirm`
   * checks what the step names against the unit's database, in the step's transaction.
   */
  const step =
    (
      operation: string,
      to: keyof typeof FROM,
      check: (input: Step & Record<string, unknown>) => Partial<InboxReferral>,
      confirm?: (manager: EntityManager, changes: Partial<InboxReferral>) => Promise<void>,
    ) =>
    async (_: unknown, args: { input: Step & Record<string, unknown>; idempotencyKey?: string | null }, context: Context) => {
      const { input, idempotencyKey } = args;
      const id = uuidArg('input.id', input.id);
      const changes = check(input);
      return runMutation(context.db, context.identity, { access: context.access, operation, idempotencyKey, input }, async (tx) => {
        const referral = { where: { id }, what: `referral ${id}`, version: input.version };
        const saved = await changeRow(tx, InboxReferral, 'InboxReferral', referral, async (current) => {
          context.access.persons.add(current.applicantKey);
          if (!FROM[to].includes(current.status)) {
            throw badUserInput(
              'input.id',
              isDecided(current.status)
                ? `the referral was decided (${current.status}) on ${current.statusOn}: a decided referral does not change again`
                : `a ${current.status} referral cannot become ${to}`,
            );
          }
          await confirm?.(tx.manager, changes);
          return {
            note: null,
            grantedEntity: null,
            grantedRecordId: null,
            ...changes,
            status: to,
            statusOn: notBefore(current.routedOn),
          };
        });
        await reportToCounties(tx.manager, saved);
        return saved;
      });
    };

  const optionalNote = (input: Step) => ({ note: input.note != null ? textArg('input.note', input.note, 500) : null });

  return {
    Query: {
      [fields.list]: (_: unknown, args: PageArgs & { filter?: InboxFilter | null }, context: Context) => {
        const f = args.filter ?? {};
        const query = context.db.getRepository(InboxReferral).createQueryBuilder('r');
        if (f.status != null) query.andWhere('r.status = :status', { status: f.status });
        if (f.need != null) query.andWhere('r.need = :need', { need: f.need });
        if (f.personId != null) query.andWhere('r.applicantKey = :key', { key: personKeyArg('filter.personId', f.personId) });
        if (f.overdue === true) query.andWhere("r.status NOT IN ('GRANTED', 'REFUSED') AND r.deadline < :today", { today: cityToday() });
        if (f.overdue === false) query.andWhere("(r.status IN ('GRANTED', 'REFUSED') OR r.deadline >= :today)", { today: cityToday() });
        return entityPage(query, args, {
          key: 'id',
          toNode: (row) => {
            context.access.persons.add(row.applicantKey);
            return row;
          },
        });
      },
    },
    Mutation: {
      [fields.receive]: async (_: unknown, { input }: { input: Record<string, unknown> & ReceiveInput }, context: Context) => {
        const referral = receivedReferral(input);
        context.access.persons.add(referral.applicantKey);
        return runMutation(context.db, context.identity, { access: context.access, operation: fields.receive, input }, async (tx) => {
          const existing = await tx.manager
            .getRepository(InboxReferral)
            .findOne({ where: { id: referral.id }, lock: { mode: 'pessimistic_write' } });
          // Delivered before (the relay retried after a lost answer): the inbox keeps the one it has.
          if (existing) return existing;
          const saved = await save(tx, InboxReferral, 'InboxReferral', referral.id, null, referral);
          await reportToCounties(tx.manager, saved);
          return saved;
        });
      },
      [fields.accept]: step(fields.accept, 'ACCEPTED', optionalNote),
      [fields.askForInformation]: step(fields.askForInformation, 'INFORMATION_REQUESTED', (input) => {
        if (input.note == null) throw badUserInput('input.note', 'is required: say what information the applicant is to bring');
        return optionalNote(input);
      }),
      [fields.grant]: step(
        fields.grant,
        'GRANTED',
        (input) => {
          const entity = String(input.grantedEntity).trim();
          if (!/^[A-Z][A-Za-z]{1,49}$/.test(entity))
            throw badUserInput('input.grantedEntity', 'must be the GraphQL type of the record granted, e.g. EducationAid');
          return {
            ...optionalNote(input),
            grantedEntity: entity,
            grantedRecordId: textArg('input.grantedRecordId', String(input.grantedRecordId), 100),
          };
        },
        (manager, { grantedEntity, grantedRecordId }) => confirmGrantedRecord(manager, subgraph, records, grantedEntity!, grantedRecordId!),
      ),
      [fields.refuse]: step(fields.refuse, 'REFUSED', (input) => ({ note: textArg('input.reason', String(input.reason), 500) })),
    },
    InboxReferral: {
      person: (r: InboxReferral, _: unknown, context: Context, info: GraphQLResolveInfo) => personOf(r.applicantKey, context, info),
      overdue: (r: InboxReferral) => overdue(r),
    },
  };
}

/**
 * A grant names the record it made: one of the unit's own record types (its definition's entities, kept under an
 * id) and a record of it that the unit holds, so that counties and the caseworker never read a grant of something
 * that is not there (BAD_USER_INPUT naming which part is wrong).
 */
async function confirmGrantedRecord(
  manager: EntityManager,
  subgraph: string,
  records: readonly TableClass[],
  entity: string,
  id: string,
): Promise<void> {
  const types = records
    .map((r) => manager.connection.getMetadata(r))
    .filter((m) => m.primaryColumns.length === 1 && m.primaryColumns[0].propertyName === 'id');
  const metadata = types.find((m) => m.name === entity);
  if (!metadata)
    throw badUserInput(
      'input.grantedEntity',
      `${entity} is not a record type ${subgraph} keeps; one of: ${types
        .map((m) => m.name)
        .sort()
        .join(', ')}`,
    );
  if (metadata.primaryColumns[0].type === 'uuid') uuidArg('input.grantedRecordId', id);
  if (!(await manager.getRepository(metadata.target).exists({ where: { id } })))
    throw badUserInput('input.grantedRecordId', `${subgraph} has no ${entity} ${id}: record the grant first, then grant the referral`);
}

interface ReceiveInput {
  id: string;
  applicationId: string;
  need: string;
  personId: string;
  townshipCode: string;
  routedOn: string;
  deadline: string;
  documents: string[];
  consentToVerification: boolean;
}

/** A delivered referral, checked: counties' service is trusted to be itself, not to send well-formed input. */
function receivedReferral(input: ReceiveInput): InboxReferral {
  if (!(REFERRAL_NEEDS as readonly string[]).includes(input.need)) throw badUserInput('input.need', `is not a need: ${input.need}`);
  if (!/^[0-9]{9}$/.test(input.townshipCode)) throw badUserInput('input.townshipCode', 'must be 9 digits');
  if (input.deadline < input.routedOn) throw badUserInput('input.deadline', 'must not be before input.routedOn');
  if (input.documents.length > 20) throw badUserInput('input.documents', 'names at most 20 documents');
  return Object.assign(new InboxReferral(), {
    id: uuidArg('input.id', input.id),
    applicationId: uuidArg('input.applicationId', input.applicationId),
    need: input.need,
    applicantKey: personKeyArg('input.personId', input.personId),
    townshipCode: input.townshipCode,
    routedOn: input.routedOn,
    deadline: input.deadline,
    documents: input.documents.map((d, i) => textArg(`input.documents.${i}`, d, 100)),
    consentToVerification: input.consentToVerification,
    status: 'RECEIVED',
    statusOn: notBefore(input.routedOn),
    note: null,
    grantedEntity: null,
    grantedRecordId: null,
    version: 1,
  });
}

/** Today, or the routing day when a paper application was entered dated after the clock's today: a step never precedes it. */
function notBefore(earliest: string): string {
  const today = cityToday();
  return today < earliest ? earliest : today;
}
