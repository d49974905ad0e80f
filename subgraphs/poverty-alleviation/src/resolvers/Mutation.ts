// The poverty alleviation office's writes: monitored households (registered, their risk eliminated) and support measures, through runMutation.
import { In } from 'typeorm';
import { badUserInput } from '../../../../shared/src/errors';
import { birthDateOf } from '../../../../shared/src/id-number';
import { personKey } from '../../../../shared/src/person-key';
import { idNumberArg, personKeyArg, regionCodeArg, uuidArg } from '../../../../shared/src/validate';
import { runMutation } from '../../../../shared/src/writes/mutation';
import { addRow, changeRow, conflictOn, forUpdate, save, textArg } from '../../../../shared/src/writes/rows';
import { MonitoredHousehold, MonitoredMember, MonitoredRiskCause, SupportMeasure } from '../entities';
import type { MutationResolvers } from '../generated/graphql';
import {
  checkDistinct,
  checkEliminatedOn,
  checkMeasureAmount,
  checkMeasureChange,
  checkMeasureDates,
  checkRegisteredOn,
  MAX_OTHER_MEMBERS,
} from '../rules';

const householdNamed = (id: string) => `monitored household ${id}`;

export const Mutation: MutationResolvers = {
  registerMonitoredHousehold: (_, { input, idempotencyKey }, { db, identity, access, personKeySecret }) => {
    const others = input.memberIdNumbers ?? [];
    if (others.length > MAX_OTHER_MEMBERS)
      throw badUserInput('input.memberIdNumbers', `names ${others.length} members besides the head; at most ${MAX_OTHER_MEMBERS}`);
    const members = [
      { field: 'input.idNumber', idNumber: idNumberArg('input.idNumber', input.idNumber) },
      ...others.map((raw, i) => {
        const field = `input.memberIdNumbers[${i}]`;
        return { field, idNumber: idNumberArg(field, raw) };
      }),
    ].map((m) => ({ ...m, key: personKey(m.idNumber, personKeySecret), birthDate: birthDateOf(m.idNumber) }));
    const twice = members.find((m, i) => members.findIndex((o) => o.idNumber === m.idNumber) !== i);
    if (twice) throw badUserInput(twice.field, 'names a member already given; give each member once');
    const regionCode = regionCodeArg('input.regionCode', input.regionCode)!;
    checkDistinct('input.riskCauses', input.riskCauses, 'risk cause');
    checkRegisteredOn(input.registeredOn, members);
    members.forEach((m) => access.persons.add(m.key));
    return runMutation(db, identity, { access, operation: 'registerMonitoredHousehold', idempotencyKey, input }, async (tx) => {
      const monitored = await tx.manager.getRepository(MonitoredMember).find({ where: { personKey: In(members.map((m) => m.key)) } });
      if (monitored.length) {
        const first = members.find((m) => m.key === monitored[0].personKey)!;
        throw conflictOn(
          first.field,
          `is already a member of monitored household ${monitored[0].monitoredHouseholdId}; a person is monitored in one household`,
          monitored[0].monitoredHouseholdId,
        );
      }
      const household = await addRow(tx, MonitoredHousehold, 'MonitoredHousehold', {
        personKey: members[0].key,
        regionCode,
        category: input.category,
        status: 'MONITORED',
        registeredOn: input.registeredOn,
        riskEliminatedOn: null,
        riskEliminationReason: null,
      });
      const { id } = household;
      for (const [position, m] of members.entries()) {
        await save(
          tx,
          MonitoredMember,
          'MonitoredMember',
          m.key,
          null,
          Object.assign(new MonitoredMember(), { personKey: m.key, idNumber: m.idNumber, monitoredHouseholdId: id, position }),
        );
      }
      for (const cause of input.riskCauses) {
        await save(
          tx,
          MonitoredRiskCause,
          'MonitoredRiskCause',
          `${id}:${cause}`,
          null,
          Object.assign(new MonitoredRiskCause(), { monitoredHouseholdId: id, cause }),
        );
      }
      return household;
    });
  },

  eliminateMonitoringRisk: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const reason = textArg('input.reason', input.reason, 500);
    const household = { where: { id }, what: householdNamed(id), version: input.version };
    return runMutation(db, identity, { access, operation: 'eliminateMonitoringRisk', idempotencyKey, input }, (tx) =>
      changeRow(tx, MonitoredHousehold, 'MonitoredHousehold', household, async (current) => {
        const members = await tx.manager.getRepository(MonitoredMember).find({ where: { monitoredHouseholdId: id } });
        // The write concerns every member, not only the head the household's row names.
        members.forEach((m) => access.persons.add(m.personKey));
        if (current.status === 'RISK_ELIMINATED')
          throw badUserInput(
            'input.id',
            `the household's risk was already eliminated on ${current.riskEliminatedOn}; monitoring is closed`,
          );
        checkEliminatedOn(input.eliminatedOn, current.registeredOn);
        const measures = await tx.manager.getRepository(SupportMeasure).count({ where: { monitoredHouseholdId: id } });
        if (measures === 0)
          throw badUserInput(
            'input.id',
            'the household has no support measure on record; record the support that eliminated its risk first',
          );
        return { status: 'RISK_ELIMINATED', riskEliminatedOn: input.eliminatedOn, riskEliminationReason: reason };
      }),
    );
  },

  recordSupportMeasure: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const householdId = uuidArg('input.monitoredHouseholdId', input.monitoredHouseholdId);
    const personId = input.personId != null ? personKeyArg('input.personId', input.personId) : null;
    const amount = input.amount ?? null;
    checkMeasureAmount(input.kind, amount);
    if (personId) access.persons.add(personId);
    return runMutation(db, identity, { access, operation: 'recordSupportMeasure', idempotencyKey, input }, async (tx) => {
      // Locked, so that the household's risk is not eliminated between this check and the measure.
      const household = await forUpdate(tx.manager, MonitoredHousehold, { id: householdId }, householdNamed(householdId));
      if (household.status !== 'MONITORED')
        throw badUserInput(
          'input.monitoredHouseholdId',
          `the household's risk was eliminated on ${household.riskEliminatedOn}; measures are recorded for households under monitoring`,
        );
      const beneficiary = personId ?? household.personKey;
      const member = await tx.manager
        .getRepository(MonitoredMember)
        .findOne({ where: { personKey: beneficiary, monitoredHouseholdId: householdId } });
      if (!member) throw badUserInput('input.personId', `is not a member of monitored household ${householdId}`);
      checkMeasureDates(input.kind, input.startDate, input.endDate ?? null, household.registeredOn);
      return addRow(tx, SupportMeasure, 'SupportMeasure', {
        monitoredHouseholdId: householdId,
        personKey: beneficiary,
        kind: input.kind,
        amountFen: amount === null ? null : amount.toString(),
        startDate: input.startDate,
        endDate: input.endDate ?? null,
        status: 'ACTIVE',
        statusReason: null,
      });
    });
  },

  changeSupportMeasure: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const reason = input.reason != null ? textArg('input.reason', input.reason, 500) : null;
    const measure = { where: { id }, what: `support measure ${id}`, version: input.version };
    return runMutation(db, identity, { access, operation: 'changeSupportMeasure', idempotencyKey, input }, (tx) =>
      changeRow(tx, SupportMeasure, 'SupportMeasure', measure, (current) => {
        checkMeasureChange({
          kind: current.kind,
          from: current.status,
          to: input.status,
          startDate: current.startDate,
          endDate: input.endDate,
          reason,
        });
        return { status: input.status, endDate: input.endDate, statusReason: reason };
      }),
    );
  },
};
