// The justice bureau's writes: legal aid cases through their lifecycle and mediations of assistance decisions, through runMutation.
import { randomUUID } from 'node:crypto';
import { birthDateOf } from '../../../../shared/src/id-number';
import { personKey } from '../../../../shared/src/person-key';
import { idNumberArg, regionCodeArg, uuidArg } from '../../../../shared/src/validate';
import { runMutation } from '../../../../shared/src/writes/mutation';
import { conflictOn, forUpdate, save, textArg } from '../../../../shared/src/writes/rows';
import { badUserInput } from '../../../../shared/src/errors';
import { DisputeMediation, LegalAidCase } from '../entities';
import type { MutationResolvers } from '../generated/graphql';
import {
  checkCaseTransition,
  checkMediationOpen,
  checkOutcome,
  checkPastDay,
  DECISIONS_BEGAN,
  LEGAL_AID_BEGAN,
  MAX_NAME,
  MAX_TEXT,
} from '../rules';

const later = (a: string, b: string) => (a > b ? a : b);
const caseOf = (id: string) => `legal aid case ${id}`;
const mediationOf = (id: string) => `mediation ${id}`;

export const Mutation: MutationResolvers = {
  applyForLegalAid: (_, { input, idempotencyKey }, { db, identity, access, personKeySecret }) => {
    const idNumber = idNumberArg('input.idNumber', input.idNumber);
    const matter = textArg('input.matter', input.matter, MAX_TEXT);
    const regionCode = regionCodeArg('input.regionCode', input.regionCode)!;
    const born = birthDateOf(idNumber);
    checkPastDay(
      'input.appliedOn',
      input.appliedOn,
      later(LEGAL_AID_BEGAN, born),
      born > LEGAL_AID_BEGAN ? 'the applicant was born' : 'the Legal Aid Regulations',
    );
    const key = personKey(idNumber, personKeySecret);
    access.persons.add(key);
    return runMutation(db, identity, { access, operation: 'applyForLegalAid', idempotencyKey, input }, (tx) => {
      const id = randomUUID();
      return save(
        tx,
        LegalAidCase,
        'LegalAidCase',
        id,
        null,
        Object.assign(new LegalAidCase(), {
          id,
          personKey: key,
          idNumber,
          category: input.category,
          matter,
          regionCode,
          lawyerName: null,
          meansTestWaived: input.meansTestWaived,
          status: 'APPLIED',
          outcome: null,
          appliedOn: input.appliedOn,
          acceptedOn: null,
          closedOn: null,
          statusReason: null,
          version: 1,
        }),
      );
    });
  },

  acceptLegalAidCase: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    return runMutation(db, identity, { access, operation: 'acceptLegalAidCase', idempotencyKey, input }, async (tx) => {
      const current = await forUpdate(tx.manager, LegalAidCase, { id }, caseOf(id), input.version);
      access.persons.add(current.personKey);
      checkCaseTransition(id, current.status, 'ACCEPTED', 'accepted');
      checkPastDay('input.acceptedOn', input.acceptedOn, current.appliedOn, 'the application');
      return save(
        tx,
        LegalAidCase,
        'LegalAidCase',
        id,
        current,
        Object.assign(new LegalAidCase(), {
          ...current,
          status: 'ACCEPTED',
          acceptedOn: input.acceptedOn,
          version: current.version + 1,
        }),
      );
    });
  },

  rejectLegalAidCase: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const reason = textArg('input.reason', input.reason, MAX_TEXT);
    return runMutation(db, identity, { access, operation: 'rejectLegalAidCase', idempotencyKey, input }, async (tx) => {
      const current = await forUpdate(tx.manager, LegalAidCase, { id }, caseOf(id), input.version);
      access.persons.add(current.personKey);
      checkCaseTransition(id, current.status, 'REJECTED', 'rejected');
      checkPastDay('input.rejectedOn', input.rejectedOn, current.appliedOn, 'the application');
      return save(
        tx,
        LegalAidCase,
        'LegalAidCase',
        id,
        current,
        Object.assign(new LegalAidCase(), {
          ...current,
          status: 'REJECTED',
          closedOn: input.rejectedOn,
          statusReason: reason,
          version: current.version + 1,
        }),
      );
    });
  },

  assignLegalAidLawyer: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const lawyerName = textArg('input.lawyerName', input.lawyerName, MAX_NAME);
    return runMutation(db, identity, { access, operation: 'assignLegalAidLawyer', idempotencyKey, input }, async (tx) => {
      const current = await forUpdate(tx.manager, LegalAidCase, { id }, caseOf(id), input.version);
      access.persons.add(current.personKey);
      checkCaseTransition(id, current.status, 'IN_PROGRESS', 'assigned a lawyer');
      if (current.lawyerName === lawyerName)
        throw badUserInput('input.lawyerName', 'is the lawyer already assigned; a replacement must differ');
      return save(
        tx,
        LegalAidCase,
        'LegalAidCase',
        id,
        current,
        Object.assign(new LegalAidCase(), {
          ...current,
          status: 'IN_PROGRESS',
          lawyerName,
          version: current.version + 1,
        }),
      );
    });
  },

  closeLegalAidCase: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const note = input.note != null ? textArg('input.note', input.note, MAX_TEXT) : null;
    return runMutation(db, identity, { access, operation: 'closeLegalAidCase', idempotencyKey, input }, async (tx) => {
      const current = await forUpdate(tx.manager, LegalAidCase, { id }, caseOf(id), input.version);
      access.persons.add(current.personKey);
      checkCaseTransition(id, current.status, 'CLOSED', 'closed');
      checkOutcome(current.status, input.outcome);
      const since = current.acceptedOn ?? current.appliedOn;
      checkPastDay('input.closedOn', input.closedOn, since, current.acceptedOn ? 'the grant of legal aid' : 'the application');
      return save(
        tx,
        LegalAidCase,
        'LegalAidCase',
        id,
        current,
        Object.assign(new LegalAidCase(), {
          ...current,
          status: 'CLOSED',
          outcome: input.outcome,
          closedOn: input.closedOn,
          statusReason: note,
          version: current.version + 1,
        }),
      );
    });
  },

  openDisputeMediation: (_, { input, idempotencyKey }, { db, identity, access, personKeySecret }) => {
    const idNumber = idNumberArg('input.idNumber', input.idNumber);
    const dispute = textArg('input.dispute', input.dispute, MAX_TEXT);
    const mediatorName = textArg('input.mediatorName', input.mediatorName, MAX_NAME);
    const regionCode = regionCodeArg('input.regionCode', input.regionCode)!;
    checkPastDay('input.decidedOn', input.decidedOn, DECISIONS_BEGAN, 'the Interim Measures for Social Assistance');
    checkPastDay('input.openedOn', input.openedOn, input.decidedOn, 'the contested decision');
    const key = personKey(idNumber, personKeySecret);
    access.persons.add(key);
    return runMutation(db, identity, { access, operation: 'openDisputeMediation', idempotencyKey, input }, async (tx) => {
      const open = await tx.manager
        .getRepository(DisputeMediation)
        .findOne({ where: { personKey: key, programme: input.programme, status: 'OPEN' } });
      if (open) {
        throw conflictOn(
          'input.programme',
          `the person is already a party to an OPEN mediation of ${input.programme} (${open.id}); close that one first`,
          open.id,
        );
      }
      const id = randomUUID();
      return save(
        tx,
        DisputeMediation,
        'DisputeMediation',
        id,
        null,
        Object.assign(new DisputeMediation(), {
          id,
          personKey: key,
          idNumber,
          programme: input.programme,
          decidedOn: input.decidedOn,
          dispute,
          mediatorName,
          regionCode,
          status: 'OPEN',
          result: null,
          openedOn: input.openedOn,
          closedOn: null,
          resultNote: null,
          version: 1,
        }),
      );
    });
  },

  closeDisputeMediation: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const note = input.note != null ? textArg('input.note', input.note, MAX_TEXT) : null;
    return runMutation(db, identity, { access, operation: 'closeDisputeMediation', idempotencyKey, input }, async (tx) => {
      const current = await forUpdate(tx.manager, DisputeMediation, { id }, mediationOf(id), input.version);
      access.persons.add(current.personKey);
      checkMediationOpen(id, current.status, current.closedOn);
      checkPastDay('input.closedOn', input.closedOn, current.openedOn, 'the mediation was opened');
      return save(
        tx,
        DisputeMediation,
        'DisputeMediation',
        id,
        current,
        Object.assign(new DisputeMediation(), {
          ...current,
          status: 'CLOSED',
          result: input.result,
          closedOn: input.closedOn,
          resultNote: note,
          version: current.version + 1,
        }),
      );
    });
  },
};
