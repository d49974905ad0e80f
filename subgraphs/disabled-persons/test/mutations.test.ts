// The federation's writes: what each accepts and refuses, the certificate's reassessment, the subsidies' lifecycle.
// Idempotency, stale versions, atomicity, history, write scope and each write's access-log row: contract.test.ts.
import { randomUUID } from 'node:crypto';
import { addYears } from '../../../shared/src/dates';
import { personKey } from '../../../shared/src/person-key';
import { addDays } from '../../../shared/src/testing/dates';
import { expectErrorCode } from '../../../shared/src/testing/graphql';
import { agencyTestKit } from '../../../test/support/agency';
import { certificateInput, ISSUED, newIdNumber, subsidyInput, TODAY } from './inputs';

const kit = agencyTestKit('disabled-persons', { people: 300 });
const { post: call } = kit;
const secret = kit.personKeySecret;

const ISSUE = kit.mutation('issueDisabilityCertificate', 'person { id } number category grade issuedOn validUntil version');
const REASSESS = kit.mutation('reassessDisabilityCertificate', 'person { id } number category grade issuedOn validUntil version');
const GRANT = kit.mutation('grantDisabilitySubsidy', 'id person { id } kind monthlyAmount status startDate endDate version');
const CHANGE = kit.mutation('changeDisabilitySubsidy', 'id status startDate endDate statusReason version history { operation }');

const issue = (overrides: Record<string, unknown> = {}) => kit.write(ISSUE, certificateInput(overrides));
const grant = (personId: string, overrides: Record<string, unknown> = {}) => kit.write(GRANT, subsidyInput(personId, overrides));

/** Makes a certificate expired, as time passing would. */
const expire = (personId: string) =>
  kit.db.query('UPDATE disability_certificate SET issued_on = $2, valid_until = $3 WHERE person_key = $1', [
    personId,
    addYears(TODAY, -6),
    addYears(TODAY, -1),
  ]);

