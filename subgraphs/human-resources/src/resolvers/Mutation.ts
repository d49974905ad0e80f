// Human resources' writes: employment records, unemployment registration, employment services and social insurance, through runMutation.
import { IsNull, Not } from 'typeorm';
import { badUserInput } from '../../../../shared/src/errors';
import { personKey } from '../../../../shared/src/person-key';
import { idNumberArg, personKeyArg, regionCodeArg, uuidArg } from '../../../../shared/src/validate';
import { runMutation, staleVersion } from '../../../../shared/src/writes/mutation';
import { addRow, changeRow, conflictOn, forUpdate, save, textArg } from '../../../../shared/src/writes/rows';
import { EmploymentRecord, EmploymentService, SocialInsuranceEnrollment } from '../entities';
import type { MutationResolvers, UnemploymentEndReason } from '../generated/graphql';
import {
  checkContributionBase,
  checkDate,
  checkEnrolmentAge,
  checkInsuranceChange,
  checkRegistrationAge,
  checkRetirementAge,
  checkWorkingAge,
  END_REASON_FOR_STATUS,
  SAME_RISK,
  STATUS_AFTER_END,
} from '../rules';

const recordOf = (key: string) => `employment record of person ${key}`;
/** A person's employment record, to change from the version the caller read: kept in the history under the person key. */
const recordToChange = (key: string, version: number) => ({ where: { personKey: key }, what: recordOf(key), version, historyId: key });

/** What ending a registration writes: no longer registered, and how it ended. */
const endedRegistration = (endedOn: string, reason: UnemploymentEndReason) => ({
  registeredUnemployed: false,
  unemploymentRegisteredOn: null,
  unemploymentEndedOn: endedOn,
  unemploymentEndReason: reason,
});

