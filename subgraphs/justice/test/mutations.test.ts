// The justice bureau's writes: what each accepts and refuses, the legal aid lifecycle and its outcomes, mediations.
// Idempotency, stale versions, atomicity, history, write scope and each write's access-log row: contract.test.ts.
import { randomUUID } from 'node:crypto';
import { personKey } from '../../../shared/src/person-key';
import { addDays } from '../../../shared/src/testing/dates';
import { expectErrorCode } from '../../../shared/src/testing/graphql';
import { agencyTestKit } from '../../../test/support/agency';
import { APPLIED, applyInput, DECIDED, mediationInput, newIdNumber, TODAY } from './inputs';

const kit = agencyTestKit('justice', { people: 300 });
const { post: call, count } = kit;

const CASE =
  'id person { id } category matter centre lawyerName meansTestWaived status outcome appliedOn acceptedOn closedOn statusReason version';
const APPLY = kit.mutation('applyForLegalAid', CASE);
const ACCEPT = kit.mutation('acceptLegalAidCase', CASE);
const REJECT = kit.mutation('rejectLegalAidCase', CASE);
const ASSIGN = kit.mutation('assignLegalAidLawyer', CASE);
const CLOSE = kit.mutation('closeLegalAidCase', `${CASE} history { operation }`);
const MEDIATION =
  'id person { id } programme unit decidedOn dispute mediatorName region { code } status result openedOn closedOn resultNote version';
const OPEN = kit.mutation('openDisputeMediation', MEDIATION);
const SETTLE = kit.mutation('closeDisputeMediation', `${MEDIATION} history { operation }`);

type Case = { id: string; person: { id: string }; version: number; status: string };

const apply = (overrides: Record<string, unknown> = {}) => kit.write<Case>(APPLY, applyInput(overrides));
const accept = (c: Case, acceptedOn = addDays(TODAY, -15)) => kit.write<Case>(ACCEPT, { id: c.id, version: c.version, acceptedOn });
const assign = (c: Case, lawyerName = '李明') => kit.write<Case>(ASSIGN, { id: c.id, version: c.version, lawyerName });
/** A case accepted 15 days ago and handled by a lawyer since. */
const inProgress = async () => assign(await accept(await apply()));
const cases = () => count('SELECT count(*)::int AS count FROM legal_aid_case');

/** The call is refused with BAD_USER_INPUT naming `field`, its message matching `message`; returns the error. */
function refused(res: Awaited<ReturnType<typeof call>>, field: string, message?: RegExp) {
  const error = expectErrorCode(res, 'BAD_USER_INPUT');
  expect(error.extensions!.field).toBe(field);
  expect(error.message.startsWith(`${field}: `)).toBe(true);
  if (message) expect(error.message).toMatch(message);
  return error;
}

