// The trade unions' writes: what each accepts and refuses, a file's leaving and re-opening, aid that needs a file, revocation.
// Idempotency, stale versions, atomicity, history, write scope and each write's access-log row: contract.test.ts.
import { cityToday } from '../../../shared/src/dates';
import { personKey } from '../../../shared/src/person-key';
import { expectErrorCode } from '../../../shared/src/testing/graphql';
import { agencyTestKit } from '../../../test/support/agency';
import { fileInput, grantInput, newIdNumber } from './inputs';

const kit = agencyTestKit('trade-union', { people: 200 });
const { post: call, count } = kit;

const FILE_FIELDS = 'id level since reason employerName status statusNote version';
const OPEN = kit.mutation('openDifficultWorkerFile', FILE_FIELDS);
const CHANGE = kit.mutation('changeDifficultWorkerFile', `${FILE_FIELDS} history { subject role operation before after }`);
const AID_FIELDS = 'id kind amount grantedOn status revokedOn revokedReason version';
const GRANT = kit.mutation('grantUnionAid', AID_FIELDS);
const REVOKE = kit.mutation('revokeUnionAid', `${AID_FIELDS} history { subject operation before after }`);

const files = () => count('SELECT count(*)::int AS count FROM difficult_worker_file');
const grants = () => count('SELECT count(*)::int AS count FROM union_aid');
const keyOf = async (fileId: string) => (await kit.keys('SELECT person_key FROM difficult_worker_file WHERE id = $1', [fileId]))[0];

const open = (overrides: Record<string, unknown> = {}) => kit.write(OPEN, fileInput(overrides));
const grant = (overrides: Record<string, unknown> = {}) => kit.write(GRANT, grantInput(overrides));

describe('difficult-worker files', () => {
  test('opening a file stores it ACTIVE under the key derived from the ID number', async () => {
    const input = fileInput();
    const file = await kit.write(OPEN, input);
    expect(file).toMatchObject({
      level: 'GENERAL',
      since: '2024-03-01',
      reason: 'ILLNESS',
      employerName: '南阳纺织有限公司',
      status: 'ACTIVE',
      statusNote: null,
      version: 1,
    });
    const [row] = await kit.db.query(
      'SELECT id_number, person_key, region_code, level, status, since::text AS since FROM difficult_worker_file WHERE id = $1',
      [file.id],
    );
    expect(row).toMatchObject({
      id_number: input.idNumber,
      person_key: personKey(input.idNumber, kit.personKeySecret),
      region_code: '411303',
      level: 'GENERAL',
      status: 'ACTIVE',
      since: '2024-03-01',
    });
  });

  test('a second file for one person is a CONFLICT naming the first, which is re-opened instead', async () => {
    const idNumber = newIdNumber();
    const first = await open({ idNumber });
    await kit.write(CHANGE, { id: first.id, version: 1, status: 'LEFT_DIFFICULTY', note: '已稳定就业，收入超过标准' });
    const message = /LEFT_DIFFICULTY\); re-open it with changeDifficultWorkerFile/;
    const conflict = await kit.refused(OPEN, fileInput({ idNumber }), { field: 'input.idNumber', message, code: 'CONFLICT' }, files);
    expect(conflict.extensions!.existingId).toBe(first.id);
  });

  test.each([
    ['idNumber', { idNumber: '110105194912310021' }, /check character/],
    ['regionCode', { regionCode: '110105' }, /not a county code/],
    ['employerName', { employerName: '厂'.repeat(101) }, /1-100 characters/],
    ['since', { since: '2099-01-01' }, /today/],
    ['since', { since: '1985-01-01' }, /between 1990-01-01 and today/],
    ['since', { idNumber: newIdNumber('20120601'), since: '2020-01-01' }, /before the worker turned 16 \(2028-06-01\)/],
  ])('a file with a bad %s (%j) is refused naming the field and stores nothing', async (field, override, message) => {
    await kit.refused(OPEN, fileInput(override), { field: `input.${field}`, message }, files);
  });

  test('a worker leaves difficulty with a note and is re-opened by person id; the history names who changed what', async () => {
    const file = await open();
    const personId = await keyOf(file.id);
    const left = await kit.write(CHANGE, { id: file.id, version: 1, status: 'LEFT_DIFFICULTY', note: '子女毕业就业，家庭收入提高' });
    expect(left).toMatchObject({
      status: 'LEFT_DIFFICULTY',
      statusNote: '子女毕业就业，家庭收入提高',
      version: 2,
    });
    const now = await kit.write(CHANGE, { personId, version: 2, status: 'ACTIVE', level: 'DEEP', reason: 'UNEMPLOYMENT' });
    expect(now).toMatchObject({ id: file.id, status: 'ACTIVE', level: 'DEEP', reason: 'UNEMPLOYMENT', statusNote: null, version: 3 });
    const [row] = await kit.db.query('SELECT status, level, reason, status_note, version FROM difficult_worker_file WHERE id = $1', [
      file.id,
    ]);
    expect(row).toEqual({ status: 'ACTIVE', level: 'DEEP', reason: 'UNEMPLOYMENT', status_note: null, version: 3 });
    expect(now.history.map((h: any) => h.operation)).toEqual([
      'openDifficultWorkerFile',
      'changeDifficultWorkerFile',
      'changeDifficultWorkerFile',
    ]);
    expect(now.history[1]).toMatchObject({ subject: 'test-trade-union', role: 'trade-union' });
    expect(JSON.parse(now.history[1].before)).toMatchObject({ status: 'ACTIVE', statusNote: null });
    expect(JSON.parse(now.history[1].after)).toMatchObject({ status: 'LEFT_DIFFICULTY', statusNote: '子女毕业就业，家庭收入提高' });
  });

  test.each([
    ['leaving without a note', [], { status: 'LEFT_DIFFICULTY' }, 'input.note', /required to mark a worker LEFT_DIFFICULTY/],
    [
      'leaving with a new level',
      [],
      { status: 'LEFT_DIFFICULTY', note: '已就业', level: 'DEEP' },
      'input.level',
      /keeps its level and reason/,
    ],
    ['a new cause on a closed file', [{ status: 'LEFT_DIFFICULTY', note: '已就业' }], { reason: 'DISASTER' }, 'input.reason', /re-open it/],
    ['a change of nothing', [], {}, 'input', /changes nothing/],
    ['an empty note', [], { note: ' ' }, 'input.note', /1-500 characters/],
  ])(
    'a file change breaking the rules (%s) is refused naming the field and changes nothing',
    async (_name, steps, change, field, message) => {
      const file = await open();
      const version = await kit.changeThrough(CHANGE, file.id, steps as Record<string, unknown>[]);
      await kit.refused(CHANGE, { id: file.id, version, ...change }, { field, message }, () =>
        Promise.all([kit.versionOf('difficult_worker_file', file.id), kit.rowCounts('change_history')]),
      );
      expect(await kit.versionOf('difficult_worker_file', file.id)).toBe(version);
    },
  );

  test('a change names its file by id or person id, and both must agree', async () => {
    const file = await open();
    const other = await open();
    const none = await call(CHANGE, { input: { version: 1, level: 'DEEP' } });
    expect(expectErrorCode(none, 'BAD_USER_INPUT').extensions!.field).toBe('input.id');
    const mismatch = await call(CHANGE, { input: { id: file.id, personId: await keyOf(other.id), version: 1, level: 'DEEP' } });
    expect(expectErrorCode(mismatch, 'BAD_USER_INPUT').extensions!.field).toBe('input.personId');
    const unknown = await call(CHANGE, { input: { personId: 'p' + 'B'.repeat(22), version: 1, level: 'DEEP' } });
    expectErrorCode(unknown, 'NOT_FOUND');
  });
});

