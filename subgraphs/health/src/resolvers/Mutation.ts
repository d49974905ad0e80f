// Health's writes: medical assistance settlements, emergency medical aid and public-health enrolments, through runMutation.
import { randomUUID } from 'node:crypto';
import { IsNull } from 'typeorm';
import { badUserInput } from '../../../../shared/src/errors';
import { personKey } from '../../../../shared/src/person-key';
import { idNumberArg, regionCodeArg, uuidArg } from '../../../../shared/src/validate';
import { runMutation, WriteTransaction } from '../../../../shared/src/writes/mutation';
import { addRow, changeRow, conflictOn, save, textArg } from '../../../../shared/src/writes/rows';
import { EmergencyMedicalAid, HealthFile, MedicalAssistanceSettlement, PublicHealthEnrollment } from '../entities';
import type { MutationResolvers } from '../generated/graphql';
import {
  checkDate,
  checkEmergencyAidAmount,
  checkEnrollmentEnd,
  checkProgramAge,
  checkSettlementAmounts,
  EMERGENCY_AID_BEGAN,
  PROGRAMS_BEGAN,
  SETTLEMENTS_BEGAN,
} from '../rules';

/**
 * The person's health file, locked so that one person's writes take turns: the one the commission holds, or a new
 * one kept by `regionCode` (recorded in the history like any other change).
 */
async function fileFor(tx: WriteTransaction, key: string, idNumber: string, regionCode: string | null): Promise<HealthFile> {
  const files = tx.manager.getRepository(HealthFile);
  const held = () => files.findOne({ where: { personKey: key }, lock: { mode: 'pessimistic_write' } });
  let file = await held();
  if (!file) {
    if (!regionCode)
      throw badUserInput(
        'input.regionCode',
        'is required: the commission holds no health file on this person yet (the county that will keep it)',
      );
    // A first record of the same person written at the same moment waits here, then finds that one's file.
    const [created] = await tx.manager.query(
      // No conflict target: the key and the ID number are unique alike, and a racing insert may hit either index.
      'INSERT INTO health_file (person_key, id_number, region_code) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING person_key',
      [key, idNumber, regionCode],
    );
    if (created) {
      file = Object.assign(new HealthFile(), { personKey: key, idNumber, regionCode });
      await tx.record({ entityType: 'HealthFile', entityId: key, before: null, after: file });
      return file;
    }
    file = (await held())!;
  }
  if (regionCode && regionCode !== file.regionCode) {
    throw badUserInput(
      'input.regionCode',
      `the person's health file is kept by ${file.regionCode}; leave regionCode out or send that county`,
    );
  }
  return file;
}

