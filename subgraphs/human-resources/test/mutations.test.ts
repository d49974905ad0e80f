// Human resources' writes: what each accepts and refuses, unemployment registration, services, the insurance lifecycle.
// Idempotency, stale versions, atomicity, history, write scope and each write's access-log row: contract.test.ts.
import { addYears } from '../../../shared/src/dates';
import { addDays } from '../../../shared/src/testing/dates';
import { expectErrorCode } from '../../../shared/src/testing/graphql';
import { agencyTestKit } from '../../../test/support/agency';
import { bornAged, enrollInput, newIdNumber, statusInput, today } from './inputs';

const kit = agencyTestKit('human-resources', { people: 200 });
const { post: call, count } = kit;

const PROFILE_FIELDS =
  'person { id } status statusSince registeredUnemployed unemploymentRegisteredOn unemploymentEndedOn unemploymentEndReason employerName version';
const RECORD = kit.mutation('recordEmploymentStatus', PROFILE_FIELDS);
const REGISTER = kit.mutation('registerUnemployment', PROFILE_FIELDS);
const END_REGISTRATION = kit.mutation('endUnemploymentRegistration', `${PROFILE_FIELDS} history { subject role operation before after }`);
const START = kit.mutation('startEmploymentService', 'id kind startDate endDate provider version person { id }');
const END_SERVICE = kit.mutation('endEmploymentService', 'id endDate version history { operation }');
const ENROLL = kit.mutation('enrollSocialInsurance', 'id scheme status contributionBase since version person { id }');
const CHANGE = kit.mutation(
  'changeSocialInsurance',
  'id scheme status contributionBase since version history { subject operation before after }',
);

const records = () => count('SELECT count(*)::int AS count FROM employment_record');
const services = () => count('SELECT count(*)::int AS count FROM employment_service');
const enrollments = () => count('SELECT count(*)::int AS count FROM social_insurance_enrollment');
const recordStatus = (overrides: Record<string, unknown> = {}) => kit.write(RECORD, statusInput(overrides));
const enroll = (overrides: Record<string, unknown> = {}) => kit.write(ENROLL, enrollInput(overrides));

/** A registered unemployed person: their id and the record's version. */
async function registered(overrides: Record<string, unknown> = {}, registeredOn = '2026-04-01') {
  const record = await recordStatus(overrides);
  await kit.write(REGISTER, { personId: record.person.id, version: 1, registeredOn });
  return { personId: record.person.id as string, version: 2 };
}

/** Enrols, then walks the enrolment through `steps` (each a change without id and version); returns it and its version. */
async function enrollmentAt(steps: Record<string, unknown>[], overrides: Record<string, unknown> = {}) {
  const enrolled = await enroll(overrides);
  return {
    id: enrolled.id as string,
    personId: enrolled.person.id as string,
    version: await kit.changeThrough(CHANGE, enrolled.id, steps),
  };
}

