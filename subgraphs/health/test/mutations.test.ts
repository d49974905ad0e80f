// Health's writes: what each accepts and refuses, the health file a first record opens, reversals and the programs' ages.
// Idempotency, stale versions, atomicity, history, write scope and each write's access-log row: contract.test.ts.
import { randomUUID } from 'node:crypto';
import { addYears } from '../../../shared/src/dates';
import { addDays } from '../../../shared/src/testing/dates';
import { expectErrorCode } from '../../../shared/src/testing/graphql';
import { agencyTestKit } from '../../../test/support/agency';
import { aidInput, bornAged, enrollInput, newIdNumber, settlementInput, today } from './inputs';

const kit = agencyTestKit('health', { people: 200 });
const { post: call, count } = kit;

const SETTLEMENT_FIELDS =
  'id person { id } settledOn hospitalName hospitalLevel diagnosisCategory inpatient totalCost insurancePaid assistancePaid selfPaid oneStop status version';
const RECORD = kit.mutation('recordMedicalAssistanceSettlement', SETTLEMENT_FIELDS);
const REVERSE = kit.mutation(
  'reverseMedicalAssistanceSettlement',
  `${SETTLEMENT_FIELDS} statusReason history { subject role operation before after }`,
);
const GRANT = kit.mutation('grantEmergencyMedicalAid', 'id person { id } grantedOn amount hospitalName history { operation }');
const ENROLL = kit.mutation('enrollPublicHealthService', 'id person { id } program enrolledOn endedOn endReason version');
const END = kit.mutation('endPublicHealthService', 'id program enrolledOn endedOn endReason version history { operation before after }');

const enrollments = () => count('SELECT count(*)::int AS count FROM public_health_enrollment');

const record = (overrides: Record<string, unknown> = {}) => kit.write(RECORD, settlementInput(overrides));
const enroll = (overrides: Record<string, unknown> = {}) => kit.write(ENROLL, enrollInput(overrides));

