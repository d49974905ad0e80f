// Idempotency keys (shared/src/writes/mutation.ts) through civil affairs' writes: each caller's own, expiring, keeping no personal data.
import { createHash, randomUUID } from 'node:crypto';
import { expectErrorCode } from '../../../shared/src/testing/graphql';
import { idNumberSequence } from '../../../shared/src/testing/id-numbers';
import { agencyTestKit } from '../../../test/support/agency';

const kit = agencyTestKit('civil-affairs', { people: 50, role: 'caseworker' });
/** Two callers who may both write civil affairs' records: subjects test-caseworker and test-civil-affairs. */
const call = (query: string, variables: Record<string, unknown>, role = 'caseworker') => kit.post(query, variables, role);
const newIdNumber = idNumberSequence('411303', '1992-02-02', 100);

const REGISTER =
  'mutation($input: RegisterPersonInput!, $key: String) { registerPerson(input: $input, idempotencyKey: $key) { id name idNumber birthDate version } }';
const { count } = kit;
const keyRows = (key: string) =>
  kit.db.query('SELECT subject, row_to_json(k)::text AS row FROM idempotency_key k WHERE key = $1 ORDER BY subject', [key]);
const age = (key: string, hours: number) =>
  kit.db.query(`UPDATE idempotency_key SET created_at = now() - make_interval(hours => $2) WHERE key = $1`, [key, hours]);

test('two callers may use the same idempotency key, and each gets the answer to their own request', async () => {
  const key = randomUUID();
  const mine = { idNumber: newIdNumber(), name: '周敏', regionCode: '411302' };
  const theirs = { idNumber: newIdNumber(), name: '郑强', regionCode: '411303' };
  const first = await call(REGISTER, { input: mine, key }, 'caseworker');
  const other = await call(REGISTER, { input: theirs, key }, 'civil-affairs');
  expect(other.errors).toBeUndefined();
  expect(other.data!.registerPerson).toMatchObject({ name: '郑强', idNumber: theirs.idNumber });
  const retry = await call(REGISTER, { input: mine, key }, 'caseworker');
  expect(retry.data!.registerPerson).toEqual(first.data!.registerPerson);
  expect((await keyRows(key)).map((r: { subject: string }) => r.subject)).toEqual(['test-caseworker', 'test-civil-affairs']);
});

test('a key keeps which record it answered, never the personal data of the answer, and a retry still answers in full', async () => {
  const key = randomUUID();
  const input = { idNumber: newIdNumber(), name: '钱慧', regionCode: '411302' };
  const first = await call(REGISTER, { input, key });
  const [{ row }] = await keyRows(key);
  expect(row).toContain(first.data!.registerPerson.id);
  for (const personal of [input.idNumber, input.name, first.data!.registerPerson.birthDate]) expect(row).not.toContain(personal);
  const retry = await call(REGISTER, { input, key });
  expect(retry.data!.registerPerson).toEqual(first.data!.registerPerson);
});

test("a key's request hash is keyed with the subgraph's secret: the request's ID number cannot be found from it by trying every number", async () => {
  const key = randomUUID();
  const input = { idNumber: newIdNumber(), name: '钱慧', regionCode: '411302' };
  await call(REGISTER, { input, key });
  const [{ request_hash }] = await kit.db.query('SELECT request_hash FROM idempotency_key WHERE key = $1', [key]);
  // What an unkeyed hash of this very request would be: anyone could rebuild it for each candidate ID number.
  const stable = JSON.stringify(Object.fromEntries(Object.entries(input).sort(([a], [b]) => a.localeCompare(b))));
  const unkeyed = createHash('sha256').update(`registerPerson\n${stable}`).digest('hex');
  expect(request_hash).toMatch(/^[0-9a-f]{64}$/);
  expect(request_hash).not.toBe(unkeyed);
});

test('a key older than 24 hours is forgotten: the same key then makes a new write', async () => {
  const key = randomUUID();
  const first = await call(REGISTER, { input: { idNumber: newIdNumber(), name: '孙梅', regionCode: '411302' }, key });
  await age(key, 25);
  const again = await call(REGISTER, { input: { idNumber: newIdNumber(), name: '孙梅', regionCode: '411302' }, key });
  expect(again.errors).toBeUndefined();
  expect(again.data!.registerPerson.id).not.toBe(first.data!.registerPerson.id);
  expect(
    await count('SELECT count(*)::int AS count FROM person WHERE key = ANY($1)', [
      [first.data!.registerPerson.id, again.data!.registerPerson.id],
    ]),
  ).toBe(2);
});

test('a key younger than 24 hours still holds: the same key with another request is a CONFLICT', async () => {
  const key = randomUUID();
  await call(REGISTER, { input: { idNumber: newIdNumber(), name: '冯涛', regionCode: '411302' }, key });
  await age(key, 23);
  const res = await call(REGISTER, { input: { idNumber: newIdNumber(), name: '冯涛', regionCode: '411302' }, key });
  expect(expectErrorCode(res, 'CONFLICT').message).toMatch(/already used for a different request/);
});

test('expired keys are deleted by the next write, whoever makes it', async () => {
  const key = randomUUID();
  await call(REGISTER, { input: { idNumber: newIdNumber(), name: '褚亮', regionCode: '411302' }, key }, 'civil-affairs');
  await age(key, 25);
  const unkeyed = await call(REGISTER, { input: { idNumber: newIdNumber(), name: '卫红', regionCode: '411302' } }, 'caseworker');
  expect(unkeyed.errors).toBeUndefined();
  expect(await keyRows(key)).toEqual([]);
});

test('a retry of a key whose answer was not kept as a reference is a CONFLICT, never a second write', async () => {
  const key = randomUUID();
  const input = { idNumber: newIdNumber(), name: '蒋华', regionCode: '411302' };
  await call(REGISTER, { input, key });
  // As a key written before the migration that dropped stored answers finds itself.
  await kit.db.query('UPDATE idempotency_key SET answer_entity = NULL, answer_id = NULL WHERE key = $1', [key]);
  const retry = await call(REGISTER, { input, key });
  expect(expectErrorCode(retry, 'CONFLICT').message).toMatch(/answer.*no longer|before its answers were kept/);
  expect(await count('SELECT count(*)::int AS count FROM person WHERE id_number = $1', [input.idNumber])).toBe(1);
});