describe('applyForLegalAid', () => {
  test("an application is stored APPLIED for the applicant's key, with the county's centre", async () => {
    const input = applyInput();
    const res = await call(APPLY, { input });
    expect(res.errors).toBeUndefined();
    const key = personKey(input.idNumber, kit.personKeySecret);
    expect(res.data!.applyForLegalAid).toMatchObject({
      person: { id: key },
      category: 'LABOUR_REMUNERATION',
      matter: input.matter,
      centre: '宛城区法律援助中心',
      lawyerName: null,
      meansTestWaived: true,
      status: 'APPLIED',
      outcome: null,
      appliedOn: APPLIED,
      acceptedOn: null,
      closedOn: null,
      version: 1,
    });
    const [row] = await kit.db.query('SELECT person_key, id_number, region_code, status FROM legal_aid_case WHERE id = $1', [
      res.data!.applyForLegalAid.id,
    ]);
    expect(row).toEqual({ person_key: key, id_number: input.idNumber, region_code: '411302', status: 'APPLIED' });
  });

  test('a person may apply again, for another matter, while a case is open', async () => {
    const idNumber = newIdNumber();
    await apply({ idNumber });
    await apply({ idNumber, category: 'WORK_INJURY', matter: '在工地务工时受伤' });
    expect(await count('SELECT count(*)::int AS count FROM legal_aid_case WHERE id_number = $1', [idNumber])).toBe(2);
  });

  test.each([
    ['an ID number with a wrong check character', { idNumber: '110105194912310021' }, 'input.idNumber'],
    ['an empty matter', { matter: '   ' }, 'input.matter'],
    ['a matter of 501 characters', { matter: '欠'.repeat(501) }, 'input.matter'],
    ['a county outside the city', { regionCode: '110105' }, 'input.regionCode'],
    ['an application in the future', { appliedOn: addDays(TODAY, 1) }, 'input.appliedOn'],
    ['an application before the Legal Aid Regulations', { appliedOn: '2003-08-31' }, 'input.appliedOn'],
    ['an application before the applicant was born', { idNumber: newIdNumber('2010-06-01'), appliedOn: '2010-05-31' }, 'input.appliedOn'],
  ])('%s is refused naming the field and stores nothing', async (_name, overrides, field) => {
    const before = await cases();
    refused(await call(APPLY, { input: applyInput(overrides) }), field);
    expect(await cases()).toBe(before);
  });
});

