// The trade unions' writes: difficult-worker files and union aid, through runMutation.
import { badUserInput } from '../../../../shared/src/errors';
import { birthDateOf } from '../../../../shared/src/id-number';
import { personKey } from '../../../../shared/src/person-key';
import { idNumberArg, personKeyArg, personRefArg, regionCodeArg, uuidArg } from '../../../../shared/src/validate';
import { runMutation } from '../../../../shared/src/writes/mutation';
import { addRow, changeRow, conflictOn, textArg } from '../../../../shared/src/writes/rows';
import { DifficultWorkerFile, UnionAid } from '../entities';
import type { MutationResolvers } from '../generated/graphql';
import { AID_NEEDS_ACTIVE_FILE, checkAidAmount, checkFileChange, checkPastDate } from '../rules';
import { addYears, cityToday } from '../../../../shared/src/dates';

/** The legal working age in China: a worker's file cannot start before it. */
const WORKING_AGE = 16;

export const Mutation: MutationResolvers = {
  openDifficultWorkerFile: (_, { input, idempotencyKey }, { db, identity, access, personKeySecret }) => {
    const idNumber = idNumberArg('input.idNumber', input.idNumber);
    const regionCode = regionCodeArg('input.regionCode', input.regionCode)!;
    const employerName = input.employerName != null ? textArg('input.employerName', input.employerName, 100) : null;
    checkPastDate('input.since', input.since, '1990-01-01');
    const workingAge = addYears(birthDateOf(idNumber), WORKING_AGE);
    if (input.since < workingAge) throw badUserInput('input.since', `must not be before the worker turned ${WORKING_AGE} (${workingAge})`);
    const key = personKey(idNumber, personKeySecret);
    access.persons.add(key);
    return runMutation(db, identity, { access, operation: 'openDifficultWorkerFile', idempotencyKey, input }, async (tx) => {
      const existing = await tx.manager.getRepository(DifficultWorkerFile).findOne({ where: { personKey: key } });
      if (existing) {
        const hint =
          existing.status === 'LEFT_DIFFICULTY' ? 're-open it with changeDifficultWorkerFile (status ACTIVE)' : 'change that one instead';
        throw conflictOn(
          'input.idNumber',
          `person ${key} already has a difficult-worker file (${existing.id}, ${existing.status}); ${hint}`,
          existing.id,
        );
      }
      return addRow(tx, DifficultWorkerFile, 'DifficultWorkerFile', {
        idNumber,
        personKey: key,
        regionCode,
        level: input.level,
        since: input.since,
        reason: input.reason,
        employerName,
        status: 'ACTIVE',
        statusNote: null,
      });
    });
  },

  changeDifficultWorkerFile: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = input.id != null ? uuidArg('input.id', input.id) : null;
    const personId = input.personId != null ? personKeyArg('input.personId', input.personId) : null;
    if (!id && !personId) throw badUserInput('input.id', 'is required (or the person id as input.personId)');
    const note = input.note != null ? textArg('input.note', input.note, 500) : null;
    if (input.level == null && input.status == null && input.reason == null && note === null) {
      throw badUserInput('input', 'changes nothing: give a level, status, reason or note');
    }
    const file = {
      where: id ? { id } : { personKey: personId! },
      what: `difficult-worker file of ${id ?? personId}`,
      version: input.version,
    };
    return runMutation(db, identity, { access, operation: 'changeDifficultWorkerFile', idempotencyKey, input }, (tx) =>
      changeRow(tx, DifficultWorkerFile, 'DifficultWorkerFile', file, (current) => {
        if (personId && current.personKey !== personId) throw badUserInput('input.personId', `is not the person of file ${id}`);
        access.persons.add(current.personKey);
        const from = current.status;
        const to = input.status ?? from;
        const next = {
          level: input.level ?? current.level,
          reason: input.reason ?? current.reason,
          status: to,
          // The note explains the current status: a status change takes the new note (or none).
          statusNote: to !== from ? note : (note ?? current.statusNote),
        };
        checkFileChange({ from, to, levelChanged: next.level !== current.level, reasonChanged: next.reason !== current.reason, note });
        return next;
      }),
    );
  },

  grantUnionAid: (_, { input, idempotencyKey }, { db, identity, access, personKeySecret }) => {
    const person = personRefArg(input, personKeySecret);
    checkAidAmount(input.kind, input.amount);
    checkPastDate('input.grantedOn', input.grantedOn, '1990-01-01');
    access.persons.add(person.key);
    return runMutation(db, identity, { access, operation: 'grantUnionAid', idempotencyKey, input }, async (tx) => {
      // Shared lock: the file cannot leave difficulty while aid that needs it is being granted.
      const file = await tx.manager
        .getRepository(DifficultWorkerFile)
        .findOne({ where: { personKey: person.key }, lock: { mode: 'pessimistic_read' } });
      if (AID_NEEDS_ACTIVE_FILE.includes(input.kind)) {
        if (file?.status !== 'ACTIVE') {
          throw badUserInput(
            'input.kind',
            `${input.kind} aid goes only to a worker with an ACTIVE difficult-worker file; person ${person.key} has ${file ? 'one that LEFT_DIFFICULTY' : 'none'}`,
          );
        }
        if (input.grantedOn < file.since) throw badUserInput('input.grantedOn', `must not be before the file was opened on ${file.since}`);
      }
      const idNumber =
        person.idNumber ??
        file?.idNumber ??
        (await tx.manager.getRepository(UnionAid).findOne({ where: { personKey: person.key }, select: { idNumber: true } }))?.idNumber;
      if (!idNumber) throw badUserInput('input.idNumber', `is required: the trade unions hold no record of person ${person.key} yet`);
      return addRow(tx, UnionAid, 'UnionAid', {
        idNumber,
        personKey: person.key,
        kind: input.kind,
        amountFen: input.amount.toString(),
        grantedOn: input.grantedOn,
        status: 'GRANTED',
        revokedOn: null,
        revokedReason: null,
      });
    });
  },

  revokeUnionAid: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const reason = textArg('input.reason', input.reason, 500);
    return runMutation(db, identity, { access, operation: 'revokeUnionAid', idempotencyKey, input }, (tx) =>
      changeRow(tx, UnionAid, 'UnionAid', { where: { id }, what: `union aid ${id}`, version: input.version }, (current) => {
        access.persons.add(current.personKey);
        if (current.status === 'REVOKED')
          throw badUserInput('input.id', `the aid was already revoked on ${current.revokedOn}; a revoked grant does not change`);
        // A demo grant may be dated after the real clock's today; a revocation never precedes its grant.
        const today = cityToday();
        return { status: 'REVOKED', revokedOn: today < current.grantedOn ? current.grantedOn : today, revokedReason: reason };
      }),
    );
  },
};
