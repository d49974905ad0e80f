// The price bureau's writes: what each accepts and refuses, an index's correction, a survey household's lifecycle and months.
// Idempotency, stale versions, atomicity, history, write scope and each write's access-log row: contract.test.ts.
import { randomUUID } from 'node:crypto';
import { GraphQLEnumType } from 'graphql';
import { personKey } from '../../../shared/src/person-key';
import { addDays } from '../../../shared/src/testing/dates';
import { expectErrorCode } from '../../../shared/src/testing/graphql';
import { testIdNumber } from '../../../shared/src/testing/id-numbers';
import { agencyTestKit } from '../../../test/support/agency';
import { addMonths, monthOf } from '../src/figures';
import { householdInput, indexInput, LAST_MONTH, monthInput, SAMPLED_ON, spendingInput, TODAY, unpublishedMonth } from './inputs';

const kit = agencyTestKit('prices', { people: 300 });
const { post: call } = kit;

const PUBLISH = kit.mutation('publishPriceIndex', 'id kind month value publishedOn version');
const CORRECT_INDEX = kit.mutation('correctPriceIndex', 'id value publishedOn correctionReason version history { operation before after }');
const ENROLL = kit.mutation('enrollSurveyHousehold', 'person { id } region { code } stratum sampledOn status version');
const WITHDRAW = kit.mutation('withdrawSurveyHousehold', 'status withdrawnOn withdrawnReason version');
const RECORD = kit.mutation(
  'recordSurveyMonth',
  'id month householdSize spending { category perCapita } totalPerCapita recordedOn version',
);
const CORRECT_MONTH = kit.mutation(
  'correctSurveyMonth',
  'householdSize spending { category perCapita } totalPerCapita correctionReason version',
);

const enroll = (overrides: Record<string, unknown> = {}) => kit.write(ENROLL, householdInput(overrides));
const record = (personId: string, overrides: Record<string, unknown> = {}) => kit.write(RECORD, monthInput(personId, overrides));

