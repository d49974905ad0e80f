// The disabled persons' federation's writes: certificates and the two subsidies, through runMutation.
import { In } from 'typeorm';
import { badUserInput } from '../../../../shared/src/errors';
import { birthDateOf } from '../../../../shared/src/id-number';
import { personKey } from '../../../../shared/src/person-key';
import { idNumberArg, intRangeArg, personKeyArg, regionCodeArg, uuidArg } from '../../../../shared/src/validate';
import { runMutation } from '../../../../shared/src/writes/mutation';
import { certificateNumber, checkCertificateDates } from '../certificate';
import { DisabilityCertificate, DisabilitySubsidy } from '../entities';
import type { MutationResolvers } from '../generated/graphql';
import { checkEligibility, checkMonthlyAmount, checkStartDate, checkSubsidyChange, OPEN_STATUSES, SEVERE_CARE_GRADES } from '../rules';
import { addRow, changeRow, conflictOn, forUpdate, save, textArg } from '../../../../shared/src/writes/rows';

const certificateOf = (personId: string) => `the disability certificate of ${personId}`;

export const Mutation: MutationResolvers = {
  issueDisabilityCertificate: (_, { input, idempotencyKey }, { db, identity, access, personKeySecret }) => {
    const idNumber = idNumberArg('input.idNumber', input.idNumber);
    const grade = intRangeArg('input.grade', input.grade, 1, 4)!;
    const regionCode = regionCodeArg('input.regionCode', input.regionCode)!;
    checkCertificateDates(input.issuedOn, input.validUntil, birthDateOf(idNumber));
    const key = personKey(idNumber, personKeySecret);
    return runMutation(db, identity, { access, operation: 'issueDisabilityCertificate', idempotencyKey, input }, async (tx) => {
      const existing = await tx.manager.getRepository(DisabilityCertificate).findOne({ where: { personKey: key } });
      if (existing) {
        throw conflictOn(
          'input.idNumber',
          `the person already holds a disability certificate (version ${existing.version}); reassess them instead`,
          key,
        );
      }
      return save(
        tx,
        DisabilityCertificate,
        'DisabilityCertificate',
        key,
        null,
        Object.assign(new DisabilityCertificate(), {
          personKey: key,
          idNumber,
          number: certificateNumber(idNumber, input.category, grade),
          category: input.category,
          grade,
          issuedOn: input.issuedOn,
          validUntil: input.validUntil,
          regionCode,
          version: 1,
        }),
      );
    });
  },

  reassessDisabilityCertificate: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const personId = personKeyArg('input.personId', input.personId);
    const grade = intRangeArg('input.grade', input.grade, 1, 4)!;
    const region = regionCodeArg('input.regionCode', input.regionCode);
    const certificate = { where: { personKey: personId }, what: certificateOf(personId), version: input.version, historyId: personId };
    return runMutation(db, identity, { access, operation: 'reassessDisabilityCertificate', idempotencyKey, input }, (tx) =>
      changeRow(tx, DisabilityCertificate, 'DisabilityCertificate', certificate, async (current) => {
        checkCertificateDates(input.issuedOn, input.validUntil, birthDateOf(current.idNumber));
        if (input.issuedOn < current.issuedOn)
          throw badUserInput('input.issuedOn', `must not be before the current certificate's day of issue ${current.issuedOn}`);
        if (!SEVERE_CARE_GRADES.includes(grade)) {
          // Locked: a care subsidy being activated now is seen once it commits.
          const care = await tx.manager.getRepository(DisabilitySubsidy).findOne({
            where: { personKey: personId, kind: 'SEVERE_CARE', status: In(OPEN_STATUSES) },
            lock: { mode: 'pessimistic_write' },
          });
          if (care)
            throw badUserInput(
              'input.grade',
              `grade ${grade} does not qualify for the ${care.status} SEVERE_CARE subsidy ${care.id}; terminate it first`,
            );
        }
        return {
          category: input.category,
          grade,
          number: certificateNumber(current.idNumber, input.category, grade),
          issuedOn: input.issuedOn,
          validUntil: input.validUntil,
          regionCode: region ?? current.regionCode,
        };
      }),
    );
  },

  grantDisabilitySubsidy: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const personId = personKeyArg('input.personId', input.personId);
    checkMonthlyAmount('input.monthlyAmount', input.monthlyAmount);
    return runMutation(db, identity, { access, operation: 'grantDisabilitySubsidy', idempotencyKey, input }, async (tx) => {
      // Locked, so a reassessment cannot change the grade between this check and the grant.
      const certificate = await forUpdate(tx.manager, DisabilityCertificate, { personKey: personId }, certificateOf(personId));
      checkEligibility({ kind: 'input.kind', person: 'input.personId' }, input.kind, certificate);
      checkStartDate('input.startDate', input.startDate, certificate);
      const open = await tx.manager
        .getRepository(DisabilitySubsidy)
        .findOne({ where: { personKey: personId, kind: input.kind, status: In(OPEN_STATUSES) } });
      if (open)
        throw conflictOn(
          'input.kind',
          `the person already has a ${open.status} ${input.kind} subsidy (${open.id}); change that one instead`,
          open.id,
        );
      return addRow(tx, DisabilitySubsidy, 'DisabilitySubsidy', {
        personKey: personId,
        kind: input.kind,
        monthlyAmountFen: input.monthlyAmount.toString(),
        status: 'ACTIVE',
        startDate: input.startDate,
        endDate: null,
        statusReason: null,
      });
    });
  },

  changeDisabilitySubsidy: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const reason = input.reason != null ? textArg('input.reason', input.reason, 500) : null;
    const subsidy = { where: { id }, what: `disability subsidy ${id}`, version: input.version };
    return runMutation(db, identity, { access, operation: 'changeDisabilitySubsidy', idempotencyKey, input }, (tx) =>
      changeRow(tx, DisabilitySubsidy, 'DisabilitySubsidy', subsidy, async (current) => {
        checkSubsidyChange({
          from: current.status,
          to: input.status,
          startDate: current.startDate,
          endDate: input.endDate ?? null,
          reason,
        });
        if (input.status === 'ACTIVE') {
          const certificate = await tx.manager.getRepository(DisabilityCertificate).findOneByOrFail({ personKey: current.personKey });
          checkEligibility({ kind: 'input.status', person: 'input.status' }, current.kind, certificate);
        }
        return { status: input.status, endDate: input.endDate ?? null, statusReason: reason };
      }),
    );
  },
};
