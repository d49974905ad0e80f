// Education's writes: what each accepts and refuses, the lifecycles of enrolments and aid, one student row per person.
// Idempotency, stale versions, atomicity, history, write scope and each write's access-log row: contract.test.ts.
import { randomUUID } from 'node:crypto';
import { addYears } from '../../../shared/src/dates';
import { personKey } from '../../../shared/src/person-key';
import { addDays } from '../../../shared/src/testing/dates';
import { expectErrorCode } from '../../../shared/src/testing/graphql';
import { agencyTestKit } from '../../../test/support/agency';
import { schoolYearEnd, schoolYearStart, shiftSchoolYear } from '../src/school-year';
import { aidInput, CURRENT, enrollmentInput, newIdNumber, PREVIOUS, TODAY } from './inputs';

const kit = agencyTestKit('education', { people: 300 });
const { post: call, count } = kit;

const RECORD = kit.mutation('recordEnrollment', 'id person { id } schoolName stage grade schoolYear enrolledOn endedOn endReason version');
const END = kit.mutation('endEnrollment', 'id endedOn endReason version');
const GRANT = kit.mutation('grantEducationAid', 'id person { id } kind amount schoolYear grantedOn status statusReason version');
const REVOKE = kit.mutation('revokeEducationAid', 'id status statusReason version');
const AID = `query($r: [_Any!]!, $all: Boolean) { _entities(representations: $r) { ... on Person { education { aid(includeRevoked: $all) { id status } } } } }`;

const enrol = (overrides: Record<string, unknown> = {}) => kit.write(RECORD, enrollmentInput(overrides));
const grant = (personId: string, overrides: Record<string, unknown> = {}) => kit.write(GRANT, aidInput(personId, overrides));

/** Every student the analysts' list returns for a filter. */
const listed = async (filter: Record<string, unknown>) => (await kit.walk('students', filter, 100)).ids;

describe('recordEnrollment', () => {
  test('enrolling a new student registers them under the key derived from the ID number', async () => {
    const input = enrollmentInput();
    const enrollment = await kit.write(RECORD, input);
    const key = personKey(input.idNumber, kit.personKeySecret);
    expect(enrollment).toMatchObject({
      person: { id: key },
      schoolName: '宛城第3小学',
      stage: 'PRIMARY',
      grade: 5,
      schoolYear: CURRENT,
      endedOn: null,
      version: 1,
    });
    expect(await kit.db.query('SELECT id_number FROM student WHERE person_key = $1', [key])).toEqual([{ id_number: input.idNumber }]);
    const [row] = await kit.db.query(
      'SELECT person_key, school_year, school_name, stage, grade, enrolled_on, version FROM enrollment WHERE id = $1',
      [enrollment.id],
    );
    expect(row).toEqual({
      person_key: key,
      school_year: CURRENT,
      school_name: '宛城第3小学',
      stage: 'PRIMARY',
      grade: 5,
      enrolled_on: schoolYearStart(CURRENT),
      version: 1,
    });
  });

  test('a known student enrolled for another school year keeps one student row', async () => {
    const idNumber = newIdNumber();
    const first = await enrol({ idNumber, grade: 4, schoolYear: PREVIOUS, enrolledOn: schoolYearStart(PREVIOUS) });
    await enrol({ idNumber, grade: 5 });
    expect(await count('SELECT count(*)::int AS count FROM student WHERE person_key = $1', [first.person.id])).toBe(1);
    expect(await count('SELECT count(*)::int AS count FROM enrollment WHERE person_key = $1', [first.person.id])).toBe(2);
  });

  test('a second enrolment of a person in one school year is a CONFLICT naming the existing one', async () => {
    const idNumber = newIdNumber();
    const first = await enrol({ idNumber });
    const second = enrollmentInput({ idNumber, schoolName: '宛城第5小学' });
    const conflict = await kit.refused(RECORD, second, { field: 'input.schoolYear', code: 'CONFLICT' });
    expect(conflict.extensions!.existingId).toBe(first.id);
    expect(await count('SELECT count(*)::int AS count FROM enrollment WHERE person_key = $1', [first.person.id])).toBe(1);
  });

  test.each([
    ['an ID number with a wrong check character', { idNumber: '110105194912310021' }, 'input.idNumber'],
    ['a blank school name', { schoolName: '   ' }, 'input.schoolName'],
    ['a school name of 101 characters', { schoolName: '校'.repeat(101) }, 'input.schoolName'],
    ['grade 0', { grade: 0 }, 'input.grade'],
    ['grade 7 of primary school', { grade: 7 }, 'input.grade'],
    ['grade 4 of junior secondary school', { stage: 'JUNIOR_SECONDARY', grade: 4 }, 'input.grade'],
    ['a school year of non-consecutive years', { schoolYear: '2026-2028' }, 'input.schoolYear'],
    [
      'a school year two years ahead',
      { schoolYear: shiftSchoolYear(CURRENT, 2), enrolledOn: schoolYearStart(shiftSchoolYear(CURRENT, 2)) },
      'input.schoolYear',
    ],
    ['a school year that ends before the student is two', { schoolYear: '2015-2016', enrolledOn: '2015-09-01' }, 'input.schoolYear'],
    ['an enrolment day after the school year', { enrolledOn: addDays(schoolYearEnd(CURRENT), 1) }, 'input.enrolledOn'],
    [
      'an enrolment day more than ten years before the school year',
      { enrolledOn: addDays(addYears(schoolYearStart(CURRENT), -10), -1) },
      'input.enrolledOn',
    ],
    ['an enrolment day before the student was two', { schoolYear: '2017-2018', enrolledOn: '2017-01-01' }, 'input.enrolledOn'],
  ])('%s is refused naming the field and stores nothing', async (_name, overrides, field) => {
    await kit.refused(RECORD, enrollmentInput(overrides), { field }, () => kit.rowCounts('student', 'enrollment'));
  });

  test('a date that is not a calendar date is refused at its path', async () => {
    const res = await call(RECORD, { input: enrollmentInput({ enrolledOn: '2026-02-30' }) });
    expect(expectErrorCode(res, 'BAD_USER_INPUT').message).toMatch(/input\.enrolledOn.*real calendar date/);
  });
});