describe('publishPriceIndex and correctPriceIndex', () => {
  test('an index is kept in tenths and answered as the published figure, under the id of its month and kind', async () => {
    const input = indexInput({ kind: 'FOOD_CPI', value: '96.4' });
    expect(await kit.write(PUBLISH, input)).toEqual({
      id: `${input.month}:FOOD_CPI`,
      kind: 'FOOD_CPI',
      month: input.month,
      value: '96.4',
      publishedOn: TODAY,
      version: 1,
    });
    const [row] = await kit.db.query('SELECT value_tenths, correction_reason FROM price_index WHERE id = $1', [`${input.month}:FOOD_CPI`]);
    expect(row).toEqual({ value_tenths: 964, correction_reason: null });
  });

  test('a second index of one kind and month is a CONFLICT naming the first; the other kind of that month is not', async () => {
    const month = unpublishedMonth();
    await kit.write(PUBLISH, indexInput({ month }));
    const res = await call(PUBLISH, { input: indexInput({ month, value: '103.0' }) });
    expect(expectErrorCode(res, 'CONFLICT', 'publishPriceIndex').extensions).toMatchObject({
      field: 'input.month',
      existingId: `${month}:CPI`,
    });
    expect(await kit.write(PUBLISH, indexInput({ month, kind: 'FOOD_CPI' }))).toMatchObject({ id: `${month}:FOOD_CPI` });
  });

  test('a seeded month is published already', async () => {
    const res = await call(PUBLISH, { input: indexInput({ month: '2025-06' }) });
    expect(expectErrorCode(res, 'CONFLICT', 'publishPriceIndex').message).toMatch(/2025-06 was published on .* correct it instead/);
  });

  test.each([
    ['102.34', /one decimal place/],
    ['102', /one decimal place/],
    ['1023', /one decimal place/],
    [' 102.3', /one decimal place/],
    ['49.9', /from 50\.0 to 150\.0/],
    ['150.1', /from 50\.0 to 150\.0/],
  ])('an index of %j is refused naming input.value', async (value, message) => {
    await kit.refused(PUBLISH, indexInput({ value }), { field: 'input.value', message });
  });

  test.each([['2025-6'], ['2025-13'], ['1999-12'], ['June 2025']])('a month of %j is refused naming input.month', async (month) => {
    await kit.refused(PUBLISH, indexInput({ month }), { field: 'input.month', message: /YYYY-MM|not be before 2000-01/ });
  });

  test('an index is published after the month it measures and not in the future', async () => {
    const current = monthOf(TODAY);
    await kit.refused(PUBLISH, indexInput({ month: current, publishedOn: TODAY }), {
      field: 'input.publishedOn',
      message: /after the month the index measures/,
    });
    await kit.refused(PUBLISH, indexInput({ publishedOn: addDays(TODAY, 1) }), {
      field: 'input.publishedOn',
      message: /must not be in the future/,
    });
    const month = unpublishedMonth();
    expect(await kit.write(PUBLISH, indexInput({ month, publishedOn: `${addMonths(month, 1)}-01` }))).toMatchObject({ version: 1 });
  });

  test('a correction changes the value and the day of publication, says why, and the history keeps the figure it replaced', async () => {
    const index = await kit.write(PUBLISH, indexInput({ value: '101.8' }));
    const corrected = await kit.write(CORRECT_INDEX, {
      id: index.id,
      version: 1,
      value: '102.1',
      publishedOn: TODAY,
      reason: '统计局修正',
    });
    expect(corrected).toMatchObject({ id: index.id, value: '102.1', publishedOn: TODAY, correctionReason: '统计局修正', version: 2 });
    const [published, correction] = corrected.history;
    expect(published).toMatchObject({ operation: 'publishPriceIndex', before: null });
    expect(JSON.parse(correction.before)).toMatchObject({ valueTenths: 1018, version: 1 });
    expect(JSON.parse(correction.after)).toMatchObject({ valueTenths: 1021, version: 2 });
  });

  test('a correction to the value the index has, or published before the index was, is refused', async () => {
    const month = unpublishedMonth();
    const index = await kit.write(PUBLISH, indexInput({ month, value: '101.8' }));
    const correction = { id: index.id, version: 1, value: '101.8', publishedOn: TODAY, reason: '复核' };
    await kit.refused(CORRECT_INDEX, correction, { field: 'input.value', message: /is already 101\.8/ });
    await kit.refused(
      CORRECT_INDEX,
      { ...correction, value: '101.9', publishedOn: addDays(TODAY, -1) },
      { field: 'input.publishedOn', message: /not be before/ },
    );
    await kit.refused(
      CORRECT_INDEX,
      { ...correction, value: '101.9', reason: ' ' },
      { field: 'input.reason', message: /1-500 characters/ },
    );
  });

  test('a correction of an id that is not an index is refused, and of an index no one published is NOT_FOUND', async () => {
    const correction = { version: 1, value: '101.9', publishedOn: TODAY, reason: '复核' };
    await kit.refused(CORRECT_INDEX, { ...correction, id: '2025-06:PPI' }, { field: 'input.id', message: /is not a price index id/ });
    const res = await call(CORRECT_INDEX, { input: { ...correction, id: '1999-01:CPI' } });
    expectErrorCode(res, 'NOT_FOUND', 'correctPriceIndex');
  });
});