describe('issueDisabilityCertificate and reassessDisabilityCertificate', () => {
  test('issuing a certificate derives the holder key and the number from ID number, category and grade', async () => {
    const input = certificateInput();
    const res = await kit.write(ISSUE, input);
    const key = personKey(input.idNumber, secret);
    expect(res).toEqual({
      person: { id: key },
      number: `${input.idNumber}42`,
      category: 'PHYSICAL',
      grade: 2,
      issuedOn: ISSUED,
      validUntil: input.validUntil,
      version: 1,
    });
    const [row] = await kit.db.query(
      'SELECT id_number, number, category, grade, issued_on, valid_until, region_code, version FROM disability_certificate WHERE person_key = $1',
      [key],
    );
    expect(row).toEqual({
      id_number: input.idNumber,
      number: `${input.idNumber}42`,
      category: 'PHYSICAL',
      grade: 2,
      issued_on: ISSUED,
      valid_until: input.validUntil,
      region_code: '411303',
      version: 1,
    });
  });

  test('a second certificate for one person is a CONFLICT naming the holder', async () => {
    const idNumber = newIdNumber();
    const first = await issue({ idNumber });
    const second = certificateInput({ idNumber, category: 'VISUAL' });
    const conflict = await kit.refused(ISSUE, second, { field: 'input.idNumber', code: 'CONFLICT' });
    expect(conflict.extensions!.existingId).toBe(first.person.id);
    const [row] = await kit.db.query('SELECT category FROM disability_certificate WHERE person_key = $1', [first.person.id]);
    expect(row.category).toBe('PHYSICAL');
  });

  test.each([
    ['an ID number with a wrong check character', { idNumber: '110105194912310021' }, 'input.idNumber'],
    ['grade 0', { grade: 0 }, 'input.grade'],
    ['grade 5', { grade: 5 }, 'input.grade'],
    ['a county outside the city', { regionCode: '110105' }, 'input.regionCode'],
    ['a day of issue in the future', { issuedOn: addDays(TODAY, 1), validUntil: addYears(TODAY, 1) }, 'input.issuedOn'],
    ['a day of issue before the holder was born', { issuedOn: '1979-12-31' }, 'input.issuedOn'],
    ['a validity ending on the day of issue', { validUntil: ISSUED }, 'input.validUntil'],
    ['a validity of ten years and a day', { validUntil: addDays(addYears(ISSUED, 10), 1) }, 'input.validUntil'],
    ['a validity already past', { issuedOn: addYears(TODAY, -3), validUntil: addDays(TODAY, -1) }, 'input.validUntil'],
  ])('%s is refused naming the field and stores nothing', async (_name, overrides, field) => {
    await kit.refused(ISSUE, certificateInput(overrides), { field }, () => kit.rowCounts('disability_certificate'));
  });

  test('a date that is not a calendar date is refused at its path', async () => {
    const res = await call(ISSUE, { input: certificateInput({ validUntil: '2030-13-01' }) });
    expect(expectErrorCode(res, 'BAD_USER_INPUT').message).toMatch(/input\.validUntil.*real calendar date/);
  });

  test('a reassessment gives the certificate the new category, grade, dates and number', async () => {
    const idNumber = newIdNumber();
    const { person } = await issue({ idNumber });
    const validUntil = addYears(TODAY, 10);
    const reassessed = await kit.write(REASSESS, {
      personId: person.id,
      version: 1,
      category: 'VISUAL',
      grade: 1,
      issuedOn: TODAY,
      validUntil,
    });
    expect(reassessed).toMatchObject({
      number: `${idNumber}11`,
      category: 'VISUAL',
      grade: 1,
      issuedOn: TODAY,
      validUntil,
      version: 2,
    });
    const [row] = await kit.db.query(
      'SELECT number, grade, issued_on, region_code, version FROM disability_certificate WHERE person_key = $1',
      [person.id],
    );
    expect(row).toEqual({ number: `${idNumber}11`, grade: 1, issued_on: TODAY, region_code: '411303', version: 2 });
  });

  test('a reassessment dated before the current certificate is refused naming the day of issue', async () => {
    const { person } = await issue();
    const early = {
      personId: person.id,
      version: 1,
      category: 'PHYSICAL',
      grade: 3,
      issuedOn: addDays(ISSUED, -1),
      validUntil: addYears(TODAY, 1),
    };
    await kit.refused(REASSESS, early, { field: 'input.issuedOn' });
    expect(await kit.versionOf('disability_certificate', person.id, 'person_key')).toBe(1);
  });

  test("a reassessment to grade 3 waits until the holder's care subsidy is terminated", async () => {
    const { person } = await issue();
    const care = await grant(person.id);
    const input = { personId: person.id, version: 1, category: 'PHYSICAL', grade: 3, issuedOn: TODAY, validUntil: addYears(TODAY, 5) };
    const refused = await kit.refused(REASSESS, input, { field: 'input.grade' });
    expect(refused.message).toContain(care.id);
    await kit.write(CHANGE, { id: care.id, version: 1, status: 'TERMINATED', endDate: TODAY, reason: 'reassessed to grade 3' });
    const accepted = await kit.write(REASSESS, input);
    expect(accepted.grade).toBe(3);
  });

  test('reassessing a person without a certificate is NOT_FOUND', async () => {
    const res = await call(REASSESS, {
      input: {
        personId: personKey(newIdNumber(), secret),
        version: 1,
        category: 'PHYSICAL',
        grade: 3,
        issuedOn: TODAY,
        validUntil: addYears(TODAY, 5),
      },
    });
    expectErrorCode(res, 'NOT_FOUND', 'reassessDisabilityCertificate');
  });
});