describe('endEnrollment', () => {
  test('ending an enrolment records the day and reason and bumps the version', async () => {
    const enrollment = await enrol();
    const res = await kit.write(END, { id: enrollment.id, version: 1, endedOn: TODAY, reason: 'TRANSFERRED' });
    expect(res).toMatchObject({ endedOn: TODAY, endReason: 'TRANSFERRED', version: 2 });
    const [row] = await kit.db.query('SELECT ended_on, end_reason, version FROM enrollment WHERE id = $1', [enrollment.id]);
    expect(row).toEqual({ ended_on: TODAY, end_reason: 'TRANSFERRED', version: 2 });
  });

  test('a student in the final grade graduates at the end of the school year', async () => {
    const enrollment = await enrol({ grade: 6, schoolYear: PREVIOUS, enrolledOn: schoolYearStart(PREVIOUS) });
    const graduation = `${PREVIOUS.slice(5)}-06-30`;
    const res = await kit.write(END, { id: enrollment.id, version: 1, endedOn: graduation, reason: 'GRADUATED' });
    expect(res).toMatchObject({ endedOn: graduation, endReason: 'GRADUATED', version: 2 });
  });

  test('an ended enrolment is final: ending it again is refused and changes nothing', async () => {
    const enrollment = await enrol();
    await kit.write(END, { id: enrollment.id, version: 1, endedOn: TODAY, reason: 'DROPPED_OUT' });
    const again = { id: enrollment.id, version: 2, endedOn: TODAY, reason: 'TRANSFERRED' };
    await kit.refused(END, again, { field: 'input.id', message: /already ended .* final/ });
    const [row] = await kit.db.query('SELECT end_reason, version FROM enrollment WHERE id = $1', [enrollment.id]);
    expect(row).toEqual({ end_reason: 'DROPPED_OUT', version: 2 });
  });

  test.each([
    ['an end before the school year began', { endedOn: addDays(schoolYearStart(CURRENT), -1) }, 'input.endedOn'],
    ['an end in the future', { endedOn: addDays(TODAY, 1) }, 'input.endedOn'],
    ['graduating from grade 5 of primary school', { reason: 'GRADUATED' }, 'input.reason'],
  ])('%s is refused naming the field and changes nothing', async (_name, overrides, field) => {
    const enrollment = await enrol();
    await kit.refused(END, { id: enrollment.id, version: 1, endedOn: TODAY, reason: 'TRANSFERRED', ...overrides }, { field });
    const [row] = await kit.db.query('SELECT ended_on, version FROM enrollment WHERE id = $1', [enrollment.id]);
    expect(row).toEqual({ ended_on: null, version: 1 });
  });

  test('an id that is not a UUID is refused naming the field, an unknown one is NOT_FOUND', async () => {
    const bad = await call(END, { input: { id: 'enrolment-1', version: 1, endedOn: TODAY, reason: 'TRANSFERRED' } });
    expect(expectErrorCode(bad, 'BAD_USER_INPUT').extensions!.field).toBe('input.id');
    const unknown = await call(END, { input: { id: randomUUID(), version: 1, endedOn: TODAY, reason: 'TRANSFERRED' } });
    expectErrorCode(unknown, 'NOT_FOUND', 'endEnrollment');
  });
});

