// The housing bureaus' writes: what each accepts and refuses, co-owned certificates, the assistance lifecycle.
// Idempotency, stale versions, atomicity, history, write scope and each write's access-log row: contract.test.ts.
import { randomUUID } from 'node:crypto';
import { personKey } from '../../../shared/src/person-key';
import { expectErrorCode } from '../../../shared/src/testing/graphql';
import { agencyTestKit } from '../../../test/support/agency';
import { applyInput, holdingInput, newCertificate, newIdNumber } from './inputs';

const kit = agencyTestKit('housing', { people: 200 });
const { post: call, count } = kit;

const HOLDING_FIELDS = 'id kind areaSqm address certificateNumber registeredOn share endedOn endReason version';
const RECORD = kit.mutation('recordPropertyHolding', HOLDING_FIELDS);
const END = kit.mutation('endPropertyHolding', `${HOLDING_FIELDS} history { subject role operation before after }`);
const APPLY = kit.mutation('applyForHousingAssistance', 'id kind status amount startDate unitAddress version');
const CHANGE = kit.mutation(
  'changeHousingAssistance',
  'id status amount endDate unitAddress statusReason version history { subject operation before after }',
);

const holdings = () => count('SELECT count(*)::int AS count FROM property_holding');
const assistance = () => count('SELECT count(*)::int AS count FROM housing_assistance');

const record = (overrides: Record<string, unknown> = {}) => kit.write(RECORD, holdingInput(overrides));
const apply = (overrides: Record<string, unknown> = {}) => kit.write(APPLY, applyInput(overrides));

/** Applies, then walks the record through `steps` (each a change without id and version); returns it and its version. */
async function assistanceAt(steps: Record<string, unknown>[], overrides: Record<string, unknown> = {}) {
  const { id } = await apply(overrides);
  return { id: id as string, version: await kit.changeThrough(CHANGE, id, steps) };
}