const profile = (key: string, args: string) =>
  call(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { health { ${args} } } } }`, {
    r: [{ __typename: 'Person', id: key }],
  });

describe('medical assistance settlements', () => {
  test('recording a settlement opens the health file and stores the amounts in fen', async () => {
    const input = settlementInput();
    const settlement = await kit.write(RECORD, input);
    expect(settlement).toMatchObject({
      totalCost: '12345.67',
      insurancePaid: '7000.00',
      assistancePaid: '3500.00',
      selfPaid: '1845.67',
      status: 'SETTLED',
      version: 1,
    });
    const [row] = await kit.db.query(
      `SELECT person_key, settled_on::text AS settled_on, diagnosis_category, total_cost_fen::int AS total, insurance_paid_fen::int AS insurance,
         assistance_paid_fen::int AS assistance, self_paid_fen::int AS self, status FROM medical_assistance_settlement WHERE id = $1`,
      [settlement.id],
    );
    expect(row).toEqual({
      person_key: settlement.person.id,
      settled_on: '2026-09-14',
      diagnosis_category: '肺炎',
      total: 1234567,
      insurance: 700000,
      assistance: 350000,
      self: 184567,
      status: 'SETTLED',
    });
    const [file] = await kit.db.query('SELECT id_number, region_code FROM health_file WHERE person_key = $1', [settlement.person.id]);
    expect(file).toEqual({ id_number: input.idNumber, region_code: '411302' });
  });

  test("a person with a health file needs no county; another county than the file's is refused", async () => {
    const idNumber = newIdNumber();
    await record({ idNumber });
    const second = await kit.write(RECORD, settlementInput({ idNumber, regionCode: null, settledOn: '2026-10-01' }));
    const other = await call(RECORD, { input: settlementInput({ idNumber, regionCode: '411303' }) });
    expect(expectErrorCode(other, 'BAD_USER_INPUT').message).toMatch(/^input\.regionCode: the person's health file is kept by 411302/);
    const settled = await count('SELECT count(*)::int AS count FROM medical_assistance_settlement WHERE person_key = $1', [
      second.person.id,
    ]);
    expect(settled).toBe(2);
  });

  test.each([
    ['idNumber', { idNumber: '110105194912310021' }, /check character/],
    ['regionCode', { regionCode: null }, /is required: the commission holds no health file/],
    ['regionCode', { regionCode: '110105' }, /not a county code/],
    ['settledOn', { settledOn: '2099-01-01' }, /today/],
    ['settledOn', { settledOn: '2002-12-31' }, /between 2003-01-01/],
    ['settledOn', { idNumber: newIdNumber('2015-03-01'), settledOn: '2015-02-28' }, /before the person was born on 2015-03-01/],
    ['hospitalName', { hospitalName: ' ' }, /1-100 characters/],
    ['diagnosisCategory', { diagnosisCategory: '病'.repeat(51) }, /1-50 characters/],
    [
      'totalCost',
      { totalCost: '12355.67' },
      /^input\.totalCost: 12355\.67 must equal insurancePaid \+ assistancePaid \+ selfPaid = 12345\.67; the difference is 10\.00$/,
    ],
    ['totalCost', { totalCost: '12335.67' }, /the difference is -10\.00$/],
    [
      'totalCost',
      { totalCost: '0.00', insurancePaid: '0.00', assistancePaid: '0.00', selfPaid: '0.00' },
      /above 0\.00 and at most 2000000\.00, got 0\.00/,
    ],
    [
      'totalCost',
      { totalCost: '2000000.01', insurancePaid: '1500000.00', assistancePaid: '400000.00', selfPaid: '100000.01' },
      /at most 2000000\.00, got 2000000\.01/,
    ],
  ])('a settlement with a bad %s (%j) is refused naming the field and stores nothing', async (field, override, message) => {
    await kit.refused(RECORD, settlementInput(override), { field: `input.${field}`, message }, () =>
      kit.rowCounts('health_file', 'medical_assistance_settlement'),
    );
  });

  test('the largest bill allowed, 2000000.00, is recorded', async () => {
    const settlement = await record({
      totalCost: '2000000.00',
      insurancePaid: '1500000.00',
      assistancePaid: '400000.00',
      selfPaid: '100000.00',
    });
    expect(settlement.totalCost).toBe('2000000.00');
  });

  test.each([['-1.00'], ['1.234'], ['abc']])('an amount of %j is refused by the Money scalar', async (amount) => {
    const res = await call(RECORD, { input: settlementInput({ selfPaid: amount }) });
    expectErrorCode(res, 'BAD_USER_INPUT');
  });

  test('a reversed settlement is kept, hidden unless asked for, and no longer makes the person a recipient', async () => {
    const settlement = await record({ settledOn: '2026-09-20', oneStop: false, selfPaid: '1845.67' });
    const key = settlement.person.id;
    const recipients = async () =>
      (
        await call(
          '{ medicalAssistanceRecipients(filter: { settledFrom: "2026-09-20", settledTo: "2026-09-20", oneStop: false }, first: 100) { nodes { id } } }',
        )
      ).data!.medicalAssistanceRecipients.nodes.map((n: any) => n.id);
    expect(await recipients()).toContain(key);

    const reversed = await kit.write(REVERSE, { id: settlement.id, version: 1, reason: '重复结算，已由医院退回' });
    expect(reversed).toMatchObject({ status: 'REVERSED', statusReason: '重复结算，已由医院退回', version: 2 });
    const [row] = await kit.db.query('SELECT status, status_reason, version FROM medical_assistance_settlement WHERE id = $1', [
      settlement.id,
    ]);
    expect(row).toEqual({ status: 'REVERSED', status_reason: '重复结算，已由医院退回', version: 2 });
    expect(await recipients()).not.toContain(key);

    const shown = await profile(
      key,
      'current: medicalAssistance { id } all: medicalAssistance(includeReversed: true) { id status statusReason }',
    );
    expect(shown.errors).toBeUndefined();
    expect(shown.data!._entities[0].health).toEqual({
      current: [],
      all: [{ id: settlement.id, status: 'REVERSED', statusReason: '重复结算，已由医院退回' }],
    });

    expect(reversed.history.map((h: any) => h.operation)).toEqual([
      'recordMedicalAssistanceSettlement',
      'reverseMedicalAssistanceSettlement',
    ]);
    expect(reversed.history[1]).toMatchObject({ subject: 'test-health', role: 'health' });
    expect(JSON.parse(reversed.history[1].before)).toMatchObject({ status: 'SETTLED', statusReason: null, version: 1 });
    expect(JSON.parse(reversed.history[1].after)).toMatchObject({
      status: 'REVERSED',
      statusReason: '重复结算，已由医院退回',
      version: 2,
      totalCostFen: '1234567',
    });
  });

  test('a reversed settlement is final; reversing needs a reason', async () => {
    const settlement = await record();
    const blank = await call(REVERSE, { input: { id: settlement.id, version: 1, reason: '  ' } });
    expect(expectErrorCode(blank, 'BAD_USER_INPUT').extensions!.field).toBe('input.reason');
    await kit.write(REVERSE, { id: settlement.id, version: 1, reason: '金额录入错误' });
    const again = await call(REVERSE, { input: { id: settlement.id, version: 2, reason: '再次冲销' } });
    expect(expectErrorCode(again, 'BAD_USER_INPUT').message).toMatch(
      /^input\.id: the settlement is already REVERSED; a reversed settlement is final/,
    );
  });

  test('reversing a settlement that does not exist is NOT_FOUND', async () => {
    const res = await call(REVERSE, { input: { id: randomUUID(), version: 1, reason: '金额录入错误' } });
    expectErrorCode(res, 'NOT_FOUND');
  });
});

describe('emergency medical aid', () => {
  test("a grant is stored in fen with the patient's new health file", async () => {
    const input = aidInput();
    const grant = await kit.write(GRANT, input);
    expect(grant).toMatchObject({
      grantedOn: '2026-08-01',
      amount: '18000.00',
      hospitalName: '南阳市第一人民医院',
      history: [{ operation: 'grantEmergencyMedicalAid' }],
    });
    const [row] = await kit.db.query('SELECT person_key, amount_fen::int AS amount FROM emergency_medical_aid WHERE id = $1', [grant.id]);
    expect(row).toEqual({ person_key: grant.person.id, amount: 1800000 });
    expect(await count('SELECT count(*)::int AS count FROM health_file WHERE id_number = $1', [input.idNumber])).toBe(1);
  });

  test('the largest grant allowed, 200000.00, is recorded', async () => {
    const res = await kit.write(GRANT, aidInput({ amount: '200000.00' }));
    expect(res.amount).toBe('200000.00');
  });

  test.each([
    ['amount', { amount: '0.00' }, /above 0\.00 and at most 200000\.00, got 0\.00/],
    ['amount', { amount: '200000.01' }, /at most 200000\.00, got 200000\.01/],
    ['grantedOn', { grantedOn: '2012-12-31' }, /between 2013-01-01/],
    ['grantedOn', { grantedOn: '2099-01-01' }, /today/],
    ['hospitalName', { hospitalName: '院'.repeat(101) }, /1-100 characters/],
  ])('a grant with a bad %s (%j) is refused naming the field and stores nothing', async (field, override, message) => {
    await kit.refused(GRANT, aidInput(override), { field: `input.${field}`, message }, () =>
      kit.rowCounts('health_file', 'emergency_medical_aid'),
    );
  });
});

describe('public-health services', () => {
  test('an enrolment is stored under the key derived from the ID number', async () => {
    const input = enrollInput();
    const enrolment = await enroll(input);
    expect(enrolment).toMatchObject({ program: 'HYPERTENSION_MANAGEMENT', enrolledOn: '2025-04-01', endedOn: null, version: 1 });
    const [row] = await kit.db.query(
      'SELECT person_key, program, enrolled_on::text AS enrolled_on, ended_on FROM public_health_enrollment WHERE id = $1',
      [enrolment.id],
    );
    expect(row).toEqual({ person_key: enrolment.person.id, program: 'HYPERTENSION_MANAGEMENT', enrolled_on: '2025-04-01', ended_on: null });
  });

  test('children are enrolled up to 6 and elderly people from 65', async () => {
    const child = await enroll({ idNumber: newIdNumber(bornAged(6, 300)), program: 'CHILD_HEALTH_MANAGEMENT', enrolledOn: today });
    const elder = await enroll({ idNumber: newIdNumber(bornAged(65, 1)), program: 'ELDERLY_HEALTH_MANAGEMENT', enrolledOn: today });
    expect([child.program, elder.program]).toEqual(['CHILD_HEALTH_MANAGEMENT', 'ELDERLY_HEALTH_MANAGEMENT']);
  });

  test.each([
    [
      'a child of 7 in child health management',
      { idNumber: newIdNumber(bornAged(7, 1)), program: 'CHILD_HEALTH_MANAGEMENT', enrolledOn: today },
      'input.program',
      /CHILD_HEALTH_MANAGEMENT is for children up to 6/,
    ],
    [
      'a person of 64 in elderly health management',
      { idNumber: newIdNumber(bornAged(64, 300)), program: 'ELDERLY_HEALTH_MANAGEMENT', enrolledOn: today },
      'input.program',
      /ELDERLY_HEALTH_MANAGEMENT is for people of 65 and over/,
    ],
    [
      'a person of 34 in hypertension management',
      { idNumber: newIdNumber(bornAged(34)), enrolledOn: today },
      'input.program',
      /HYPERTENSION_MANAGEMENT is for people of 35 and over/,
    ],
    ['an enrolment before the programs began', { enrolledOn: '2009-09-30' }, 'input.enrolledOn', /between 2009-10-01/],
    ['an enrolment in the future', { enrolledOn: '2099-01-01' }, 'input.enrolledOn', /today/],
  ])('%s is refused naming the field and stores nothing', async (_name, override, field, message) => {
    await kit.refused(ENROLL, enrollInput(override), { field, message }, () => kit.rowCounts('health_file', 'public_health_enrollment'));
  });

  test('a second open enrolment in a program is a CONFLICT naming the open one; once ended, the person may enrol again', async () => {
    const idNumber = newIdNumber();
    const first = await enroll({ idNumber, program: 'DIABETES_MANAGEMENT' });
    const second = enrollInput({ idNumber, program: 'DIABETES_MANAGEMENT', enrolledOn: '2026-01-01' });
    const conflict = await kit.refused(ENROLL, second, { field: 'input.program', code: 'CONFLICT' }, enrollments);
    expect(conflict.extensions!.existingId).toBe(first.id);
    await kit.write(END, { id: first.id, version: 1, endedOn: '2025-12-31', reason: 'MOVED_AWAY' });
    await kit.write(ENROLL, enrollInput({ idNumber, program: 'DIABETES_MANAGEMENT', enrolledOn: '2026-06-01' }));
  });

  test('an ended enrolment keeps its end, and shows in the profile only when asked for', async () => {
    const enrolment = await enroll();
    const ended = await kit.write(END, { id: enrolment.id, version: 1, endedOn: '2026-02-01', reason: 'DECLINED' });
    expect(ended).toMatchObject({ endedOn: '2026-02-01', endReason: 'DECLINED', version: 2 });
    const [row] = await kit.db.query('SELECT ended_on::text AS ended_on, end_reason, version FROM public_health_enrollment WHERE id = $1', [
      enrolment.id,
    ]);
    expect(row).toEqual({ ended_on: '2026-02-01', end_reason: 'DECLINED', version: 2 });
    expect(ended.history.map((h: any) => h.operation)).toEqual(['enrollPublicHealthService', 'endPublicHealthService']);
    expect(JSON.parse(ended.history[1].after)).toMatchObject({ endedOn: '2026-02-01', endReason: 'DECLINED' });

    const shown = await profile(
      enrolment.person.id,
      'current: publicHealthServices { id } all: publicHealthServices(includeEnded: true) { id endedOn endReason }',
    );
    expect(shown.data!._entities[0].health).toEqual({
      current: [],
      all: [{ id: enrolment.id, endedOn: '2026-02-01', endReason: 'DECLINED' }],
    });
  });

  test('a child ages out of child health management at 7', async () => {
    const born = bornAged(7, 20);
    const child = await enroll({ idNumber: newIdNumber(born), program: 'CHILD_HEALTH_MANAGEMENT', enrolledOn: addDays(born, 20) });
    const early = await call(END, { input: { id: child.id, version: 1, endedOn: addDays(addYears(born, 7), -1), reason: 'AGED_OUT' } });
    expect(expectErrorCode(early, 'BAD_USER_INPUT').message).toMatch(/^input\.reason: AGED_OUT: the child .* is 7 only from/);
    const res = await kit.write(END, { id: child.id, version: 1, endedOn: addYears(born, 7), reason: 'AGED_OUT' });
    expect(res).toMatchObject({ endReason: 'AGED_OUT' });
  });

  test.each([
    [
      'AGED_OUT of hypertension management',
      { endedOn: '2026-01-01', reason: 'AGED_OUT' },
      'input.reason',
      /AGED_OUT ends only CHILD_HEALTH_MANAGEMENT/,
    ],
    [
      'before the enrolment',
      { endedOn: '2025-03-31', reason: 'DECLINED' },
      'input.endedOn',
      /must not be before the enrolment on 2025-04-01/,
    ],
    ['in the future', { endedOn: '2099-01-01', reason: 'DECLINED' }, 'input.endedOn', /today/],
  ])('ending an enrolment %s is refused naming the field and changes nothing', async (_name, change, field, message) => {
    const enrolment = await enroll();
    await kit.refused(END, { id: enrolment.id, version: 1, ...change }, { field, message });
    expect(await kit.versionOf('public_health_enrollment', enrolment.id)).toBe(1);
  });

  test('an ended enrolment is final, and a stale version is refused with STALE_VERSION', async () => {
    const enrolment = await enroll();
    await kit.write(END, { id: enrolment.id, version: 1, endedOn: '2026-01-01', reason: 'MOVED_AWAY' });
    const stale = await call(END, { input: { id: enrolment.id, version: 1, endedOn: '2026-02-01', reason: 'DECEASED' } });
    expect(expectErrorCode(stale, 'STALE_VERSION').extensions!.currentVersion).toBe(2);
    const again = await call(END, { input: { id: enrolment.id, version: 2, endedOn: '2026-02-01', reason: 'DECEASED' } });
    expect(expectErrorCode(again, 'BAD_USER_INPUT').message).toMatch(
      /^input\.id: the enrolment already ended on 2026-01-01 \(MOVED_AWAY\)/,
    );
    const [row] = await kit.db.query('SELECT end_reason, version FROM public_health_enrollment WHERE id = $1', [enrolment.id]);
    expect(row).toEqual({ end_reason: 'MOVED_AWAY', version: 2 });
  });
});

describe('writes at once', () => {
  test('first records of one new person written at once share one health file', async () => {
    const idNumber = newIdNumber();
    const answers = await Promise.all(
      ['2026-01-05', '2026-02-05', '2026-03-05'].map((settledOn) => call(RECORD, { input: settlementInput({ idNumber, settledOn }) })),
    );
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined, undefined]);
    expect(await count('SELECT count(*)::int AS count FROM health_file WHERE id_number = $1', [idNumber])).toBe(1);
  });
});