describe('grantDisabilitySubsidy', () => {
  test('granting a subsidy to a holder stores it ACTIVE from the start date', async () => {
    const { person } = await issue();
    const subsidy = await kit.write(GRANT, { personId: person.id, kind: 'SEVERE_CARE', monthlyAmount: '80', startDate: TODAY });
    expect(subsidy).toMatchObject({
      person: { id: person.id },
      kind: 'SEVERE_CARE',
      monthlyAmount: '80.00',
      status: 'ACTIVE',
      startDate: TODAY,
      endDate: null,
      version: 1,
    });
    const [row] = await kit.db.query(
      'SELECT person_key, kind, monthly_amount_fen, status, start_date, end_date, version FROM disability_subsidy WHERE id = $1',
      [subsidy.id],
    );
    expect(row).toEqual({
      person_key: person.id,
      kind: 'SEVERE_CARE',
      monthly_amount_fen: '8000',
      status: 'ACTIVE',
      start_date: TODAY,
      end_date: null,
      version: 1,
    });
  });

  test('a second open subsidy of a kind is a CONFLICT; after termination a new one may be granted', async () => {
    const { person } = await issue();
    const first = await grant(person.id, { kind: 'LIVING', monthlyAmount: '80.00' });
    const second = subsidyInput(person.id, { kind: 'LIVING', monthlyAmount: '90.00' });
    const conflict = await kit.refused(GRANT, second, { field: 'input.kind', code: 'CONFLICT' });
    expect(conflict.extensions!.existingId).toBe(first.id);
    await kit.write(CHANGE, { id: first.id, version: 1, status: 'TERMINATED', endDate: TODAY, reason: 'household left 低保' });
    await grant(person.id, { kind: 'LIVING', monthlyAmount: '90.00' });
    const rows = await kit.db.query("SELECT status FROM disability_subsidy WHERE person_key = $1 AND kind = 'LIVING' ORDER BY status", [
      person.id,
    ]);
    expect(rows).toEqual([{ status: 'ACTIVE' }, { status: 'TERMINATED' }]);
  });

  test.each([
    ['a care subsidy for grade 3', { grade: 3 }, {}, 'input.kind'],
    ['a monthly amount of 0.00', {}, { monthlyAmount: '0.00' }, 'input.monthlyAmount'],
    ['a monthly amount above 1000.00', {}, { monthlyAmount: '1000.01' }, 'input.monthlyAmount'],
    ['a start before the certificate was issued', {}, { startDate: addDays(ISSUED, -1) }, 'input.startDate'],
    ['a start after the certificate expires', { validUntil: addDays(TODAY, 10) }, { startDate: addDays(TODAY, 11) }, 'input.startDate'],
    ['a start more than a year ahead', {}, { startDate: addDays(addYears(TODAY, 1), 1) }, 'input.startDate'],
    ['a person id that is not a person key', {}, { personId: 'holder-1' }, 'input.personId'],
  ])('%s is refused naming the field and stores nothing', async (_name, certificate, overrides, field) => {
    const { person } = await issue(certificate);
    await kit.refused(GRANT, subsidyInput(person.id, overrides), { field }, () => kit.rowCounts('disability_subsidy'));
  });

  test('a holder whose certificate has expired gets no subsidy', async () => {
    const { person } = await issue();
    await expire(person.id);
    await kit.refused(GRANT, subsidyInput(person.id, { kind: 'LIVING', monthlyAmount: '80.00' }), {
      field: 'input.personId',
      message: /expired/,
    });
  });

  test('a person without a certificate gets no subsidy: NOT_FOUND', async () => {
    const res = await call(GRANT, {
      input: { personId: personKey(newIdNumber(), secret), kind: 'LIVING', monthlyAmount: '80.00', startDate: TODAY },
    });
    expectErrorCode(res, 'NOT_FOUND', 'grantDisabilitySubsidy');
  });
});

