// Civil affairs' writes: persons, households and assistance cases, through runMutation.
import { cityToday } from '../../../../shared/src/dates';
import { serviceAgencyOf } from '../../../../shared/src/auth/service-identity';
import { badUserInput, forbidden } from '../../../../shared/src/errors';
import { birthDateOf, genderOf } from '../../../../shared/src/id-number';
import { personKey } from '../../../../shared/src/person-key';
import { idNumberArg, personKeyArg, regionCodeArg, uuidArg } from '../../../../shared/src/validate';
import { runMutation, WriteTransaction } from '../../../../shared/src/writes/mutation';
import { addRow, changeRow, conflictOn, forUpdate, save, textArg } from '../../../../shared/src/writes/rows';
import { AssistanceCase, Household, Person } from '../entities';
import type { MutationResolvers } from '../generated/graphql';
import { checkCaseChange, checkCaseDate } from '../rules';
import { CIVIL_AFFAIRS, registerHolder } from '../record-holders';

const NAME = /^[\p{Script=Han}A-Za-z·•. -]{1,64}$/u;

function nameArg(field: string, name: string): string {
  const value = name.trim();
  if (!NAME.test(value)) throw badUserInput(field, 'must be 1-64 letters (Chinese or Latin), spaces, dots or ·');
  return value;
}

/** Every write keeps it (and the database checks it at commit: migrations/1764800000200-HouseholdHasOneHead.ts). */
const HEAD_RULE = 'a household always has exactly one head who is a member of it';

/** The household a person heads, if any: a head cannot leave it, nor head another. */
async function householdHeadedBy(tx: WriteTransaction, person: Person): Promise<Household | null> {
  if (!person.householdId) return null;
  const household = await forUpdate(tx.manager, Household, { id: person.householdId }, `household ${person.householdId}`);
  return household.headKey === person.key ? household : null;
}

/** How many persons one note of the register may name: an outbox message is one write's persons. */
const MAX_NOTED = 1000;