describe('employment records', () => {
  test('recording a status creates the record under the key derived from the ID number', async () => {
    const input = statusInput({ status: 'EMPLOYED', employerName: '南阳宏达机械制造有限公司', since: '2024-09-02' });
    const record = await kit.write(RECORD, input);
    expect(record).toMatchObject({
      status: 'EMPLOYED',
      statusSince: '2024-09-02',
      registeredUnemployed: false,
      employerName: '南阳宏达机械制造有限公司',
      version: 1,
    });
    const [row] = await kit.db.query(
      'SELECT id_number, region_code, status, status_since::text AS since, employer_name, version FROM employment_record WHERE person_key = $1',
      [record.person.id],
    );
    expect(row).toEqual({
      id_number: input.idNumber,
      region_code: '411302',
      status: 'EMPLOYED',
      since: '2024-09-02',
      employer_name: '南阳宏达机械制造有限公司',
      version: 1,
    });
  });

  test('changing a status takes the version read; without one, or for a person without a record, it is refused', async () => {
    const idNumber = newIdNumber();
    await recordStatus({ idNumber, status: 'EMPLOYED', since: '2020-01-01' });
    const missing = await call(RECORD, { input: statusInput({ idNumber, since: '2026-05-01' }) });
    expect(expectErrorCode(missing, 'BAD_USER_INPUT').message).toMatch(/^input\.version: is required: .*version 1/);
    const changed = await kit.write(RECORD, statusInput({ idNumber, version: 1, since: '2026-05-01', regionCode: null }));
    expect(changed).toMatchObject({
      status: 'UNEMPLOYED',
      statusSince: '2026-05-01',
      employerName: null,
      version: 2,
    });
    const [row] = await kit.db.query('SELECT region_code FROM employment_record WHERE id_number = $1', [idNumber]);
    expect(row.region_code).toBe('411302');
    const unknown = await call(RECORD, { input: statusInput({ version: 1 }) });
    expect(expectErrorCode(unknown, 'BAD_USER_INPUT').extensions!.field).toBe('input.version');
  });

  test.each([
    ['idNumber', { idNumber: '110105194912310021' }, /check character/],
    ['regionCode', { regionCode: '110105' }, /not a county code/],
    ['regionCode', { regionCode: null }, /required to create/],
    ['employerName', { status: 'UNEMPLOYED', employerName: '某公司' }, /employer of an EMPLOYED person/],
    ['employerName', { status: 'EMPLOYED', employerName: '公'.repeat(101) }, /1-100 characters/],
    ['since', { since: '2099-01-01' }, /today/],
    ['since', { since: '1970-01-01' }, /between 1980-01-01/],
    ['since', { idNumber: newIdNumber(bornAged(20)), since: addYears(bornAged(20), 15) }, /is 16 only from/],
    [
      'since',
      { idNumber: newIdNumber(bornAged(45), 'FEMALE'), status: 'RETIRED', since: today },
      /RETIRED needs retirement age 50: the person \(a woman/,
    ],
    [
      'since',
      { idNumber: newIdNumber(bornAged(58), 'MALE'), status: 'RETIRED', since: today },
      /RETIRED needs retirement age 60: the person \(a man/,
    ],
  ])('a status with a bad %s (%j) is refused naming the field and stores nothing', async (field, override, message) => {
    await kit.refused(RECORD, statusInput(override), { field: `input.${field}`, message }, records);
  });

  test('a woman of 50 may be RETIRED, a man only from 60', async () => {
    const woman = await recordStatus({ idNumber: newIdNumber(bornAged(50), 'FEMALE'), status: 'RETIRED', since: today });
    const man = await recordStatus({ idNumber: newIdNumber(bornAged(60), 'MALE'), status: 'RETIRED', since: today });
    expect([woman.status, man.status]).toEqual(['RETIRED', 'RETIRED']);
  });

  test('a new status may not begin before the current one', async () => {
    const idNumber = newIdNumber();
    await recordStatus({ idNumber, status: 'EMPLOYED', since: '2025-03-01' });
    const res = await call(RECORD, { input: statusInput({ idNumber, version: 1, since: '2025-02-28' }) });
    expect(expectErrorCode(res, 'BAD_USER_INPUT').message).toMatch(
      /^input\.since: must not be before 2025-03-01, when the current status EMPLOYED began/,
    );
  });
});

describe('unemployment registration', () => {
  test('an unemployed person of working age is registered, and shows among registered job seekers', async () => {
    const record = await recordStatus({ since: '2026-02-01' });
    const res = await kit.write(REGISTER, { personId: record.person.id, version: 1, registeredOn: '2026-02-10' });
    expect(res).toMatchObject({
      registeredUnemployed: true,
      unemploymentRegisteredOn: '2026-02-10',
      version: 2,
    });
    const [row] = await kit.db.query(
      'SELECT registered_unemployed, unemployment_registered_on::text AS registered_on FROM employment_record WHERE person_key = $1',
      [record.person.id],
    );
    expect(row).toEqual({ registered_unemployed: true, registered_on: '2026-02-10' });
    const seekers = await call(
      '{ jobSeekers(filter: { registeredUnemployed: true, regionCode: "411302" }, first: 100) { totalCount nodes { id } } }',
    );
    const [{ n }] = await kit.db.query(
      "SELECT count(*)::int AS n FROM employment_record WHERE registered_unemployed AND region_code = '411302'",
    );
    expect(seekers.data!.jobSeekers.totalCount).toBe(n);
  });

  test('a registered person is not registered twice: CONFLICT naming the person', async () => {
    const { personId, version } = await registered();
    const res = await call(REGISTER, { input: { personId, version, registeredOn: '2026-05-01' } });
    const error = expectErrorCode(res, 'CONFLICT');
    expect(error.message).toMatch(/^input\.personId: the person is already registered as unemployed since 2026-04-01/);
    expect(error.extensions!.existingId).toBe(personId);
  });

  test.each([
    [
      'a person who is EMPLOYED',
      { status: 'EMPLOYED' },
      '2026-04-01',
      'input.personId',
      /status is EMPLOYED; only an UNEMPLOYED person registers/,
    ],
    [
      'a woman of 60',
      { idNumber: newIdNumber(bornAged(60), 'FEMALE') },
      today,
      'input.registeredOn',
      /a woman .* is over 59 .* ages 16 to 59/,
    ],
    ['a man of 61', { idNumber: newIdNumber(bornAged(61), 'MALE') }, today, 'input.registeredOn', /a man .* is over 60 .* ages 16 to 60/],
    [
      'a day before the person became unemployed',
      { since: '2026-03-01' },
      '2026-02-27',
      'input.registeredOn',
      /must not be before 2026-03-01/,
    ],
    ['a day in the future', {}, '2099-01-01', 'input.registeredOn', /today/],
  ])('registering %s is refused naming the field and changes nothing', async (_name, status, registeredOn, field, message) => {
    const record = await recordStatus(status);
    await kit.refused(REGISTER, { personId: record.person.id, version: 1, registeredOn }, { field, message });
    expect(await kit.versionOf('employment_record', record.person.id, 'person_key')).toBe(1);
  });

  test('a man of 60 may still register', async () => {
    const record = await recordStatus({ idNumber: newIdNumber(bornAged(60), 'MALE'), since: today });
    const res = await kit.write(REGISTER, { personId: record.person.id, version: 1, registeredOn: today });
    expect(res.registeredUnemployed).toBe(true);
  });

  test('recording a job for a registered person ends the registration in the same write', async () => {
    const { personId, version } = await registered();
    const [{ id_number: idNumber }] = await kit.db.query('SELECT id_number FROM employment_record WHERE person_key = $1', [personId]);
    const employed = await kit.write(RECORD, {
      idNumber,
      version,
      status: 'EMPLOYED',
      employerName: '南阳鑫源物流有限公司',
      since: '2026-06-15',
    });
    expect(employed).toMatchObject({
      status: 'EMPLOYED',
      registeredUnemployed: false,
      unemploymentRegisteredOn: null,
      unemploymentEndedOn: '2026-06-15',
      unemploymentEndReason: 'EMPLOYED',
      version: version + 1,
    });
    const early = await recordStatus({ since: '2026-01-01' });
    await kit.write(REGISTER, { personId: early.person.id, version: 1, registeredOn: '2026-03-01' });
    const [{ id_number: other }] = await kit.db.query('SELECT id_number FROM employment_record WHERE person_key = $1', [early.person.id]);
    const before = await call(RECORD, { input: { idNumber: other, version: 2, status: 'FLEXIBLY_EMPLOYED', since: '2026-02-01' } });
    expect(expectErrorCode(before, 'BAD_USER_INPUT').message).toMatch(
      /^input\.since: must not be before the unemployment registration on 2026-03-01/,
    );
  });

  test('ending a registration as SELF_EMPLOYED makes the person flexibly employed; its history names who did it', async () => {
    const { personId, version } = await registered();
    const record = await kit.write(END_REGISTRATION, { personId, version, endedOn: '2026-07-01', reason: 'SELF_EMPLOYED' });
    expect(record).toMatchObject({
      status: 'FLEXIBLY_EMPLOYED',
      statusSince: '2026-07-01',
      registeredUnemployed: false,
      unemploymentEndedOn: '2026-07-01',
      unemploymentEndReason: 'SELF_EMPLOYED',
    });
    expect(record.history.map((h: any) => h.operation)).toEqual([
      'recordEmploymentStatus',
      'registerUnemployment',
      'endUnemploymentRegistration',
    ]);
    expect(record.history[2]).toMatchObject({ subject: 'test-human-resources', role: 'human-resources' });
    expect(JSON.parse(record.history[2].before)).toMatchObject({
      status: 'UNEMPLOYED',
      registeredUnemployed: true,
      unemploymentRegisteredOn: '2026-04-01',
    });
    expect(JSON.parse(record.history[2].after)).toMatchObject({
      status: 'FLEXIBLY_EMPLOYED',
      registeredUnemployed: false,
      unemploymentEndReason: 'SELF_EMPLOYED',
    });
    const [row] = await kit.db.query(
      'SELECT status, registered_unemployed, unemployment_ended_on::text AS ended_on, unemployment_end_reason FROM employment_record WHERE person_key = $1',
      [personId],
    );
    expect(row).toEqual({
      status: 'FLEXIBLY_EMPLOYED',
      registered_unemployed: false,
      ended_on: '2026-07-01',
      unemployment_end_reason: 'SELF_EMPLOYED',
    });
  });

  test('a person who moved away stays unemployed and may register again later', async () => {
    const { personId, version } = await registered();
    const ended = await kit.write(END_REGISTRATION, { personId, version, endedOn: '2026-05-01', reason: 'MOVED_AWAY' });
    expect(ended).toMatchObject({
      status: 'UNEMPLOYED',
      statusSince: '2026-03-01',
      registeredUnemployed: false,
    });
    const early = await call(REGISTER, { input: { personId, version: version + 1, registeredOn: '2026-04-30' } });
    expect(expectErrorCode(early, 'BAD_USER_INPUT').message).toMatch(/previous registration ended on 2026-05-01/);
    const again = await kit.write(REGISTER, { personId, version: version + 1, registeredOn: '2026-08-01' });
    expect(again).toMatchObject({
      registeredUnemployed: true,
      unemploymentEndedOn: null,
      unemploymentEndReason: null,
    });
  });

  test.each([
    [
      'before the registration',
      {},
      { endedOn: '2026-03-31', reason: 'WITHDRAWN' },
      'input.endedOn',
      /must not be before the registration on 2026-04-01/,
    ],
    [
      'as RETIRED below retirement age',
      {},
      { endedOn: '2026-06-01', reason: 'RETIRED' },
      'input.endedOn',
      /RETIRED needs retirement age 60/,
    ],
  ])('ending a registration %s is refused naming the field', async (_name, status, change, field, message) => {
    const { personId, version } = await registered(status);
    await kit.refused(END_REGISTRATION, { personId, version, ...change }, { field, message });
  });

  test('a person who is not registered has no registration to end', async () => {
    const record = await recordStatus();
    const res = await call(END_REGISTRATION, {
      input: { personId: record.person.id, version: 1, endedOn: '2026-05-01', reason: 'WITHDRAWN' },
    });
    expect(expectErrorCode(res, 'BAD_USER_INPUT').message).toMatch(/^input\.personId: the person is not registered as unemployed/);
  });
});

describe('employment services', () => {
  test('a service is recorded for a person with an employment record, and ends on its last day', async () => {
    const record = await recordStatus();
    const service = await kit.write(START, {
      personId: record.person.id,
      kind: 'VOCATIONAL_TRAINING',
      startDate: '2026-05-10',
      provider: '宛城区职业技能培训中心',
    });
    expect(service).toMatchObject({
      kind: 'VOCATIONAL_TRAINING',
      startDate: '2026-05-10',
      endDate: null,
      version: 1,
      person: { id: record.person.id },
    });
    const [row] = await kit.db.query('SELECT person_key, kind, provider, end_date FROM employment_service WHERE id = $1', [service.id]);
    expect(row).toEqual({ person_key: record.person.id, kind: 'VOCATIONAL_TRAINING', provider: '宛城区职业技能培训中心', end_date: null });

    const ended = await kit.write(END_SERVICE, { id: service.id, version: 1, endDate: '2026-06-30' });
    expect(ended).toMatchObject({
      endDate: '2026-06-30',
      version: 2,
      history: [{ operation: 'startEmploymentService' }, { operation: 'endEmploymentService' }],
    });
    const again = await call(END_SERVICE, { input: { id: service.id, version: 2, endDate: '2026-07-01' } });
    expect(expectErrorCode(again, 'BAD_USER_INPUT').message).toMatch(/^input\.id: the service already ended on 2026-06-30/);
  });

  test('a second open service of a kind is a CONFLICT naming the open one; once it ends, another may start', async () => {
    const record = await recordStatus();
    const input = {
      personId: record.person.id,
      kind: 'PUBLIC_WELFARE_POST',
      startDate: '2026-03-01',
      provider: '宛城区人力资源和社会保障局',
    };
    const first = await kit.write(START, input);
    const conflict = await kit.refused(START, { ...input, startDate: '2026-04-01' }, { field: 'input.kind', code: 'CONFLICT' }, services);
    expect(conflict.extensions!.existingId).toBe(first.id);
    await kit.write(END_SERVICE, { id: first.id, version: 1, endDate: '2026-03-31' });
    await kit.write(START, { ...input, startDate: '2026-04-01' });
  });

  test.each([
    ['startDate', { startDate: '2099-01-01' }, /today/],
    ['provider', { provider: '   ' }, /1-100 characters/],
    ['personId', { personId: 'not-a-person' }, /not a person id/],
  ])('a service with a bad %s is refused naming the field and stores nothing', async (field, override, message) => {
    const record = await recordStatus();
    const input = {
      personId: record.person.id,
      kind: 'JOB_REFERRAL',
      startDate: '2026-05-01',
      provider: '宛城区公共就业服务中心',
      ...override,
    };
    await kit.refused(START, input, { field: `input.${field}`, message }, services);
  });

  test('a service for a person the bureau holds no record on is NOT_FOUND; one ending before it began is refused', async () => {
    const res = await call(START, {
      input: { personId: 'p' + 'A'.repeat(22), kind: 'JOB_REFERRAL', startDate: '2026-05-01', provider: '宛城区公共就业服务中心' },
    });
    expectErrorCode(res, 'NOT_FOUND');
    const record = await recordStatus();
    const service = await kit.write(START, {
      personId: record.person.id,
      kind: 'JOB_SUBSIDY',
      startDate: '2026-05-01',
      provider: '宛城区人力资源和社会保障局',
    });
    const early = await call(END_SERVICE, { input: { id: service.id, version: 1, endDate: '2026-04-30' } });
    expect(expectErrorCode(early, 'BAD_USER_INPUT').message).toMatch(/^input\.endDate: must not be before the start date 2026-05-01/);
  });
});

describe('social insurance', () => {
  test('an employee scheme is enrolled with its contribution base, stored in fen', async () => {
    const input = enrollInput();
    const enrolment = await kit.write(ENROLL, input);
    expect(enrolment).toMatchObject({
      scheme: 'EMPLOYEE_PENSION',
      status: 'CONTRIBUTING',
      contributionBase: '5200.00',
      since: '2020-07-01',
      version: 1,
    });
    const [row] = await kit.db.query(
      'SELECT id_number, person_key, region_code, status, contribution_base_fen::int AS base, since::text AS since FROM social_insurance_enrollment WHERE id = $1',
      [enrolment.id],
    );
    expect(row).toEqual({
      id_number: input.idNumber,
      person_key: enrolment.person.id,
      region_code: '411302',
      status: 'CONTRIBUTING',
      base: 520000,
      since: '2020-07-01',
    });
  });

  test('the bounds are inclusive, and a baby is enrolled in resident medical insurance without a base', async () => {
    await enroll({ contributionBase: '3800.00' });
    await enroll({ contributionBase: '22000.00' });
    const baby = await enroll({
      idNumber: newIdNumber(bornAged(0, 40), 'FEMALE'),
      scheme: 'RESIDENT_MEDICAL',
      contributionBase: null,
      since: addDays(bornAged(0, 40), 10),
    });
    expect(baby).toMatchObject({ scheme: 'RESIDENT_MEDICAL', contributionBase: null });
  });

  test.each([
    ['contributionBase', { contributionBase: '3799.99' }, /from 3800\.00 to 22000\.00 a month \(Henan 2026\), got 3799\.99/],
    ['contributionBase', { contributionBase: '22000.01' }, /from 3800\.00 to 22000\.00 .*got 22000\.01/],
    ['contributionBase', { contributionBase: null }, /is required for EMPLOYEE_PENSION/],
    ['contributionBase', { scheme: 'RESIDENT_PENSION', contributionBase: '500.00' }, /resident scheme .* takes no contribution base/],
    ['since', { since: '2099-01-01' }, /today/],
    ['since', { idNumber: newIdNumber(bornAged(17)), since: addYears(bornAged(17), 15) }, /is 16 only from/],
    [
      'since',
      { idNumber: newIdNumber('2020-06-01'), scheme: 'RESIDENT_MEDICAL', contributionBase: null, since: '2020-05-01' },
      /before the person .* was born/,
    ],
    ['regionCode', { regionCode: '410102' }, /not a county code/],
    ['idNumber', { idNumber: '41010219800315001' }, /18 characters/],
  ])('an enrolment with a bad %s (%j) is refused naming the field and stores nothing', async (field, override, message) => {
    await kit.refused(ENROLL, enrollInput(override), { field: `input.${field}`, message }, enrollments);
  });

  test.each([['-1.00'], ['1.234'], ['abc']])('a contribution base of %j is refused with BAD_USER_INPUT', async (base) => {
    const res = await call(ENROLL, { input: enrollInput({ contributionBase: base }) });
    expectErrorCode(res, 'BAD_USER_INPUT');
  });

  test('a second open enrolment in a scheme is a CONFLICT; after termination the person may enrol again', async () => {
    const idNumber = newIdNumber();
    const first = await enroll({ idNumber, scheme: 'UNEMPLOYMENT' });
    const second = await call(ENROLL, { input: enrollInput({ idNumber, scheme: 'UNEMPLOYMENT', since: '2021-01-01' }) });
    const error = expectErrorCode(second, 'CONFLICT');
    expect(error.extensions).toMatchObject({ field: 'input.scheme', existingId: first.id });
    await kit.write(CHANGE, { id: first.id, version: 1, status: 'TERMINATED' });
    const again = await enroll({ idNumber, scheme: 'UNEMPLOYMENT', since: '2025-01-01' });
    expect(await count('SELECT count(*)::int AS count FROM social_insurance_enrollment WHERE person_key = $1', [again.person.id])).toBe(2);
    const profile = await call(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { socialInsurance { id status since } } } }',
      { r: [{ __typename: 'Person', id: again.person.id }] },
    );
    expect(profile.data!._entities[0].socialInsurance).toEqual([
      { id: first.id, status: 'TERMINATED', since: '2020-07-01' },
      { id: again.id, status: 'CONTRIBUTING', since: '2025-01-01' },
    ]);
  });

  test('an employee and a resident scheme of the same risk at once is a CONFLICT naming the open one', async () => {
    const idNumber = newIdNumber();
    const employee = await enroll({ idNumber, scheme: 'EMPLOYEE_MEDICAL' });
    const res = await call(ENROLL, { input: enrollInput({ idNumber, scheme: 'RESIDENT_MEDICAL', contributionBase: null }) });
    const error = expectErrorCode(res, 'CONFLICT');
    expect(error.message).toMatch(/enrolled in EMPLOYEE_MEDICAL .*terminate it before enrolling in RESIDENT_MEDICAL/);
    expect(error.extensions!.existingId).toBe(employee.id);
  });

  test('an enrolment follows its lifecycle to a pension; its history names who changed what', async () => {
    const idNumber = newIdNumber(bornAged(61), 'MALE');
    const { id, version } = await enrollmentAt([{ status: 'SUSPENDED' }, { status: 'CONTRIBUTING', contributionBase: '6100.00' }], {
      idNumber,
    });
    const enrolment = await kit.write(CHANGE, { id, version, status: 'RECEIVING', since: today });
    expect(enrolment).toMatchObject({ status: 'RECEIVING', contributionBase: null, since: today, version: 4 });
    expect(enrolment.history.map((h: any) => h.operation)).toEqual([
      'enrollSocialInsurance',
      'changeSocialInsurance',
      'changeSocialInsurance',
      'changeSocialInsurance',
    ]);
    expect(enrolment.history[3].subject).toBe('test-human-resources');
    expect(JSON.parse(enrolment.history[2].after)).toMatchObject({ status: 'CONTRIBUTING', contributionBaseFen: '610000' });
    expect(JSON.parse(enrolment.history[3].before)).toMatchObject({ status: 'CONTRIBUTING', contributionBaseFen: '610000' });
    expect(JSON.parse(enrolment.history[3].after)).toMatchObject({ status: 'RECEIVING', contributionBaseFen: null });
    const [row] = await kit.db.query(
      'SELECT status, contribution_base_fen, since::text AS since, version FROM social_insurance_enrollment WHERE id = $1',
      [id],
    );
    expect(row).toEqual({ status: 'RECEIVING', contribution_base_fen: null, since: today, version: 4 });
  });

  test('unemployment benefit is drawn by a registered unemployed person', async () => {
    const { personId } = await registered();
    const [{ id_number: idNumber }] = await kit.db.query('SELECT id_number FROM employment_record WHERE person_key = $1', [personId]);
    const { id, version } = await enrollmentAt([], { idNumber, scheme: 'UNEMPLOYMENT', since: '2019-01-01' });
    const res = await kit.write(CHANGE, { id, version, status: 'RECEIVING', since: '2026-04-15' });
    expect(res).toMatchObject({ status: 'RECEIVING', since: '2026-04-15' });
  });

  test.each([
    [
      'SUSPENDED to RECEIVING',
      {},
      [{ status: 'SUSPENDED' }],
      { status: 'RECEIVING', since: '2026-01-01' },
      'input.status',
      /a SUSPENDED enrolment cannot become RECEIVING; it can become CONTRIBUTING or TERMINATED/,
    ],
    [
      'RECEIVING back to CONTRIBUTING',
      { idNumber: newIdNumber(bornAged(62)) },
      [{ status: 'RECEIVING', since: today }],
      { status: 'CONTRIBUTING' },
      'input.status',
      /cannot become CONTRIBUTING; it can become TERMINATED/,
    ],
    [
      'changing a TERMINATED enrolment',
      {},
      [{ status: 'TERMINATED' }],
      { status: 'CONTRIBUTING' },
      'input.id',
      /TERMINATED; a terminated enrolment is final/,
    ],
    [
      'work injury insurance RECEIVING',
      { scheme: 'WORK_INJURY' },
      [],
      { status: 'RECEIVING', since: '2026-01-01' },
      'input.status',
      /WORK_INJURY pays no benefit/,
    ],
    [
      'a pension without the day it began',
      { idNumber: newIdNumber(bornAged(62)) },
      [],
      { status: 'RECEIVING' },
      'input.since',
      /required to make an enrolment RECEIVING/,
    ],
    [
      'a pension below retirement age',
      {},
      [],
      { status: 'RECEIVING', since: '2026-01-01' },
      'input.since',
      /EMPLOYEE_PENSION benefits needs retirement age 60/,
    ],
    [
      'a pension from before the enrolment',
      { idNumber: newIdNumber(bornAged(70)) },
      [],
      { status: 'RECEIVING', since: '2020-06-30' },
      'input.since',
      /not be before the enrolment began on 2020-07-01/,
    ],
    [
      'unemployment benefit without registration',
      { scheme: 'UNEMPLOYMENT' },
      [],
      { status: 'RECEIVING', since: '2026-01-01' },
      'input.status',
      /registered unemployed people/,
    ],
    [
      'a day benefits began when suspending',
      {},
      [],
      { status: 'SUSPENDED', since: '2026-01-01' },
      'input.since',
      /changes only when the enrolment becomes RECEIVING/,
    ],
    [
      'a base on a suspended enrolment',
      {},
      [{ status: 'SUSPENDED' }],
      { contributionBase: '5000.00' },
      'input.contributionBase',
      /only on a CONTRIBUTING enrolment, not a SUSPENDED one/,
    ],
    ['a base above the ceiling', {}, [], { contributionBase: '30000.00' }, 'input.contributionBase', /got 30000\.00/],
    [
      'a base on a resident scheme',
      { scheme: 'RESIDENT_PENSION', contributionBase: null },
      [],
      { contributionBase: '4000.00' },
      'input.contributionBase',
      /takes no contribution base/,
    ],
    ['nothing to change', {}, [], {}, 'input.status', /nothing would change/],
  ])(
    'a change breaking the lifecycle (%s) is refused naming the field and changes nothing',
    async (_name, enrolment, steps, change, field, message) => {
      const { id, version } = await enrollmentAt(steps as Record<string, unknown>[], enrolment);
      await kit.refused(CHANGE, { id, version, ...change }, { field, message }, () =>
        Promise.all([kit.versionOf('social_insurance_enrollment', id), kit.rowCounts('change_history')]),
      );
      expect(await kit.versionOf('social_insurance_enrollment', id)).toBe(version);
    },
  );
});
