// The justice bureau's writes: legal aid cases through their lifecycle and mediations of assistance decisions, through runMutation.
import { birthDateOf } from '../../../../shared/src/id-number';
import { personKey } from '../../../../shared/src/person-key';
import { idNumberArg, regionCodeArg, uuidArg } from '../../../../shared/src/validate';
import { AccessRecord } from '../../../../shared/src/audit/recorder';
import { runMutation, WriteTransaction } from '../../../../shared/src/writes/mutation';
import { addRow, changeRow, conflictOn, textArg } from '../../../../shared/src/writes/rows';
import { badUserInput } from '../../../../shared/src/errors';
import { DisputeMediation, LegalAidCase } from '../entities';
import type { LegalAidStatus, MutationResolvers } from '../generated/graphql';
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
const mediationOf = (id: string) => `mediation ${id}`;

/**
 * Moves legal aid case `id` on to `to` (what `action` says is done to it) from the version the caller read: the case
 * is locked, its lifecycle must allow the step, and `change` checks the step's own rules and says what else changes.
 */
const moveCase = (
  tx: WriteTransaction,
  access: AccessRecord,
  { id, version }: { id: string; version: number },
  to: LegalAidStatus,
  action: string,
  change: (current: LegalAidCase) => Partial<LegalAidCase>,
) =>
  changeRow(tx, LegalAidCase, 'LegalAidCase', { where: { id }, what: `legal aid case ${id}`, version }, (current) => {
    access.persons.add(current.personKey);
    checkCaseTransition(id, current.status, to, action);
    return { ...change(current), status: to };
  });

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
    return runMutation(db, identity, { access, operation: 'applyForLegalAid', idempotencyKey, input }, (tx) =>
      addRow(tx, LegalAidCase, 'LegalAidCase', {
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
      }),
    );
  },

  acceptLegalAidCase: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    return runMutation(db, identity, { access, operation: 'acceptLegalAidCase', idempotencyKey, input }, (tx) =>
      moveCase(tx, access, { id, version: input.version }, 'ACCEPTED', 'accepted', (current) => {
        checkPastDay('input.acceptedOn', input.acceptedOn, current.appliedOn, 'the application');
        return { acceptedOn: input.acceptedOn };
      }),
    );
  },

  rejectLegalAidCase: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const reason = textArg('input.reason', input.reason, MAX_TEXT);
    return runMutation(db, identity, { access, operation: 'rejectLegalAidCase', idempotencyKey, input }, (tx) =>
      moveCase(tx, access, { id, version: input.version }, 'REJECTED', 'rejected', (current) => {
        checkPastDay('input.rejectedOn', input.rejectedOn, current.appliedOn, 'the application');
        return { closedOn: input.rejectedOn, statusReason: reason };
      }),
    );
  },

  assignLegalAidLawyer: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const lawyerName = textArg('input.lawyerName', input.lawyerName, MAX_NAME);
    return runMutation(db, identity, { access, operation: 'assignLegalAidLawyer', idempotencyKey, input }, (tx) =>
      moveCase(tx, access, { id, version: input.version }, 'IN_PROGRESS', 'assigned a lawyer', (current) => {
        if (current.lawyerName === lawyerName)
          throw badUserInput('input.lawyerName', 'is the lawyer already assigned; a replacement must differ');
        return { lawyerName };
      }),
    );
  },

  closeLegalAidCase: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const note = input.note != null ? textArg('input.note', input.note, MAX_TEXT) : null;
    return runMutation(db, identity, { access, operation: 'closeLegalAidCase', idempotencyKey, input }, (tx) =>
      moveCase(tx, access, { id, version: input.version }, 'CLOSED', 'closed', (current) => {
        checkOutcome(current.status, input.outcome);
        const since = current.acceptedOn ?? current.appliedOn;
        checkPastDay('input.closedOn', input.closedOn, since, current.acceptedOn ? 'the grant of legal aid' : 'the application');
        return { outcome: input.outcome, closedOn: input.closedOn, statusReason: note };
      }),
    );
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
      return addRow(tx, DisputeMediation, 'DisputeMediation', {
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
      });
    });
  },

  closeDisputeMediation: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const note = input.note != null ? textArg('input.note', input.note, MAX_TEXT) : null;
    const mediation = { where: { id }, what: mediationOf(id), version: input.version };
    return runMutation(db, identity, { access, operation: 'closeDisputeMediation', idempotencyKey, input }, (tx) =>
      changeRow(tx, DisputeMediation, 'DisputeMediation', mediation, (current) => {
        access.persons.add(current.personKey);
        checkMediationOpen(id, current.status, current.closedOn);
        checkPastDay('input.closedOn', input.closedOn, current.openedOn, 'the mediation was opened');
        return { status: 'CLOSED', result: input.result, closedOn: input.closedOn, resultNote: note };
      }),
    );
  },
};