describe('enrollSurveyHousehold and withdrawSurveyHousehold', () => {
  test('entering a household keeps it against its head, by the key of the ID number, ACTIVE', async () => {
    const input = householdInput({ stratum: 'LOW_INCOME_CERTIFICATION' });
    const key = personKey(input.idNumber, kit.personKeySecret);
    expect(await kit.write(ENROLL, input)).toEqual({
      person: { id: key },
      region: { code: '411328' },
      stratum: 'LOW_INCOME_CERTIFICATION',
      sampledOn: SAMPLED_ON,
      status: 'ACTIVE',
      version: 1,
    });
    const [row] = await kit.db.query('SELECT id_number, region_code, status FROM survey_household WHERE person_key = $1', [key]);
    expect(row).toEqual({ id_number: input.idNumber, region_code: '411328', status: 'ACTIVE' });
  });

  test('a head already in the survey is a CONFLICT, also once the household has left', async () => {
    const input = householdInput();
    const household = await enroll(input);
    const again = await call(ENROLL, { input: { ...input, stratum: 'LOW_INCOME_CERTIFICATION' } });
    expect(expectErrorCode(again, 'CONFLICT', 'enrollSurveyHousehold').message).toMatch(/record its months instead/);
    await kit.write(WITHDRAW, { personId: household.person.id, version: 1, withdrawnOn: TODAY, reason: '本人要求退出调查' });
    const after = await call(ENROLL, { input });
    expect(expectErrorCode(after, 'CONFLICT', 'enrollSurveyHousehold').message).toMatch(/a household that left is not entered again/);
  });

  test('a sample date in the future, before 2000 or before the head turned 16 is refused naming input.sampledOn', async () => {
    await kit.refused(ENROLL, householdInput({ sampledOn: addDays(TODAY, 1) }), {
      field: 'input.sampledOn',
      message: /must not be in the future/,
    });
    await kit.refused(ENROLL, householdInput({ sampledOn: '1999-12-31' }), { field: 'input.sampledOn', message: /before 2000-01-01/ });
    const young = testIdNumber('411328', '2012-05-01', 601);
    await kit.refused(ENROLL, householdInput({ idNumber: young, sampledOn: TODAY }), {
      field: 'input.sampledOn',
      message: /turned 16 \(2028-05-01\)/,
    });
  });

  test('an ID number with a wrong check character and a county of another city are refused', async () => {
    const idNumber = householdInput().idNumber;
    const wrong = idNumber.slice(0, 17) + (idNumber[17] === '0' ? '1' : '0');
    await kit.refused(ENROLL, householdInput({ idNumber: wrong }), { field: 'input.idNumber', message: /not a valid resident ID number/ });
    await kit.refused(ENROLL, householdInput({ regionCode: '110105' }), {
      field: 'input.regionCode',
      message: /not a county code of this city/,
    });
  });

  test('withdrawal is final: a withdrawn household cannot be withdrawn again', async () => {
    const household = await enroll();
    const withdrawn = await kit.write(WITHDRAW, {
      personId: household.person.id,
      version: 1,
      withdrawnOn: TODAY,
      reason: '全家迁出调查县',
    });
    expect(withdrawn).toEqual({ status: 'WITHDRAWN', withdrawnOn: TODAY, withdrawnReason: '全家迁出调查县', version: 2 });
    await kit.refused(
      WITHDRAW,
      { personId: household.person.id, version: 2, withdrawnOn: TODAY, reason: '再次退出' },
      { field: 'input.personId', message: /withdrawal is final/ },
    );
  });

  test('a withdrawal dated before the sample, in the future, or before the month last recorded is refused naming input.withdrawnOn', async () => {
    const household = await enroll();
    await record(household.person.id, { month: LAST_MONTH });
    const withdrawal = { personId: household.person.id, version: 1, reason: '本人要求退出调查' };
    await kit.refused(
      WITHDRAW,
      { ...withdrawal, withdrawnOn: addDays(SAMPLED_ON, -1) },
      { field: 'input.withdrawnOn', message: /before the household was sampled/ },
    );
    await kit.refused(
      WITHDRAW,
      { ...withdrawal, withdrawnOn: addDays(TODAY, 1) },
      { field: 'input.withdrawnOn', message: /must not be in the future/ },
    );
    await kit.refused(
      WITHDRAW,
      { ...withdrawal, withdrawnOn: addDays(`${LAST_MONTH}-01`, -1) },
      { field: 'input.withdrawnOn', message: new RegExp(`recorded ${LAST_MONTH}`) },
    );
    expect(await kit.write(WITHDRAW, { ...withdrawal, withdrawnOn: `${LAST_MONTH}-01` })).toMatchObject({ status: 'WITHDRAWN' });
  });

  test('a household no one entered cannot be withdrawn: NOT_FOUND', async () => {
    const stranger = personKey(householdInput().idNumber, kit.personKeySecret);
    const res = await call(WITHDRAW, { input: { personId: stranger, version: 1, withdrawnOn: TODAY, reason: '退出' } });
    expectErrorCode(res, 'NOT_FOUND', 'withdrawSurveyHousehold');
  });
});