describe('union aid', () => {
  test('a grant to a member the unions hold nothing on is stored GRANTED under the key of the ID number given', async () => {
    const input = grantInput();
    const aid = await kit.write(GRANT, input);
    expect(aid).toMatchObject({
      kind: 'WARMTH_DELIVERY',
      amount: '800.00',
      grantedOn: '2026-01-15',
      status: 'GRANTED',
      revokedOn: null,
      version: 1,
    });
    const [row] = await kit.db.query(
      'SELECT id_number, person_key, kind, amount_fen::int AS amount_fen, status FROM union_aid WHERE id = $1',
      [aid.id],
    );
    expect(row).toEqual({
      id_number: input.idNumber,
      person_key: personKey(input.idNumber, kit.personKeySecret),
      kind: 'WARMTH_DELIVERY',
      amount_fen: 80000,
      status: 'GRANTED',
    });
  });

  test("schooling aid to a worker with an ACTIVE file is granted by person id and keeps the file's ID number", async () => {
    const idNumber = newIdNumber();
    const file = await open({ idNumber });
    const aid = await grant({
      idNumber: undefined,
      personId: await keyOf(file.id),
      kind: 'SCHOOLING',
      amount: '4000.00',
      grantedOn: '2026-08-28',
    });
    const [row] = await kit.db.query('SELECT id_number FROM union_aid WHERE id = $1', [aid.id]);
    expect(row.id_number).toBe(idNumber);
  });

  test.each([['SCHOOLING'], ['MEDICAL']])(
    '%s aid needs an ACTIVE file: none, or one that left difficulty, is refused and stores nothing',
    async (kind) => {
      const before = await grants();
      const noFile = await call(GRANT, { input: grantInput({ kind }) });
      expect(expectErrorCode(noFile, 'BAD_USER_INPUT').message).toMatch(
        new RegExp(`^input\\.kind: ${kind} aid goes only to a worker with an ACTIVE difficult-worker file; .* has none`),
      );
      const file = await open();
      await kit.write(CHANGE, { id: file.id, version: 1, status: 'LEFT_DIFFICULTY', note: '已就业' });
      const leftFile = await call(GRANT, { input: grantInput({ idNumber: undefined, personId: await keyOf(file.id), kind }) });
      expect(expectErrorCode(leftFile, 'BAD_USER_INPUT').message).toMatch(/has one that LEFT_DIFFICULTY/);
      expect(await grants()).toBe(before);
    },
  );

  test.each([
    ['mutual aid of 0.00', { kind: 'MUTUAL_AID', amount: '0.00' }, 'input.amount', /above 0\.00 for MUTUAL_AID/],
    ['a grant above 50,000.00', { amount: '50000.01' }, 'input.amount', /at most 50000\.00/],
    ['a grant dated in the future', { grantedOn: '2099-01-01' }, 'input.grantedOn', /today/],
    ['a grant dated before 1990', { grantedOn: '1989-12-31' }, 'input.grantedOn', /between 1990-01-01/],
    [
      'a person unknown to the unions named by id alone',
      { idNumber: undefined, personId: 'p' + 'C'.repeat(22) },
      'input.idNumber',
      /hold no record/,
    ],
    ['no person', { idNumber: undefined }, 'input.personId', /is required/],
  ])('a grant with %s is refused naming the field and stores nothing', async (_name, override, field, message) => {
    await kit.refused(GRANT, grantInput(override), { field, message }, grants);
  });

  test('medical aid dated before the file was opened is refused', async () => {
    const file = await open({ since: '2025-05-01' });
    const res = await call(GRANT, {
      input: grantInput({ idNumber: undefined, personId: await keyOf(file.id), kind: 'MEDICAL', grantedOn: '2025-04-30' }),
    });
    expect(expectErrorCode(res, 'BAD_USER_INPUT').message).toMatch(
      /^input\.grantedOn: must not be before the file was opened on 2025-05-01/,
    );
  });

  test('legal aid given as a service may be 0.00', async () => {
    expect(await grant({ kind: 'LEGAL', amount: '0.00' })).toMatchObject({ kind: 'LEGAL', amount: '0.00' });
  });

  test('a revoked grant stays on record with when and why, leaves the profile by default and no longer counts as aid given', async () => {
    const file = await open({ regionCode: '411330', level: 'RELATIVE' });
    const key = await keyOf(file.id);
    const aid = await grant({ idNumber: undefined, personId: key, grantedOn: '2026-01-15' });
    const withoutAid = async () =>
      (
        await call(
          '{ difficultWorkers(filter: { regionCode: "411330", level: RELATIVE, withoutAidSince: "2026-01-01" }, first: 100) { nodes { id } } }',
        )
      ).data!.difficultWorkers.nodes.map((n: any) => n.id);
    expect(await withoutAid()).not.toContain(key);

    const revoked = await kit.write(REVOKE, { id: aid.id, version: 1, reason: '重复发放，已追回' });
    expect(revoked).toMatchObject({
      status: 'REVOKED',
      revokedOn: cityToday(),
      revokedReason: '重复发放，已追回',
      version: 2,
      amount: '800.00',
    });
    const [row] = await kit.db.query(
      'SELECT status, revoked_on::text AS revoked_on, revoked_reason, version FROM union_aid WHERE id = $1',
      [aid.id],
    );
    expect(row).toEqual({ status: 'REVOKED', revoked_on: cityToday(), revoked_reason: '重复发放，已追回', version: 2 });
    expect(await withoutAid()).toContain(key);

    const profile = await call(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { tradeUnion {
      given: aid { id } all: aid(includeRevoked: true) { id status revokedOn } } } } }`,
      { r: [{ __typename: 'Person', id: key }] },
    );
    expect(profile.errors).toBeUndefined();
    expect(profile.data!._entities[0].tradeUnion).toEqual({ given: [], all: [{ id: aid.id, status: 'REVOKED', revokedOn: cityToday() }] });

    expect(revoked.history.map((h: any) => h.operation)).toEqual(['grantUnionAid', 'revokeUnionAid']);
    expect(JSON.parse(revoked.history[1].before)).toMatchObject({ status: 'GRANTED', revokedReason: null });
    expect(JSON.parse(revoked.history[1].after)).toMatchObject({ status: 'REVOKED', revokedReason: '重复发放，已追回' });
  });

  test('a grant is revoked once, with a reason and the version the caller read', async () => {
    const aid = await grant();
    const noReason = await call(REVOKE, { input: { id: aid.id, version: 1, reason: '' } });
    expect(expectErrorCode(noReason, 'BAD_USER_INPUT').extensions!.field).toBe('input.reason');
    const stale = await call(REVOKE, { input: { id: aid.id, version: 2, reason: '发放错误' } });
    expect(expectErrorCode(stale, 'STALE_VERSION').extensions!.currentVersion).toBe(1);
    const [still] = await kit.db.query('SELECT status, version FROM union_aid WHERE id = $1', [aid.id]);
    expect(still).toEqual({ status: 'GRANTED', version: 1 });
    await kit.write(REVOKE, { id: aid.id, version: 1, reason: '发放错误' });
    const again = await call(REVOKE, { input: { id: aid.id, version: 2, reason: '发放错误' } });
    expect(expectErrorCode(again, 'BAD_USER_INPUT').message).toMatch(/^input\.id: the aid was already revoked/);
  });
});