export const Mutation: MutationResolvers = {
  noteRecordsHeld: async (_, { personKeys }, { db, identity, access }) => {
    const agency = serviceAgencyOf(identity.role);
    if (!agency) throw forbidden(`noteRecordsHeld: only an agency's service notes its own records (role ${identity.role} is a person's)`);
    if (personKeys.length > MAX_NOTED)
      throw badUserInput('personKeys', `at most ${MAX_NOTED} persons a note; send ${personKeys.length} in several`);
    const keys = [...new Set(personKeys.map((key, i) => personKeyArg(`personKeys.${i}`, key)))];
    for (const key of keys) access.persons.add(key);
    await db.query('INSERT INTO person_record_holder (person_key, agency) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING', [
      keys,
      agency,
    ]);
    return { agency, persons: keys.length };
  },
  registerPerson: (_, { input, idempotencyKey }, { db, identity, access, personKeySecret }) => {
    const idNumber = idNumberArg('input.idNumber', input.idNumber);
    const name = nameArg('input.name', input.name);
    const householdId = input.householdId ? uuidArg('input.householdId', input.householdId) : null;
    const region = regionCodeArg('input.regionCode', input.regionCode);
    if (householdId && !input.relationToHead) throw badUserInput('input.relationToHead', 'is required when joining a household');
    if (householdId && input.relationToHead === 'HEAD') {
      throw badUserInput(
        'input.relationToHead',
        `cannot be HEAD: the household has its head, and ${HEAD_RULE}; register a household with this person as its head instead`,
      );
    }
    return runMutation(db, identity, { access, operation: 'registerPerson', idempotencyKey, input }, async (tx) => {
      const household = householdId ? await forUpdate(tx.manager, Household, { id: householdId }, `household ${householdId}`) : null;
      const regionCode = region ?? household?.regionCode;
      if (!regionCode) throw badUserInput('input.regionCode', 'is required when the person joins no household');
      const person = Object.assign(new Person(), {
        key: personKey(idNumber, personKeySecret),
        idNumber,
        name,
        gender: genderOf(idNumber),
        birthDate: birthDateOf(idNumber),
        regionCode,
        householdId,
        relationToHead: householdId ? input.relationToHead : null,
        version: 1,
      });
      if (await tx.manager.getRepository(Person).exists({ where: { idNumber } })) {
        throw conflictOn('input.idNumber', `a person with this ID number is already in the index (id ${person.key})`, person.key);
      }
      // Civil affairs now holds the person's index record; in the same transaction, so neither stands alone.
      await registerHolder(tx.manager, person.key, CIVIL_AFFAIRS);
      return save(tx, Person, 'Person', person.key, null, person);
    });
  },

  registerHousehold: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const regionCode = regionCodeArg('input.regionCode', input.regionCode)!;
    const address = textArg('input.address', input.address, 200);
    const headId = personKeyArg('input.headId', input.headId);
    return runMutation(db, identity, { access, operation: 'registerHousehold', idempotencyKey, input }, async (tx) => {
      const head = await forUpdate(tx.manager, Person, { key: headId }, `person ${headId}`);
      const headed = await householdHeadedBy(tx, head);
      if (headed)
        throw badUserInput('input.headId', `is the head of household ${headed.id}, which would be left without one: ${HEAD_RULE}`);
      const household = await addRow(tx, Household, 'Household', {
        regionCode,
        address,
        headKey: head.key,
        registeredOn: input.registeredOn ?? cityToday(),
      });
      await save(
        tx,
        Person,
        'Person',
        head.key,
        { ...head },
        Object.assign(head, { householdId: household.id, relationToHead: 'HEAD', regionCode, version: head.version + 1 }),
      );
      return household;
    });
  },

  movePerson: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const personId = personKeyArg('input.personId', input.personId);
    const toHouseholdId = uuidArg('input.toHouseholdId', input.toHouseholdId);
    const mover = { where: { key: personId }, what: `person ${personId}`, version: input.version, historyId: personId };
    return runMutation(db, identity, { access, operation: 'movePerson', idempotencyKey, input }, (tx) =>
      changeRow(tx, Person, 'Person', mover, async (person) => {
        const target = await forUpdate(tx.manager, Household, { id: toHouseholdId }, `household ${toHouseholdId}`);
        if (person.householdId === target.id) throw badUserInput('input.toHouseholdId', 'is the household the person already belongs to');
        if (input.relationToHead === 'HEAD') {
          throw badUserInput(
            'input.relationToHead',
            `cannot be HEAD: household ${target.id} has its head, and ${HEAD_RULE}; register a new household to make someone head`,
          );
        }
        const headed = await householdHeadedBy(tx, person);
        if (headed)
          throw badUserInput('input.personId', `is the head of household ${headed.id}, which would be left without one: ${HEAD_RULE}`);
        return { householdId: target.id, relationToHead: input.relationToHead, regionCode: target.regionCode };
      }),
    );
  },

  openAssistanceCase: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const householdId = uuidArg('input.householdId', input.householdId);
    checkCaseDate('input.startDate', input.startDate);
    checkCaseChange({
      from: 'APPLIED',
      to: 'APPLIED',
      program: input.program,
      startDate: input.startDate,
      endDate: null,
      reason: null,
      monthlyAmountFen: input.monthlyAmount ?? null,
      oneOffAmountFen: input.oneOffAmount ?? null,
    });
    return runMutation(db, identity, { access, operation: 'openAssistanceCase', idempotencyKey, input }, async (tx) => {
      const household = await forUpdate(tx.manager, Household, { id: householdId }, `household ${householdId}`);
      return addRow(tx, AssistanceCase, 'AssistanceCase', {
        householdId,
        regionCode: household.regionCode,
        program: input.program,
        status: 'APPLIED',
        startDate: input.startDate,
        endDate: null,
        monthlyAmountFen: input.monthlyAmount?.toString() ?? null,
        oneOffAmountFen: input.oneOffAmount?.toString() ?? null,
        perCapitaIncomeFen: input.perCapitaIncome?.toString() ?? null,
        statusReason: null,
      });
    });
  },

  changeAssistanceCase: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    if (input.endDate) checkCaseDate('input.endDate', input.endDate);
    if (input.reason != null) textArg('input.reason', input.reason, 500);
    const assistanceCase = { where: { id }, what: `assistance case ${id}`, version: input.version };
    return runMutation(db, identity, { access, operation: 'changeAssistanceCase', idempotencyKey, input }, (tx) =>
      changeRow(tx, AssistanceCase, 'AssistanceCase', assistanceCase, (current) => {
        const next = {
          status: input.status ?? current.status,
          monthlyAmountFen: input.monthlyAmount != null ? input.monthlyAmount.toString() : current.monthlyAmountFen,
          oneOffAmountFen: input.oneOffAmount != null ? input.oneOffAmount.toString() : current.oneOffAmountFen,
          endDate: input.endDate ?? current.endDate,
          statusReason: input.reason?.trim() ?? current.statusReason,
        };
        if (['TERMINATED', 'REJECTED'].includes(current.status))
          throw badUserInput('input.id', `the case is ${current.status}; a final case does not change`);
        checkCaseChange({
          from: current.status,
          to: next.status,
          program: current.program,
          startDate: current.startDate,
          monthlyAmountFen: next.monthlyAmountFen === null ? null : BigInt(next.monthlyAmountFen),
          oneOffAmountFen: next.oneOffAmountFen === null ? null : BigInt(next.oneOffAmountFen),
          endDate: input.endDate ?? null,
          reason: input.reason ?? null,
        });
        return next;
      }),
    );
  },
};