describe('property holdings', () => {
  test('recording a holding stores it under the key derived from the ID number', async () => {
    const input = holdingInput({ certificateNumber: '豫（2020）南阳测试不动产权第8000001号' });
    const holding = await kit.write(RECORD, input);
    expect(holding).toMatchObject({
      kind: 'RESIDENTIAL',
      areaSqm: 89.5,
      share: 1,
      endedOn: null,
      version: 1,
      certificateNumber: '豫(2020)南阳测试不动产权第8000001号',
    });
    const [row] = await kit.db.query(
      'SELECT id_number, person_key, region_code, area_sqm::text AS area, share::text AS share, registered_on::text AS registered_on FROM property_holding WHERE id = $1',
      [holding.id],
    );
    expect(row).toMatchObject({
      id_number: input.idNumber,
      person_key: personKey(input.idNumber, kit.personKeySecret),
      region_code: '411302',
      area: '89.50',
      share: '1.000',
      registered_on: '2020-05-18',
    });
  });

  test('co-owners of one certificate may hold up to 1 in total; a share beyond it is a CONFLICT naming the certificate', async () => {
    const certificateNumber = newCertificate();
    await record({ certificateNumber, share: 0.5 });
    await record({ certificateNumber, share: 0.25 });
    const before = await holdings();
    const res = await call(RECORD, { input: holdingInput({ certificateNumber, share: 0.5 }) });
    const error = expectErrorCode(res, 'CONFLICT');
    expect(error.message).toContain(`certificate ${certificateNumber}`);
    expect(error.message).toMatch(/hold 0\.750 of it/);
    expect(error.extensions!.certificateNumber).toBe(certificateNumber);
    expect(await holdings()).toBe(before);
    await record({ certificateNumber, share: 0.25 });
  });

  test('the same person recording the same certificate twice is a CONFLICT naming the certificate', async () => {
    const input = holdingInput({ share: 0.5 });
    const first = await kit.write(RECORD, input);
    const second = await call(RECORD, { input: { ...input, share: 0.25 } });
    const error = expectErrorCode(second, 'CONFLICT');
    expect(error.message).toContain(input.certificateNumber);
    expect(error.extensions!.existingId).toBe(first.id);
  });

  test('co-owners recorded at the same moment cannot both take the last share', async () => {
    const certificateNumber = newCertificate();
    const answers = await Promise.all([0, 1].map(() => call(RECORD, { input: holdingInput({ certificateNumber, share: 0.6 }) })));
    expect(answers.filter((a) => a.errors === undefined)).toHaveLength(1);
    expect(answers.filter((a) => a.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(1);
    expect(await count('SELECT count(*)::int AS count FROM property_holding WHERE certificate_number = $1', [certificateNumber])).toBe(1);
  });

  test('a co-owner must agree with the certificate on its area', async () => {
    const certificateNumber = newCertificate();
    await record({ certificateNumber, share: 0.5 });
    const res = await call(RECORD, { input: holdingInput({ certificateNumber, share: 0.5, areaSqm: 90 }) });
    expect(expectErrorCode(res, 'BAD_USER_INPUT').message).toMatch(/^input\.areaSqm: .*registered with 89\.50/);
  });

  test.each([
    ['idNumber', { idNumber: '110105194912310021' }, /check character/],
    ['regionCode', { regionCode: '110105' }, /not a county code/],
    ['areaSqm', { areaSqm: 0 }, /above 0 and at most 10000/],
    ['areaSqm', { areaSqm: 10000.01 }, /above 0 and at most 10000/],
    ['areaSqm', { areaSqm: 89.555 }, /at most 2 decimal places/],
    ['address', { address: '  ' }, /1-200 characters/],
    ['certificateNumber', { certificateNumber: '宛城区12345' }, /must look like/],
    ['certificateNumber', { certificateNumber: '豫(1970)宛城区不动产权第0012345号' }, /between 1980 and this year/],
    ['registeredOn', { registeredOn: '2099-01-01' }, /today/],
    ['share', { share: 0 }, /above 0 and at most 1/],
    ['share', { share: 1.5 }, /above 0 and at most 1/],
    ['share', { share: 0.3333 }, /at most 3 decimal places/],
  ])('a holding with a bad %s (%j) is refused naming the field and stores nothing', async (field, override, message) => {
    await kit.refused(RECORD, holdingInput(override), { field: `input.${field}`, message }, holdings);
  });

  test('an ended holding keeps its end date, leaves propertyHolders and shows in the profile only when asked for', async () => {
    const input = holdingInput({ kind: 'COMMERCIAL', areaSqm: 4321.25 });
    const holding = await kit.write(RECORD, input);
    const [{ person_key: key }] = await kit.db.query('SELECT person_key FROM property_holding WHERE id = $1', [holding.id]);
    const holders = async () =>
      (
        await call('{ propertyHolders(filter: { kind: COMMERCIAL, minTotalAreaSqm: 4000 }, first: 100) { nodes { id } } }')
      ).data!.propertyHolders.nodes.map((n: any) => n.id);
    expect(await holders()).toContain(key);

    const ended = await kit.write(END, { id: holding.id, version: 1, endedOn: '2025-06-30', reason: 'SOLD' });
    expect(ended).toMatchObject({ endedOn: '2025-06-30', endReason: 'SOLD', version: 2 });
    const [row] = await kit.db.query('SELECT ended_on::text AS ended_on, end_reason, version FROM property_holding WHERE id = $1', [
      holding.id,
    ]);
    expect(row).toEqual({ ended_on: '2025-06-30', end_reason: 'SOLD', version: 2 });
    expect(await holders()).not.toContain(key);

    const profile = await call(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person {
      housing { current: properties { id } all: properties(includeEnded: true) { id endedOn endReason } } } } }`,
      { r: [{ __typename: 'Person', id: key }] },
    );
    expect(profile.errors).toBeUndefined();
    expect(profile.data!._entities[0].housing).toEqual({
      current: [],
      all: [{ id: holding.id, endedOn: '2025-06-30', endReason: 'SOLD' }],
    });

    expect(ended.history.map((h: any) => h.operation)).toEqual(['recordPropertyHolding', 'endPropertyHolding']);
    expect(ended.history[1]).toMatchObject({ subject: 'test-housing', role: 'housing' });
    expect(JSON.parse(ended.history[1].before)).toMatchObject({ endedOn: null, version: 1 });
    expect(JSON.parse(ended.history[1].after)).toMatchObject({ endedOn: '2025-06-30', endReason: 'SOLD', version: 2 });
  });

  test('once ended, the certificate share is free for the next holder', async () => {
    const certificateNumber = newCertificate();
    const seller = await record({ certificateNumber });
    await kit.write(END, { id: seller.id, version: 1, endedOn: '2024-01-10', reason: 'SOLD' });
    await record({ certificateNumber, registeredOn: '2024-01-10' });
  });

  test('a holding cannot end before it was registered, nor end twice', async () => {
    const holding = await record({ registeredOn: '2020-05-18' });
    const early = await call(END, { input: { id: holding.id, version: 1, endedOn: '2019-01-01', reason: 'SOLD' } });
    expect(expectErrorCode(early, 'BAD_USER_INPUT').extensions!.field).toBe('input.endedOn');
    await kit.write(END, { id: holding.id, version: 1, endedOn: '2023-01-01', reason: 'DEMOLISHED' });
    const again = await call(END, { input: { id: holding.id, version: 2, endedOn: '2024-01-01', reason: 'SOLD' } });
    expect(expectErrorCode(again, 'BAD_USER_INPUT').message).toMatch(/^input\.id: the holding already ended on 2023-01-01/);
  });

  test('ending a holding that does not exist is NOT_FOUND', async () => {
    const res = await call(END, { input: { id: randomUUID(), version: 1, endedOn: '2024-01-01', reason: 'SOLD' } });
    expectErrorCode(res, 'NOT_FOUND');
  });
});

describe('housing assistance', () => {
  test('an application is stored as APPLIED under the key derived from the ID number', async () => {
    const input = applyInput();
    const applied = await kit.write(APPLY, input);
    expect(applied).toMatchObject({ kind: 'RENT_SUBSIDY', status: 'APPLIED', amount: '450.00', startDate: '2026-03-01', version: 1 });
    const [row] = await kit.db.query(
      'SELECT id_number, region_code, status, amount_fen::int AS amount_fen, unit_address FROM housing_assistance WHERE id = $1',
      [applied.id],
    );
    expect(row).toEqual({
      id_number: input.idNumber,
      region_code: '411302',
      status: 'APPLIED',
      amount_fen: 45000,
      unit_address: '宛城区建设路8号',
    });
  });

  test('a person the bureaus already hold may apply by person id alone; the record keeps their ID number', async () => {
    const [known] = await kit.db.query(
      `SELECT person_key, id_number FROM property_holding h WHERE NOT EXISTS (SELECT 1 FROM housing_assistance a WHERE a.person_key = h.person_key AND a.kind = 'PUBLIC_RENTAL') LIMIT 1`,
    );
    const applied = await apply({
      idNumber: undefined,
      personId: known.person_key,
      kind: 'PUBLIC_RENTAL',
      amount: null,
      unitAddress: null,
    });
    const [row] = await kit.db.query('SELECT id_number, person_key FROM housing_assistance WHERE id = $1', [applied.id]);
    expect(row).toEqual({ id_number: known.id_number, person_key: known.person_key });
  });

  test('a person the bureaus hold nothing on must be named by ID number', async () => {
    const input = applyInput({ idNumber: undefined, personId: 'p' + 'A'.repeat(22) });
    const message = /^input\.idNumber: is required: the housing bureaus hold no record/;
    await kit.refused(APPLY, input, { field: 'input.idNumber', message }, assistance);
  });

  test('a person id and an ID number that name different persons are refused', async () => {
    const res = await call(APPLY, { input: applyInput({ personId: 'p' + 'A'.repeat(22) }) });
    expect(expectErrorCode(res, 'BAD_USER_INPUT').extensions!.field).toBe('input.idNumber');
  });

  test('a second open application of a kind is a CONFLICT naming the open one; after rejection a new one is allowed', async () => {
    const idNumber = newIdNumber();
    const first = await apply({ idNumber });
    const conflict = await kit.refused(APPLY, applyInput({ idNumber }), { field: 'input.kind', code: 'CONFLICT' }, assistance);
    expect(conflict.extensions!.existingId).toBe(first.id);
    await apply({ idNumber, kind: 'PUBLIC_RENTAL' });
    await kit.write(CHANGE, { id: first.id, version: 1, status: 'REJECTED', endDate: '2026-03-05', reason: '收入超过保障标准' });
    await apply({ idNumber });
  });

  test.each([
    ['a renovation grant above 100,000.00', { kind: 'DILAPIDATED_RENOVATION', amount: '100000.01' }, 'input.amount', /at most 100000\.00/],
    ['a rent subsidy above 5,000.00', { kind: 'RENT_SUBSIDY', amount: '5000.01' }, 'input.amount', /at most 5000\.00/],
    ['a public-rental rent above 5,000.00', { kind: 'PUBLIC_RENTAL', amount: '5000.01' }, 'input.amount', /at most 5000\.00/],
    ['a rent subsidy of nothing', { kind: 'RENT_SUBSIDY', amount: '0.00' }, 'input.amount', /above 0\.00/],
    ['a start date far ahead', { startDate: '2099-01-01' }, 'input.startDate', /must be between 1990-01-01 and/],
    ['a start date long ago', { startDate: '1980-01-01' }, 'input.startDate', /must be between 1990-01-01 and/],
    ['a region outside the city', { regionCode: '110105' }, 'input.regionCode', /not a county code/],
    ['an empty unit address', { unitAddress: '' }, 'input.unitAddress', /1-200 characters/],
    ['no person', { idNumber: undefined }, 'input.personId', /is required/],
    ['a malformed person id', { idNumber: undefined, personId: 'nobody' }, 'input.personId', /not a person id/],
  ])('an application with %s is refused naming the field and stores nothing', async (_name, override, field, message) => {
    await kit.refused(APPLY, applyInput(override), { field, message }, assistance);
  });

  test('a waived public-rental rent of 0.00 is accepted', async () => {
    expect((await apply({ kind: 'PUBLIC_RENTAL', amount: '0.00' })).amount).toBe('0.00');
  });

  test.each([['-1.00'], ['1.234'], ['abc']])('a money amount of %j is refused with BAD_USER_INPUT', async (amount) => {
    const before = await assistance();
    expectErrorCode(await call(APPLY, { input: applyInput({ amount }) }), 'BAD_USER_INPUT');
    expect(await assistance()).toBe(before);
  });

  test('a renovation follows its lifecycle to COMPLETED and its history names who changed what', async () => {
    const { id } = await assistanceAt([], { kind: 'DILAPIDATED_RENOVATION', amount: null, unitAddress: null });
    const approved = await kit.write(CHANGE, { id, version: 1, status: 'APPROVED', amount: '28000.00' });
    expect(approved).toMatchObject({ status: 'APPROVED', amount: '28000.00', version: 2 });
    await kit.write(CHANGE, { id, version: 2, status: 'ACTIVE', unitAddress: '南召县城关镇东关村3组' });
    const record = await kit.write(CHANGE, { id, version: 3, status: 'COMPLETED', endDate: '2026-09-30' });
    expect(record).toMatchObject({ status: 'COMPLETED', endDate: '2026-09-30', version: 4, unitAddress: '南召县城关镇东关村3组' });
    const [row] = await kit.db.query(
      'SELECT status, amount_fen::int AS amount_fen, end_date::text AS end_date, version FROM housing_assistance WHERE id = $1',
      [id],
    );
    expect(row).toEqual({ status: 'COMPLETED', amount_fen: 2800000, end_date: '2026-09-30', version: 4 });
    expect(record.history.map((h: any) => h.operation)).toEqual([
      'applyForHousingAssistance',
      'changeHousingAssistance',
      'changeHousingAssistance',
      'changeHousingAssistance',
    ]);
    expect(record.history[3].subject).toBe('test-housing');
    expect(JSON.parse(record.history[3].before).status).toBe('ACTIVE');
    expect(JSON.parse(record.history[3].after)).toMatchObject({ status: 'COMPLETED', endDate: '2026-09-30' });
  });

  test('terminating an active subsidy records the reason', async () => {
    const { id, version } = await assistanceAt([{ status: 'APPROVED' }, { status: 'ACTIVE' }]);
    const res = await kit.write(CHANGE, { id, version, status: 'TERMINATED', endDate: '2026-10-31', reason: '已购买住房' });
    expect(res).toMatchObject({ status: 'TERMINATED', statusReason: '已购买住房' });
  });

  const undecided = { amount: null, unitAddress: null };
  test.each([
    [
      'APPLIED straight to ACTIVE',
      {},
      [],
      { status: 'ACTIVE' },
      'input.status',
      /a APPLIED record cannot become ACTIVE; it can become APPROVED or REJECTED/,
    ],
    [
      'APPROVED to TERMINATED',
      {},
      [{ status: 'APPROVED' }],
      { status: 'TERMINATED', endDate: '2026-04-01', reason: 'x' },
      'input.status',
      /cannot become TERMINATED/,
    ],
    ['rejecting without a reason', {}, [], { status: 'REJECTED', endDate: '2026-03-05' }, 'input.reason', /required/],
    ['rejecting without an end date', {}, [], { status: 'REJECTED', reason: '材料不全' }, 'input.endDate', /required/],
    [
      'completing without an end date',
      {},
      [{ status: 'APPROVED' }, { status: 'ACTIVE' }],
      { status: 'COMPLETED' },
      'input.endDate',
      /required/,
    ],
    [
      'an end date before the start',
      {},
      [],
      { status: 'REJECTED', reason: 'x', endDate: '2026-02-01' },
      'input.endDate',
      /not be before the start date 2026-03-01/,
    ],
    ['approving without an amount', undecided, [], { status: 'APPROVED' }, 'input.amount', /required/],
    [
      'activating without a unit',
      undecided,
      [{ status: 'APPROVED', amount: '300.00' }],
      { status: 'ACTIVE' },
      'input.unitAddress',
      /required/,
    ],
    ['raising a subsidy above 5,000.00', {}, [], { amount: '6000.00' }, 'input.amount', /at most 5000\.00/],
    [
      'changing a final record',
      {},
      [{ status: 'REJECTED', endDate: '2026-03-02', reason: 'x' }],
      { amount: '100.00' },
      'input.id',
      /final record does not change/,
    ],
  ])(
    'a change breaking the lifecycle (%s) is refused naming the field and changes nothing',
    async (_name, application, steps, change, field, message) => {
      const { id, version } = await assistanceAt(steps as Record<string, unknown>[], application);
      await kit.refused(CHANGE, { id, version, ...change }, { field, message }, () =>
        Promise.all([kit.versionOf('housing_assistance', id), kit.rowCounts('change_history')]),
      );
      expect(await kit.versionOf('housing_assistance', id)).toBe(version);
    },
  );
});