describe('recordSurveyMonth and correctSurveyMonth', () => {
  test("a month keeps each category's spending per person in fen and answers them in the categories' order, with their total", async () => {
    const household = await enroll();
    // Sent last category first: the answer lists them in the order of ExpenditureCategory, as the schema says.
    const spending = spendingInput({ MEDICAL: '123.45' }).reverse();
    const answer = await kit.write(RECORD, monthInput(household.person.id, { spending }));
    expect(answer).toMatchObject({ month: LAST_MONTH, householdSize: 3, totalPerCapita: '663.45', recordedOn: TODAY, version: 1 });
    const categories = (kit.schema.getType('ExpenditureCategory') as GraphQLEnumType).getValues().map((c) => c.name);
    expect(answer.spending.map((s: { category: string }) => s.category)).toEqual(categories);
    const [row] = await kit.db.query('SELECT food_fen, medical_fen, other_fen FROM survey_month WHERE id = $1', [answer.id]);
    expect(row).toEqual({ food_fen: '30000', medical_fen: '12345', other_fen: '4000' });
  });

  test('a second record of one month is a CONFLICT naming the first', async () => {
    const household = await enroll();
    const first = await record(household.person.id);
    const res = await call(RECORD, { input: monthInput(household.person.id) });
    expect(expectErrorCode(res, 'CONFLICT', 'recordSurveyMonth').extensions).toMatchObject({ field: 'input.month', existingId: first.id });
  });

  test('a month that is not over, or before the month the household was sampled in, is refused naming input.month', async () => {
    const household = await enroll();
    await kit.refused(RECORD, monthInput(household.person.id, { month: monthOf(TODAY) }), {
      field: 'input.month',
      message: /a month that is over/,
    });
    await kit.refused(RECORD, monthInput(household.person.id, { month: addMonths(monthOf(SAMPLED_ON), -1) }), {
      field: 'input.month',
      message: /sampled in, 2025-03/,
    });
    expect(await record(household.person.id, { month: monthOf(SAMPLED_ON) })).toMatchObject({ version: 1 });
  });

  test('once a household has left, it records only months before the month it left in', async () => {
    const household = await enroll();
    await kit.write(WITHDRAW, { personId: household.person.id, version: 1, withdrawnOn: '2025-09-20', reason: '户主外出务工' });
    await kit.refused(RECORD, monthInput(household.person.id, { month: '2025-09' }), {
      field: 'input.month',
      message: /must be before 2025-09/,
    });
    expect(await record(household.person.id, { month: '2025-08' })).toMatchObject({ version: 1 });
  });

  test('spending must give every category once, each at most 20000.00, and add up to more than 0.00', async () => {
    const household = await enroll();
    const spending = spendingInput();
    await kit.refused(RECORD, monthInput(household.person.id, { spending: spending.slice(1) }), {
      field: 'input.spending',
      message: /missing FOOD/,
    });
    await kit.refused(RECORD, monthInput(household.person.id, { spending: [...spending, spending[0]] }), {
      field: 'input.spending',
      message: /names FOOD twice/,
    });
    await kit.refused(RECORD, monthInput(household.person.id, { spending: spendingInput({ HOUSING: '20000.01' }) }), {
      field: 'input.spending',
      message: /HOUSING must be at most 20000\.00/,
    });
    const nothing = spending.map((s) => ({ ...s, perCapita: '0.00' }));
    await kit.refused(RECORD, monthInput(household.person.id, { spending: nothing }), {
      field: 'input.spending',
      message: /adds up to 0\.00/,
    });
  });

  test('a household of 0 or 21 is refused naming input.householdSize', async () => {
    const household = await enroll();
    for (const householdSize of [0, 21])
      await kit.refused(RECORD, monthInput(household.person.id, { householdSize }), {
        field: 'input.householdSize',
        message: /from 1 to 20/,
      });
  });

  test('a month of a head not in the survey is NOT_FOUND, and the refused attempt is on the record of that person', async () => {
    const stranger = personKey(householdInput().idNumber, kit.personKeySecret);
    const res = await call(RECORD, { input: monthInput(stranger) });
    expectErrorCode(res, 'NOT_FOUND', 'recordSurveyMonth');
    const [row] = await kit.accessLog(res);
    expect(row.person_keys).toEqual([stranger]);
  });

  test('a correction of some categories leaves the others as recorded, and says why', async () => {
    const household = await enroll();
    const month = await record(household.person.id);
    const corrected = await kit.write(CORRECT_MONTH, {
      id: month.id,
      version: 1,
      spending: [{ category: 'FOOD', perCapita: '350.00' }],
      reason: '漏记了春节采购',
    });
    expect(corrected).toMatchObject({ householdSize: 3, totalPerCapita: '630.00', correctionReason: '漏记了春节采购', version: 2 });
    expect(corrected.spending.find((s: { category: string }) => s.category === 'CLOTHING').perCapita).toBe('40.00');
  });

  test('a correction that gives nothing, or changes nothing, is refused', async () => {
    const household = await enroll();
    const month = await record(household.person.id);
    await kit.refused(
      CORRECT_MONTH,
      { id: month.id, version: 1, reason: '复核' },
      { field: 'input', message: /give householdSize or spending/ },
    );
    await kit.refused(
      CORRECT_MONTH,
      { id: month.id, version: 1, householdSize: 3, spending: [{ category: 'FOOD', perCapita: '300.00' }], reason: '复核' },
      { field: 'input', message: /already has these figures/ },
    );
    await kit.refused(
      CORRECT_MONTH,
      { id: month.id, version: 1, spending: [], reason: '复核' },
      { field: 'input.spending', message: /at least one category/ },
    );
  });

  test('a correction of a record no one made is NOT_FOUND', async () => {
    const res = await call(CORRECT_MONTH, { input: { id: randomUUID(), version: 1, householdSize: 2, reason: '复核' } });
    expectErrorCode(res, 'NOT_FOUND', 'correctSurveyMonth');
  });
});
