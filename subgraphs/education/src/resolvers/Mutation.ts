// Education's writes: enrolments and student aid, through runMutation.
import { badUserInput, notFound } from '../../../../shared/src/errors';
import { birthDateOf } from '../../../../shared/src/id-number';
import { personKey } from '../../../../shared/src/person-key';
import { idNumberArg, personKeyArg, uuidArg } from '../../../../shared/src/validate';
import { runMutation } from '../../../../shared/src/writes/mutation';
import { EducationAid, Enrollment, Student } from '../entities';
import type { MutationResolvers } from '../generated/graphql';
import {
  checkAidAmount,
  checkAidForEnrollment,
  checkAidRevocation,
  checkEnrolledOn,
  checkEnrollmentEnd,
  checkEnrollmentYear,
  checkGrade,
  checkGrantedOn,
} from '../rules';
import { schoolYearArg } from '../school-year';
import { addRow, changeRow, conflictOn, textArg } from '../../../../shared/src/writes/rows';

export const Mutation: MutationResolvers = {
  recordEnrollment: (_, { input, idempotencyKey }, { db, identity, access, personKeySecret }) => {
    const idNumber = idNumberArg('input.idNumber', input.idNumber);
    const schoolName = textArg('input.schoolName', input.schoolName, 100);
    checkGrade('input.grade', input.stage, input.grade);
    const schoolYear = schoolYearArg('input.schoolYear', input.schoolYear)!;
    checkEnrollmentYear('input.schoolYear', schoolYear, birthDateOf(idNumber));
    checkEnrolledOn('input.enrolledOn', input.enrolledOn, schoolYear, birthDateOf(idNumber));
    const key = personKey(idNumber, personKeySecret);
    return runMutation(db, identity, { access, operation: 'recordEnrollment', idempotencyKey, input }, async (tx) => {
      const existing = await tx.manager.getRepository(Enrollment).findOne({ where: { personKey: key, schoolYear } });
      if (existing) {
        throw conflictOn(
          'input.schoolYear',
          `the student is already enrolled in ${schoolYear} (enrolment ${existing.id}); end or change that one`,
          existing.id,
        );
      }
      // A concurrent enrolment of the same new student in another year waits here instead of failing.
      const [created] = await tx.manager.query(
        // No conflict target: the key and the ID number are unique alike, and a racing insert may hit either index.
        'INSERT INTO student (person_key, id_number) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING person_key',
        [key, idNumber],
      );
      if (created)
        await tx.record({
          entityType: 'Student',
          entityId: key,
          before: null,
          after: Object.assign(new Student(), { personKey: key, idNumber }),
        });
      return addRow(tx, Enrollment, 'Enrollment', {
        personKey: key,
        schoolYear,
        schoolName,
        stage: input.stage,
        grade: input.grade,
        enrolledOn: input.enrolledOn,
        endedOn: null,
        endReason: null,
      });
    });
  },

  endEnrollment: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    return runMutation(db, identity, { access, operation: 'endEnrollment', idempotencyKey, input }, (tx) =>
      changeRow(tx, Enrollment, 'Enrollment', { where: { id }, what: `enrollment ${id}`, version: input.version }, (current) => {
        checkEnrollmentEnd(current, input.endedOn, input.reason);
        return { endedOn: input.endedOn, endReason: input.reason };
      }),
    );
  },

  grantEducationAid: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const personId = personKeyArg('input.personId', input.personId);
    checkAidAmount('input.amount', input.amount);
    const schoolYear = schoolYearArg('input.schoolYear', input.schoolYear)!;
    checkGrantedOn('input.grantedOn', input.grantedOn, schoolYear);
    return runMutation(db, identity, { access, operation: 'grantEducationAid', idempotencyKey, input }, async (tx) => {
      // Locked, so the enrolment cannot end between this check and the grant.
      const enrollment = await tx.manager
        .getRepository(Enrollment)
        .findOne({ where: { personKey: personId, schoolYear }, lock: { mode: 'pessimistic_write' } });
      if (!enrollment) {
        if (!(await tx.manager.getRepository(Student).exists({ where: { personKey: personId } }))) throw notFound(`student ${personId}`);
        throw badUserInput('input.schoolYear', `the student has no enrolment in ${schoolYear}; record the enrolment first`);
      }
      checkAidForEnrollment(enrollment, input.kind, input.grantedOn);
      const standing = await tx.manager
        .getRepository(EducationAid)
        .findOne({ where: { personKey: personId, kind: input.kind, schoolYear, status: 'GRANTED' } });
      if (standing) {
        throw conflictOn(
          'input.kind',
          `the student already has ${input.kind} for ${schoolYear} (aid ${standing.id}); revoke it before granting another`,
          standing.id,
        );
      }
      return addRow(tx, EducationAid, 'EducationAid', {
        personKey: personId,
        kind: input.kind,
        amountFen: input.amount.toString(),
        schoolYear,
        grantedOn: input.grantedOn,
        status: 'GRANTED',
        statusReason: null,
      });
    });
  },

  revokeEducationAid: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const reason = textArg('input.reason', input.reason, 500);
    return runMutation(db, identity, { access, operation: 'revokeEducationAid', idempotencyKey, input }, (tx) =>
      changeRow(tx, EducationAid, 'EducationAid', { where: { id }, what: `education aid ${id}`, version: input.version }, (current) => {
        checkAidRevocation(current);
        return { status: 'REVOKED', statusReason: reason };
      }),
    );
  },
};