export const Mutation: MutationResolvers = {
  recordEmploymentStatus: (_, { input, idempotencyKey }, { db, identity, access, personKeySecret }) => {
    const idNumber = idNumberArg('input.idNumber', input.idNumber);
    const region = regionCodeArg('input.regionCode', input.regionCode);
    const employerName = input.employerName != null ? textArg('input.employerName', input.employerName, 100) : null;
    if (employerName && input.status !== 'EMPLOYED')
      throw badUserInput('input.employerName', `is the employer of an EMPLOYED person; a ${input.status} person has none`);
    checkDate('input.since', input.since);
    checkWorkingAge('input.since', idNumber, input.since);
    if (input.status === 'RETIRED') checkRetirementAge('input.since', idNumber, input.since, 'RETIRED');
    const key = personKey(idNumber, personKeySecret);
    access.persons.add(key);
    return runMutation(db, identity, { access, operation: 'recordEmploymentStatus', idempotencyKey, input }, async (tx) => {
      // Locked when it exists; two first records of one person at once meet at the primary key (CONFLICT).
      const current = await tx.manager
        .getRepository(EmploymentRecord)
        .findOne({ where: { personKey: key }, lock: { mode: 'pessimistic_write' } });
      if (!current) {
        if (input.version != null)
          throw badUserInput('input.version', 'the bureau holds no employment record on this person yet; leave version out to create one');
        if (!region)
          throw badUserInput(
            'input.regionCode',
            'is required to create the employment record (the county whose employment service keeps it)',
          );
        return save(
          tx,
          EmploymentRecord,
          'EmploymentRecord',
          key,
          null,
          Object.assign(new EmploymentRecord(), {
            personKey: key,
            idNumber,
            regionCode: region,
            status: input.status,
            statusSince: input.since,
            registeredUnemployed: false,
            unemploymentRegisteredOn: null,
            unemploymentEndedOn: null,
            unemploymentEndReason: null,
            employerName,
            version: 1,
          }),
        );
      }
      if (input.version == null)
        throw badUserInput(
          'input.version',
          `is required: the bureau already holds an employment record on this person (version ${current.version})`,
        );
      if (input.version !== current.version) throw staleVersion(recordOf(key), input.version, current.version);
      if (current.statusSince && input.since < current.statusSince) {
        throw badUserInput('input.since', `must not be before ${current.statusSince}, when the current status ${current.status} began`);
      }
      const next = Object.assign(new EmploymentRecord(), {
        ...current,
        status: input.status,
        statusSince: input.since,
        employerName,
        regionCode: region ?? current.regionCode,
        version: current.version + 1,
      });
      if (current.registeredUnemployed && input.status !== 'UNEMPLOYED') {
        // A status other than UNEMPLOYED ends the registration in the same write: the two never disagree.
        if (input.since < current.unemploymentRegisteredOn!) {
          throw badUserInput(
            'input.since',
            `must not be before the unemployment registration on ${current.unemploymentRegisteredOn}, which the new status ends`,
          );
        }
        Object.assign(next, endedRegistration(input.since, END_REASON_FOR_STATUS[input.status]));
      }
      return save(tx, EmploymentRecord, 'EmploymentRecord', key, current, next);
    });
  },

  registerUnemployment: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const key = personKeyArg('input.personId', input.personId);
    checkDate('input.registeredOn', input.registeredOn);
    access.persons.add(key);
    return runMutation(db, identity, { access, operation: 'registerUnemployment', idempotencyKey, input }, (tx) =>
      changeRow(tx, EmploymentRecord, 'EmploymentRecord', recordToChange(key, input.version), (current) => {
        if (current.registeredUnemployed) {
          throw conflictOn(
            'input.personId',
            `the person is already registered as unemployed since ${current.unemploymentRegisteredOn}; a registered person is not registered twice`,
            key,
          );
        }
        if (current.status !== 'UNEMPLOYED')
          throw badUserInput(
            'input.personId',
            `the person's status is ${current.status}; only an UNEMPLOYED person registers (record the status first)`,
          );
        checkRegistrationAge('input.registeredOn', current.idNumber, input.registeredOn);
        if (current.statusSince && input.registeredOn < current.statusSince) {
          throw badUserInput('input.registeredOn', `must not be before ${current.statusSince}, when the person became UNEMPLOYED`);
        }
        if (current.unemploymentEndedOn && input.registeredOn < current.unemploymentEndedOn) {
          throw badUserInput('input.registeredOn', `must not be before the previous registration ended on ${current.unemploymentEndedOn}`);
        }
        return {
          registeredUnemployed: true,
          unemploymentRegisteredOn: input.registeredOn,
          unemploymentEndedOn: null,
          unemploymentEndReason: null,
        };
      }),
    );
  },

  endUnemploymentRegistration: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const key = personKeyArg('input.personId', input.personId);
    checkDate('input.endedOn', input.endedOn);
    access.persons.add(key);
    return runMutation(db, identity, { access, operation: 'endUnemploymentRegistration', idempotencyKey, input }, (tx) =>
      changeRow(tx, EmploymentRecord, 'EmploymentRecord', recordToChange(key, input.version), (current) => {
        if (!current.registeredUnemployed) {
          const last = current.unemploymentEndedOn
            ? `; the last registration ended on ${current.unemploymentEndedOn} (${current.unemploymentEndReason})`
            : '';
          throw badUserInput('input.personId', `the person is not registered as unemployed${last}`);
        }
        if (input.endedOn < current.unemploymentRegisteredOn!)
          throw badUserInput('input.endedOn', `must not be before the registration on ${current.unemploymentRegisteredOn}`);
        const status = STATUS_AFTER_END[input.reason];
        if (status === 'RETIRED') checkRetirementAge('input.endedOn', current.idNumber, input.endedOn, 'RETIRED');
        return {
          ...endedRegistration(input.endedOn, input.reason),
          status,
          statusSince: status === current.status ? current.statusSince : input.endedOn,
        };
      }),
    );
  },

  startEmploymentService: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const key = personKeyArg('input.personId', input.personId);
    checkDate('input.startDate', input.startDate);
    const provider = textArg('input.provider', input.provider, 100);
    access.persons.add(key);
    return runMutation(db, identity, { access, operation: 'startEmploymentService', idempotencyKey, input }, async (tx) => {
      // The person's record is locked, so two services of a kind started at once cannot both be the open one.
      const record = await forUpdate(tx.manager, EmploymentRecord, { personKey: key }, recordOf(key));
      checkWorkingAge('input.startDate', record.idNumber, input.startDate);
      const open = await tx.manager
        .getRepository(EmploymentService)
        .findOne({ where: { personKey: key, kind: input.kind, endDate: IsNull() } });
      if (open)
        throw conflictOn(
          'input.kind',
          `the person already has an open ${input.kind} service (${open.id}, started ${open.startDate}); end it first`,
          open.id,
        );
      return addRow(tx, EmploymentService, 'EmploymentService', {
        personKey: key,
        kind: input.kind,
        startDate: input.startDate,
        endDate: null,
        provider,
      });
    });
  },

  endEmploymentService: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    checkDate('input.endDate', input.endDate);
    const service = { where: { id }, what: `employment service ${id}`, version: input.version };
    return runMutation(db, identity, { access, operation: 'endEmploymentService', idempotencyKey, input }, (tx) =>
      changeRow(tx, EmploymentService, 'EmploymentService', service, (current) => {
        access.persons.add(current.personKey);
        if (current.endDate) throw badUserInput('input.id', `the service already ended on ${current.endDate}; an ended service is final`);
        if (input.endDate < current.startDate)
          throw badUserInput('input.endDate', `must not be before the start date ${current.startDate}`);
        return { endDate: input.endDate };
      }),
    );
  },

  enrollSocialInsurance: (_, { input, idempotencyKey }, { db, identity, access, personKeySecret }) => {
    const idNumber = idNumberArg('input.idNumber', input.idNumber);
    const regionCode = regionCodeArg('input.regionCode', input.regionCode)!;
    checkDate('input.since', input.since);
    checkEnrolmentAge('input.since', input.scheme, idNumber, input.since);
    checkContributionBase('input.contributionBase', input.scheme, input.contributionBase ?? null);
    const key = personKey(idNumber, personKeySecret);
    access.persons.add(key);
    return runMutation(db, identity, { access, operation: 'enrollSocialInsurance', idempotencyKey, input }, async (tx) => {
      // Enrolments of one person take turns, so an employee and a resident scheme of one risk cannot both slip in.
      await tx.manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`social_insurance_enrollment:${key}`]);
      const open = await tx.manager.getRepository(SocialInsuranceEnrollment).find({ where: { personKey: key, status: Not('TERMINATED') } });
      const same = open.find((e) => e.scheme === input.scheme);
      if (same) {
        throw conflictOn(
          'input.scheme',
          `the person is already enrolled in ${input.scheme} (enrolment ${same.id}, ${same.status}); change or terminate that one`,
          same.id,
        );
      }
      const other = open.find((e) => e.scheme === SAME_RISK[input.scheme]);
      if (other) {
        throw conflictOn(
          'input.scheme',
          `the person is enrolled in ${other.scheme} (enrolment ${other.id}, ${other.status}); terminate it before enrolling in ${input.scheme}`,
          other.id,
        );
      }
      return addRow(tx, SocialInsuranceEnrollment, 'SocialInsuranceEnrollment', {
        personKey: key,
        idNumber,
        regionCode,
        scheme: input.scheme,
        status: 'CONTRIBUTING',
        contributionBaseFen: input.contributionBase?.toString() ?? null,
        since: input.since,
      });
    });
  },

  changeSocialInsurance: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    if (input.since != null) checkDate('input.since', input.since);
    const enrolment = { where: { id }, what: `social insurance enrolment ${id}`, version: input.version };
    return runMutation(db, identity, { access, operation: 'changeSocialInsurance', idempotencyKey, input }, (tx) =>
      changeRow(tx, SocialInsuranceEnrollment, 'SocialInsuranceEnrollment', enrolment, async (current) => {
        access.persons.add(current.personKey);
        const from = current.status;
        const to = input.status ?? from;
        checkInsuranceChange({
          scheme: current.scheme,
          idNumber: current.idNumber,
          from,
          to,
          baseFen: input.contributionBase ?? null,
          currentBaseFen: current.contributionBaseFen === null ? null : BigInt(current.contributionBaseFen),
          since: input.since ?? null,
          currentSince: current.since,
        });
        const receiving = to === 'RECEIVING' && from !== 'RECEIVING';
        if (receiving && current.scheme === 'UNEMPLOYMENT') {
          const record = await tx.manager.getRepository(EmploymentRecord).findOne({ where: { personKey: current.personKey } });
          if (!record?.registeredUnemployed)
            throw badUserInput('input.status', 'unemployment benefit is paid to registered unemployed people; register the person first');
        }
        return {
          status: to,
          // Benefits are drawn without contributions: the base goes; it stays as the last one when suspended or terminated.
          contributionBaseFen: to === 'RECEIVING' ? null : (input.contributionBase?.toString() ?? current.contributionBaseFen),
          // checkInsuranceChange refused a change to RECEIVING without the day it began.
          since: receiving ? input.since! : current.since,
        };
      }),
    );
  },
};