describe('changeDisabilitySubsidy', () => {
  test('a subsidy is suspended, resumed and terminated, each change in its history', async () => {
    const { person } = await issue();
    const subsidy = await grant(person.id);
    const suspended = await kit.write(CHANGE, { id: subsidy.id, version: 1, status: 'SUSPENDED', reason: 'annual check not returned' });
    expect(suspended).toMatchObject({
      status: 'SUSPENDED',
      statusReason: 'annual check not returned',
      version: 2,
    });
    const resumed = await kit.write(CHANGE, { id: subsidy.id, version: 2, status: 'ACTIVE' });
    expect(resumed).toMatchObject({ status: 'ACTIVE', statusReason: null, version: 3 });
    const last = await kit.write(CHANGE, {
      id: subsidy.id,
      version: 3,
      status: 'TERMINATED',
      endDate: TODAY,
      reason: 'moved out of the city',
    });
    expect(last).toMatchObject({ status: 'TERMINATED', endDate: TODAY, statusReason: 'moved out of the city', version: 4 });
    expect(last.history.map((h: { operation: string }) => h.operation)).toEqual([
      'grantDisabilitySubsidy',
      'changeDisabilitySubsidy',
      'changeDisabilitySubsidy',
      'changeDisabilitySubsidy',
    ]);
    const [row] = await kit.db.query('SELECT status, end_date, status_reason, version FROM disability_subsidy WHERE id = $1', [subsidy.id]);
    expect(row).toEqual({ status: 'TERMINATED', end_date: TODAY, status_reason: 'moved out of the city', version: 4 });
  });

  test('an applied subsidy is approved to ACTIVE but cannot be suspended', async () => {
    const { person } = await issue();
    const id = randomUUID();
    await kit.db.query(
      "INSERT INTO disability_subsidy (id, person_key, kind, monthly_amount_fen, status, start_date) VALUES ($1, $2, 'LIVING', 8000, 'APPLIED', $3)",
      [id, person.id, TODAY],
    );
    const suspend = await call(CHANGE, { input: { id, version: 1, status: 'SUSPENDED', reason: 'x' } });
    expect(expectErrorCode(suspend, 'BAD_USER_INPUT').message).toMatch(
      /^input\.status: a APPLIED subsidy cannot become SUSPENDED; it can become ACTIVE or TERMINATED/,
    );
    const approve = await kit.write(CHANGE, { id, version: 1, status: 'ACTIVE' });
    expect(approve).toMatchObject({ status: 'ACTIVE', version: 2 });
  });

  test.each([
    ['back to APPLIED', { status: 'APPLIED' }, 'input.status', /cannot become APPLIED/],
    ['to the status it has', { status: 'ACTIVE' }, 'input.status', /already ACTIVE/],
    ['suspending without a reason', { status: 'SUSPENDED' }, 'input.reason', /required/],
    ['suspending with an end date', { status: 'SUSPENDED', reason: 'review', endDate: TODAY }, 'input.endDate', /only when terminating/],
    ['terminating without an end date', { status: 'TERMINATED', reason: 'died' }, 'input.endDate', /required/],
    ['terminating without a reason', { status: 'TERMINATED', endDate: TODAY }, 'input.reason', /required/],
    ['an end before the start', { status: 'TERMINATED', reason: 'died', endDate: addDays(TODAY, -1) }, 'input.endDate', /not be before/],
    ['a reason of 501 characters', { status: 'SUSPENDED', reason: 'x'.repeat(501) }, 'input.reason', /1-500/],
  ])('a change breaking the lifecycle (%s) is refused naming the field and changes nothing', async (_name, change, field, message) => {
    const { person } = await issue();
    const subsidy = await grant(person.id);
    await kit.refused(CHANGE, { id: subsidy.id, version: 1, ...change }, { field, message });
    const [row] = await kit.db.query('SELECT status, version FROM disability_subsidy WHERE id = $1', [subsidy.id]);
    expect(row).toEqual({ status: 'ACTIVE', version: 1 });
  });

  test('a terminated subsidy is final', async () => {
    const { person } = await issue();
    const subsidy = await grant(person.id);
    await kit.write(CHANGE, { id: subsidy.id, version: 1, status: 'TERMINATED', endDate: TODAY, reason: 'died' });
    const res = await call(CHANGE, { input: { id: subsidy.id, version: 2, status: 'ACTIVE' } });
    expect(expectErrorCode(res, 'BAD_USER_INPUT').message).toMatch(
      /^input\.status: a TERMINATED subsidy cannot become ACTIVE; it is final/,
    );
  });

  test('a suspended subsidy is not resumed on an expired certificate', async () => {
    const { person } = await issue();
    const subsidy = await grant(person.id);
    await kit.write(CHANGE, { id: subsidy.id, version: 1, status: 'SUSPENDED', reason: 'certificate due for renewal' });
    await expire(person.id);
    await kit.refused(CHANGE, { id: subsidy.id, version: 2, status: 'ACTIVE' }, { field: 'input.status', message: /expired/ });
  });
});