export const Mutation: MutationResolvers = {
  recordMedicalAssistanceSettlement: (_, { input, idempotencyKey }, { db, identity, access, personKeySecret }) => {
    const idNumber = idNumberArg('input.idNumber', input.idNumber);
    const regionCode = regionCodeArg('input.regionCode', input.regionCode);
    checkDate('input.settledOn', input.settledOn, SETTLEMENTS_BEGAN, idNumber);
    const hospitalName = textArg('input.hospitalName', input.hospitalName, 100);
    const diagnosisCategory = textArg('input.diagnosisCategory', input.diagnosisCategory, 50);
    checkSettlementAmounts({
      totalCostFen: input.totalCost,
      insurancePaidFen: input.insurancePaid,
      assistancePaidFen: input.assistancePaid,
      selfPaidFen: input.selfPaid,
    });
    const key = personKey(idNumber, personKeySecret);
    access.persons.add(key);
    return runMutation(db, identity, { access, operation: 'recordMedicalAssistanceSettlement', idempotencyKey, input }, async (tx) => {
      await fileFor(tx, key, idNumber, regionCode);
      return addRow(tx, MedicalAssistanceSettlement, 'MedicalAssistanceSettlement', {
        personKey: key,
        settledOn: input.settledOn,
        hospitalName,
        hospitalLevel: input.hospitalLevel,
        diagnosisCategory,
        inpatient: input.inpatient,
        totalCostFen: input.totalCost.toString(),
        insurancePaidFen: input.insurancePaid.toString(),
        assistancePaidFen: input.assistancePaid.toString(),
        selfPaidFen: input.selfPaid.toString(),
        oneStop: input.oneStop,
        status: 'SETTLED',
        statusReason: null,
      });
    });
  },

  reverseMedicalAssistanceSettlement: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const reason = textArg('input.reason', input.reason, 500);
    const settlement = { where: { id }, what: `medical assistance settlement ${id}`, version: input.version };
    return runMutation(db, identity, { access, operation: 'reverseMedicalAssistanceSettlement', idempotencyKey, input }, (tx) =>
      changeRow(tx, MedicalAssistanceSettlement, 'MedicalAssistanceSettlement', settlement, (current) => {
        access.persons.add(current.personKey);
        if (current.status === 'REVERSED')
          throw badUserInput(
            'input.id',
            'the settlement is already REVERSED; a reversed settlement is final (record the correct one instead)',
          );
        return { status: 'REVERSED', statusReason: reason };
      }),
    );
  },

  grantEmergencyMedicalAid: (_, { input, idempotencyKey }, { db, identity, access, personKeySecret }) => {
    const idNumber = idNumberArg('input.idNumber', input.idNumber);
    const regionCode = regionCodeArg('input.regionCode', input.regionCode);
    checkDate('input.grantedOn', input.grantedOn, EMERGENCY_AID_BEGAN, idNumber);
    checkEmergencyAidAmount('input.amount', input.amount);
    const hospitalName = textArg('input.hospitalName', input.hospitalName, 100);
    const key = personKey(idNumber, personKeySecret);
    access.persons.add(key);
    return runMutation(db, identity, { access, operation: 'grantEmergencyMedicalAid', idempotencyKey, input }, async (tx) => {
      await fileFor(tx, key, idNumber, regionCode);
      const id = randomUUID();
      return save(
        tx,
        EmergencyMedicalAid,
        'EmergencyMedicalAid',
        id,
        null,
        Object.assign(new EmergencyMedicalAid(), {
          id,
          personKey: key,
          grantedOn: input.grantedOn,
          amountFen: input.amount.toString(),
          hospitalName,
        }),
      );
    });
  },

  enrollPublicHealthService: (_, { input, idempotencyKey }, { db, identity, access, personKeySecret }) => {
    const idNumber = idNumberArg('input.idNumber', input.idNumber);
    const regionCode = regionCodeArg('input.regionCode', input.regionCode);
    checkDate('input.enrolledOn', input.enrolledOn, PROGRAMS_BEGAN, idNumber);
    checkProgramAge('input.program', input.program, idNumber, input.enrolledOn);
    const key = personKey(idNumber, personKeySecret);
    access.persons.add(key);
    return runMutation(db, identity, { access, operation: 'enrollPublicHealthService', idempotencyKey, input }, async (tx) => {
      await fileFor(tx, key, idNumber, regionCode);
      const open = await tx.manager
        .getRepository(PublicHealthEnrollment)
        .findOne({ where: { personKey: key, program: input.program, endedOn: IsNull() } });
      if (open) {
        throw conflictOn(
          'input.program',
          `the person is already enrolled in ${input.program} since ${open.enrolledOn} (enrolment ${open.id}); end that one first`,
          open.id,
        );
      }
      return addRow(tx, PublicHealthEnrollment, 'PublicHealthEnrollment', {
        personKey: key,
        program: input.program,
        enrolledOn: input.enrolledOn,
        endedOn: null,
        endReason: null,
      });
    });
  },

  endPublicHealthService: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    checkDate('input.endedOn', input.endedOn, PROGRAMS_BEGAN);
    const enrolment = { where: { id }, what: `public-health enrolment ${id}`, version: input.version };
    return runMutation(db, identity, { access, operation: 'endPublicHealthService', idempotencyKey, input }, (tx) =>
      changeRow(tx, PublicHealthEnrollment, 'PublicHealthEnrollment', enrolment, async (current) => {
        access.persons.add(current.personKey);
        const file = await tx.manager.getRepository(HealthFile).findOneByOrFail({ personKey: current.personKey });
        checkEnrollmentEnd(current, file.idNumber, input.endedOn, input.reason);
        return { endedOn: input.endedOn, endReason: input.reason };
      }),
    );
  },
};