describe('the legal aid lifecycle', () => {
  test('a case is accepted, handled by a lawyer and closed as WON, each step in its history', async () => {
    const applied = await apply();
    const accepted = await accept(applied);
    expect(accepted).toMatchObject({ status: 'ACCEPTED', acceptedOn: addDays(TODAY, -15), lawyerName: null, version: 2 });
    const handled = await assign(accepted, '张伟');
    expect(handled).toMatchObject({ status: 'IN_PROGRESS', lawyerName: '张伟', version: 3 });
    const res = await call(CLOSE, { input: { id: applied.id, version: 3, outcome: 'WON', closedOn: TODAY, note: '法院判决支付全部工资' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.closeLegalAidCase).toMatchObject({
      status: 'CLOSED',
      outcome: 'WON',
      closedOn: TODAY,
      lawyerName: '张伟',
      statusReason: '法院判决支付全部工资',
      version: 4,
    });
    expect(res.data!.closeLegalAidCase.history.map((h: { operation: string }) => h.operation)).toEqual([
      'applyForLegalAid',
      'acceptLegalAidCase',
      'assignLegalAidLawyer',
      'closeLegalAidCase',
    ]);
  });

  test('a lawyer is replaced while the case is in progress, but not by the same lawyer', async () => {
    const handled = await inProgress();
    refused(await call(ASSIGN, { input: { id: handled.id, version: handled.version, lawyerName: '李明' } }), 'input.lawyerName', /already/);
    const replaced = await assign(handled, '王芳');
    expect(replaced).toMatchObject({ status: 'IN_PROGRESS', lawyerName: '王芳', version: handled.version + 1 });
  });

  test('a rejected case keeps why, is closed on the day of the decision, and is final', async () => {
    const applied = await apply({ meansTestWaived: false });
    const rejected = await kit.write(REJECT, {
      id: applied.id,
      version: 1,
      rejectedOn: addDays(TODAY, -10),
      reason: '经审查，申请人家庭经济状况不符合法律援助条件',
    });
    expect(rejected).toMatchObject({
      status: 'REJECTED',
      closedOn: addDays(TODAY, -10),
      acceptedOn: null,
      statusReason: '经审查，申请人家庭经济状况不符合法律援助条件',
    });
    refused(await call(ACCEPT, { input: { id: applied.id, version: 2, acceptedOn: TODAY } }), 'input.id', /REJECTED is final/);
  });

  test('an applicant withdraws an application no lawyer has handled yet', async () => {
    const applied = await apply();
    const res = await call(CLOSE, { input: { id: applied.id, version: 1, outcome: 'WITHDRAWN', closedOn: TODAY } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.closeLegalAidCase).toMatchObject({ status: 'CLOSED', outcome: 'WITHDRAWN', acceptedOn: null, lawyerName: null });
  });

  test.each(['WON', 'SETTLED', 'LOST'])('an accepted case no lawyer has handled cannot close as %s', async (outcome) => {
    const accepted = await accept(await apply());
    refused(await call(CLOSE, { input: { id: accepted.id, version: 2, outcome, closedOn: TODAY } }), 'input.outcome', /only as WITHDRAWN/);
    expect(await count('SELECT version AS count FROM legal_aid_case WHERE id = $1', [accepted.id])).toBe(2);
  });

  test.each([
    ['an acceptance before the application', ACCEPT, { acceptedOn: addDays(APPLIED, -1) }, 'input.acceptedOn', /before the application/],
    ['an acceptance in the future', ACCEPT, { acceptedOn: addDays(TODAY, 1) }, 'input.acceptedOn', /future/],
    ['a rejection without a reason', REJECT, { rejectedOn: TODAY, reason: ' ' }, 'input.reason', /1-500/],
    [
      'a rejection before the application',
      REJECT,
      { rejectedOn: addDays(APPLIED, -1), reason: '不符合条件' },
      'input.rejectedOn',
      /before/,
    ],
    ['a lawyer before the case was accepted', ASSIGN, { lawyerName: '李明' }, 'input.id', /APPLIED and cannot be assigned a lawyer/],
    ['a lawyer with a name of 51 characters', ASSIGN, { lawyerName: '李'.repeat(51) }, 'input.lawyerName', /1-50/],
    ['a withdrawal before the application', CLOSE, { outcome: 'WITHDRAWN', closedOn: addDays(APPLIED, -1) }, 'input.closedOn', /before/],
  ])('%s is refused naming the field and changes nothing', async (_name, mutation, change, field, message) => {
    const applied = await apply();
    refused(await call(mutation, { input: { id: applied.id, version: 1, ...change } }), field, message);
    const [row] = await kit.db.query('SELECT status, version FROM legal_aid_case WHERE id = $1', [applied.id]);
    expect(row).toEqual({ status: 'APPLIED', version: 1 });
  });

  test('a case in progress is not rejected, nor closed before it was accepted', async () => {
    const handled = await inProgress();
    const input = { id: handled.id, version: handled.version };
    refused(
      await call(REJECT, { input: { ...input, rejectedOn: TODAY, reason: '不符合条件' } }),
      'input.id',
      /IN_PROGRESS and cannot be rejected/,
    );
    refused(await call(CLOSE, { input: { ...input, outcome: 'SETTLED', closedOn: addDays(TODAY, -16) } }), 'input.closedOn', /grant/);
  });

  test('a closed case is final', async () => {
    const applied = await apply();
    await kit.write(CLOSE, { id: applied.id, version: 1, outcome: 'WITHDRAWN', closedOn: TODAY });
    refused(
      await call(CLOSE, { input: { id: applied.id, version: 2, outcome: 'WITHDRAWN', closedOn: TODAY } }),
      'input.id',
      /CLOSED is final/,
    );
  });

  test('a case that does not exist is NOT_FOUND, and an id that is not one is refused naming it', async () => {
    expectErrorCode(await call(ACCEPT, { input: { id: randomUUID(), version: 1, acceptedOn: TODAY } }), 'NOT_FOUND', 'acceptLegalAidCase');
    refused(await call(ACCEPT, { input: { id: 'case-1', version: 1, acceptedOn: TODAY } }), 'input.id');
  });
});

describe('dispute mediations', () => {
  test('a mediation opens for the party, with the unit that decided, and closes with its result', async () => {
    const input = mediationInput();
    const res = await call(OPEN, { input });
    expect(res.errors).toBeUndefined();
    const opened = res.data!.openDisputeMediation;
    expect(opened).toMatchObject({
      person: { id: personKey(input.idNumber, kit.personKeySecret) },
      programme: 'MINIMUM_LIVING_ALLOWANCE',
      unit: 'CIVIL_AFFAIRS',
      decidedOn: DECIDED,
      mediatorName: '王秀英',
      region: { code: '411302' },
      status: 'OPEN',
      result: null,
      closedOn: null,
      version: 1,
    });
    const closed = await kit.write(SETTLE, {
      id: opened.id,
      version: 1,
      result: 'AGREEMENT',
      closedOn: TODAY,
      note: '民政部门重新核对家庭经济状况',
    });
    expect(closed).toMatchObject({
      status: 'CLOSED',
      result: 'AGREEMENT',
      closedOn: TODAY,
      resultNote: '民政部门重新核对家庭经济状况',
      version: 2,
    });
    expect(closed.history).toEqual([{ operation: 'openDisputeMediation' }, { operation: 'closeDisputeMediation' }]);
  });

  test("the unit follows from the programme: a housing decision is the housing bureau's", async () => {
    const opened = await kit.write(OPEN, mediationInput({ programme: 'HOUSING_ASSISTANCE' }));
    expect(opened.unit).toBe('HOUSING');
  });

  test('a second open mediation of one programme for one party is a CONFLICT naming the first, and is on the record', async () => {
    const idNumber = newIdNumber();
    const first = await kit.write(OPEN, mediationInput({ idNumber }));
    const res = await call(OPEN, { input: mediationInput({ idNumber }) });
    expect(expectErrorCode(res, 'CONFLICT', 'openDisputeMediation').extensions).toMatchObject({
      field: 'input.programme',
      existingId: first.id,
    });
    const [row] = await kit.accessLog(res);
    expect(row.person_keys).toEqual([first.person.id]);
    // Another programme's decision is another dispute.
    await kit.write(OPEN, mediationInput({ idNumber, programme: 'EDUCATION_AID' }));
    // Once the first is closed, the party may contest a new decision of the programme.
    await kit.write(SETTLE, { id: first.id, version: 1, result: 'NO_AGREEMENT', closedOn: TODAY });
    await kit.write(OPEN, mediationInput({ idNumber, decidedOn: addDays(TODAY, -5), openedOn: TODAY }));
    expect(await count('SELECT count(*)::int AS count FROM dispute_mediation WHERE id_number = $1', [idNumber])).toBe(3);
  });

  test.each([
    ['a decision before the Interim Measures', { decidedOn: '2014-04-30', openedOn: '2014-05-10' }, 'input.decidedOn', /Interim Measures/],
    ['a decision in the future', { decidedOn: addDays(TODAY, 1), openedOn: addDays(TODAY, 1) }, 'input.decidedOn', /future/],
    ['a mediation opened before the decision', { openedOn: addDays(DECIDED, -1) }, 'input.openedOn', /before the contested decision/],
    ['an empty dispute', { dispute: '' }, 'input.dispute', /1-500/],
    ['a mediator with a name of 51 characters', { mediatorName: '王'.repeat(51) }, 'input.mediatorName', /1-50/],
    ['a county outside the city', { regionCode: '110105' }, 'input.regionCode', /county code/],
  ])('%s is refused naming the field and stores nothing', async (_name, overrides, field, message) => {
    const before = await count('SELECT count(*)::int AS count FROM dispute_mediation');
    refused(await call(OPEN, { input: mediationInput(overrides) }), field, message);
    expect(await count('SELECT count(*)::int AS count FROM dispute_mediation')).toBe(before);
  });

  test('a mediation is not closed before it was opened, and a closed one is final', async () => {
    const opened = await kit.write(OPEN, mediationInput());
    const close = (version: number, closedOn: string) => call(SETTLE, { input: { id: opened.id, version, result: 'AGREEMENT', closedOn } });
    refused(await close(1, addDays(opened.openedOn, -1)), 'input.closedOn', /before the mediation was opened/);
    expect((await close(1, TODAY)).errors).toBeUndefined();
    refused(await close(2, TODAY), 'input.id', /final/);
  });
});