describe('grantEducationAid and revokeEducationAid', () => {
  test('granting aid to an enrolled student stores it and the students list counts it', async () => {
    const { person } = await enrol();
    const aid = await grant(person.id, { amount: '1250.5' });
    expect(aid).toMatchObject({
      person: { id: person.id },
      kind: 'LIVING_ALLOWANCE',
      amount: '1250.50',
      schoolYear: CURRENT,
      grantedOn: TODAY,
      status: 'GRANTED',
      version: 1,
    });
    const [row] = await kit.db.query(
      'SELECT person_key, kind, amount_fen, school_year, granted_on, status, version FROM education_aid WHERE id = $1',
      [aid.id],
    );
    expect(row).toEqual({
      person_key: person.id,
      kind: 'LIVING_ALLOWANCE',
      amount_fen: '125050',
      school_year: CURRENT,
      granted_on: TODAY,
      status: 'GRANTED',
      version: 1,
    });
    expect(await listed({ schoolYear: CURRENT, aidKind: 'LIVING_ALLOWANCE' })).toContain(person.id);
  });

  test('a second grant of a kind in one school year is a CONFLICT naming the first', async () => {
    const { person } = await enrol();
    const first = await grant(person.id);
    const conflict = await kit.refused(GRANT, aidInput(person.id, { amount: '500.00' }), { field: 'input.kind', code: 'CONFLICT' });
    expect(conflict.extensions!.existingId).toBe(first.id);
    expect(await count('SELECT count(*)::int AS count FROM education_aid WHERE person_key = $1', [person.id])).toBe(1);
  });

  test.each([
    ['an amount of 0.00', { amount: '0.00' }, 'input.amount'],
    ['an amount above 20000.00', { amount: '20000.01' }, 'input.amount'],
    ['a national grant in primary school', { kind: 'GRANT' }, 'input.kind'],
    ['a fee waiver in compulsory education', { kind: 'FEE_WAIVER' }, 'input.kind'],
    [
      'a school year the student is not enrolled in',
      { schoolYear: PREVIOUS, grantedOn: addDays(schoolYearStart(PREVIOUS), 30) },
      'input.schoolYear',
    ],
    ['a school year in another format', { schoolYear: '2026/27' }, 'input.schoolYear'],
    ['a grant day before June ahead of the school year', { grantedOn: addDays(`${CURRENT.slice(0, 4)}-06-01`, -1) }, 'input.grantedOn'],
    ['a grant day in the future', { grantedOn: addDays(TODAY, 1) }, 'input.grantedOn'],
    ['a person id that is not a person key', { personId: 'student-1' }, 'input.personId'],
  ])('%s is refused naming the field and stores nothing', async (_name, overrides, field) => {
    const { person } = await enrol();
    await kit.refused(GRANT, aidInput(person.id, { amount: '1000.00', ...overrides }), { field }, () => kit.rowCounts('education_aid'));
  });

  test('a negative amount is refused at its path by the Money scalar', async () => {
    const { person } = await enrol();
    const res = await call(GRANT, {
      input: { personId: person.id, kind: 'LIVING_ALLOWANCE', amount: '-1.00', schoolYear: CURRENT, grantedOn: TODAY },
    });
    expect(expectErrorCode(res, 'BAD_USER_INPUT').message).toMatch(/input\.amount.*non-negative/);
  });

  test('aid granted after the enrolment ended is refused naming the grant day', async () => {
    const start = schoolYearStart(PREVIOUS);
    const enrollment = await enrol({ schoolYear: PREVIOUS, grade: 4, enrolledOn: start });
    await kit.write(END, { id: enrollment.id, version: 1, endedOn: addDays(start, 10), reason: 'DROPPED_OUT' });
    const res = await call(GRANT, {
      input: {
        personId: enrollment.person.id,
        kind: 'LIVING_ALLOWANCE',
        amount: '1000.00',
        schoolYear: PREVIOUS,
        grantedOn: addDays(start, 30),
      },
    });
    expect(expectErrorCode(res, 'BAD_USER_INPUT').extensions!.field).toBe('input.grantedOn');
  });

  test('aid for a person education holds nothing on is NOT_FOUND', async () => {
    const res = await call(GRANT, {
      input: {
        personId: personKey(newIdNumber(), kit.personKeySecret),
        kind: 'LIVING_ALLOWANCE',
        amount: '1000.00',
        schoolYear: CURRENT,
        grantedOn: TODAY,
      },
    });
    expectErrorCode(res, 'NOT_FOUND', 'grantEducationAid');
  });

  test('revoked aid stays as history, leaves the aid list and filters, and may be granted again', async () => {
    const { person } = await enrol();
    const aid = await grant(person.id);
    const res = await kit.write(REVOKE, { id: aid.id, version: 1, reason: 'household income above the standard' });
    expect(res).toMatchObject({
      status: 'REVOKED',
      statusReason: 'household income above the standard',
      version: 2,
    });
    const [row] = await kit.db.query('SELECT status, status_reason, version FROM education_aid WHERE id = $1', [aid.id]);
    expect(row).toEqual({ status: 'REVOKED', status_reason: 'household income above the standard', version: 2 });

    const profile = async (all: boolean) =>
      (await call(AID, { r: [{ __typename: 'Person', id: person.id }], all }, 'caseworker')).data!._entities[0].education.aid;
    expect(await profile(false)).toEqual([]);
    expect(await profile(true)).toEqual([{ id: aid.id, status: 'REVOKED' }]);
    expect(await listed({ schoolYear: CURRENT, aidKind: 'LIVING_ALLOWANCE' })).not.toContain(person.id);
    expect(await listed({ schoolYear: CURRENT, lacksAid: 'LIVING_ALLOWANCE' })).toContain(person.id);

    const corrected = await grant(person.id, { amount: '1000.00' });
    expect(await profile(true)).toEqual(
      expect.arrayContaining([
        { id: aid.id, status: 'REVOKED' },
        { id: corrected.id, status: 'GRANTED' },
      ]),
    );
  });

  test('a revoked grant is final: revoking it again is refused and changes nothing', async () => {
    const { person } = await enrol();
    const aid = await grant(person.id);
    await kit.write(REVOKE, { id: aid.id, version: 1, reason: 'granted twice by mistake' });
    await kit.refused(
      REVOKE,
      { id: aid.id, version: 2, reason: 'again' },
      { field: 'input.id', message: /REVOKED; a revoked grant is final/ },
    );
    expect(await kit.versionOf('education_aid', aid.id)).toBe(2);
  });

  test('a revocation without a reason is refused naming the field', async () => {
    const { person } = await enrol();
    const aid = await grant(person.id);
    await kit.refused(REVOKE, { id: aid.id, version: 1, reason: '  ' }, { field: 'input.reason' });
    expect(await count("SELECT count(*)::int AS count FROM education_aid WHERE id = $1 AND status = 'GRANTED'", [aid.id])).toBe(1);
  });
});

describe('writes at once', () => {
  test('concurrent enrolments of one new student in two school years both succeed on one student row', async () => {
    const idNumber = newIdNumber();
    const answers = await Promise.all([
      call(RECORD, { input: enrollmentInput({ idNumber, grade: 4, schoolYear: PREVIOUS, enrolledOn: schoolYearStart(PREVIOUS) }) }),
      call(RECORD, { input: enrollmentInput({ idNumber }) }),
    ]);
    answers.forEach((a) => expect(a.errors).toBeUndefined());
    const personId = personKey(idNumber, kit.personKeySecret);
    expect(await count('SELECT count(*)::int AS count FROM student WHERE person_key = $1', [personId])).toBe(1);
    expect(await count('SELECT count(*)::int AS count FROM enrollment WHERE person_key = $1', [personId])).toBe(2);
    expect(
      await count("SELECT count(*)::int AS count FROM change_history WHERE entity_type = 'Student' AND entity_id = $1", [personId]),
    ).toBe(1);
  });
});
