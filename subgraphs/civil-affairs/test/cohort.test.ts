// Civil affairs' cohort field alone (no graph): its own lists combined as SQL over its tables says, its checks of a
// condition, and a condition on another agency's list failing as unavailable when there is no graph to ask.
import { encodeCursor } from '../../../shared/src/pagination';
import { expectErrorCode, walkConnection } from '../../../shared/src/testing/graphql';
import { agencyTestKit } from '../../../test/support/agency';

const kit = agencyTestKit('civil-affairs', { people: 600 });

const COHORT = `query($condition: CohortCondition!, $first: Int, $after: String) {
  cohort(condition: $condition, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } }
}`;
const cohort = (condition: unknown, first = 100, after: string | null = null, role = 'analyst') =>
  kit.post(COHORT, { condition, first, after }, role);

/** Every person of a cohort, walked with pages of `first`: the keys in order and the count each page gave. */
async function walk(condition: unknown, first: number) {
  const { ids, totalCounts } = await walkConnection('cohort', (after) => cohort(condition, first, after));
  return { ids, counts: [...new Set(totalCounts)] };
}

const ACTIVE_DIBAO_MEMBERS = `SELECT p.key FROM person p WHERE p.household_id IN (
  SELECT household_id FROM assistance_case WHERE program = 'MINIMUM_LIVING_ALLOWANCE' AND status = 'ACTIVE')`;
const sqlKeys = (sql: string) => kit.keys(`SELECT key FROM (${sql}) s ORDER BY key COLLATE "C"`);

test('a household condition selects the members of the households it lists, in key order, as many as totalCount', async () => {
  const { ids, counts } = await walk({ households: { program: 'MINIMUM_LIVING_ALLOWANCE', status: 'ACTIVE' } }, 7);
  const expected = await sqlKeys(ACTIVE_DIBAO_MEMBERS);
  expect(expected.length).toBeGreaterThan(14);
  expect(ids).toEqual(expected);
  expect(counts).toEqual([expected.length]);
});

test('and, or and not of civil affairs’ own lists select what the same SQL selects', async () => {
  const condition = {
    or: [
      { and: [{ households: { program: 'MINIMUM_LIVING_ALLOWANCE', status: 'ACTIVE' } }, { not: { persons: { gender: 'MALE' } } }] },
      { and: [{ persons: { minAge: 80 } }, { persons: { regionCode: '411302' } }] },
    ],
  };
  const { ids, counts } = await walk(condition, 100);
  const expected = await sqlKeys(
    `${ACTIVE_DIBAO_MEMBERS} AND p.gender <> 'MALE'
     UNION SELECT key FROM person WHERE birth_date <= current_date - interval '80 years' AND region_code = '411302'`,
  );
  expect(ids).toEqual(expected);
  expect(counts).toEqual([expected.length]);
});

test('a not on its own selects everyone in the index its condition does not', async () => {
  const res = await cohort({ not: { households: { program: 'MINIMUM_LIVING_ALLOWANCE', status: 'ACTIVE' } } }, 5);
  expect(res.errors).toBeUndefined();
  const expected = await sqlKeys(`SELECT key FROM person EXCEPT ${ACTIVE_DIBAO_MEMBERS}`);
  expect(res.data!.cohort.totalCount).toBe(expected.length);
  expect(res.data!.cohort.nodes.map((n: { id: string }) => n.id)).toEqual(expected.slice(0, 5));
});

test('a later page counts the whole cohort, not what is left after its cursor', async () => {
  const condition = { persons: { regionCode: '411302' } };
  const expected = await sqlKeys("SELECT key FROM person WHERE region_code = '411302'");
  const res = await cohort(condition, 10, encodeCursor(expected[20]));
  expect(res.errors).toBeUndefined();
  expect(res.data!.cohort.nodes.map((n: { id: string }) => n.id)).toEqual(expected.slice(21, 31));
  expect(res.data!.cohort.totalCount).toBe(expected.length);
});

test('the persons of the page answered and the condition are on civil affairs’ access log', async () => {
  const condition = { households: { program: 'MINIMUM_LIVING_ALLOWANCE', status: 'ACTIVE' } };
  const res = await cohort(condition, 7);
  expect(res.errors).toBeUndefined();
  const [row] = await kit.accessLog(res);
  expect([...row.person_keys].sort()).toEqual(res.data!.cohort.nodes.map((n: { id: string }) => n.id).sort());
  expect(row.filters).toMatchObject({ cohort: { condition } });
});

test.each([
  [
    { persons: { gender: 'MALE' }, households: { status: 'ACTIVE' } },
    'condition',
    /sets households, persons: a condition sets exactly one of and, or, not or a list/,
  ],
  [{ and: [{ persons: {} }, {}] }, 'condition.and.1', /sets nothing/],
  [{ or: [] }, 'condition.or', /at least one condition/],
  [{ persons: { regionCode: '110105' } }, 'condition.persons.regionCode', /./],
  [{ and: [{ persons: {} }, { not: { persons: { minAge: 61 } } }] }, 'condition.and.1.not.persons.minAge', /multiple of 5/],
])('the condition %j is refused as BAD_USER_INPUT naming %s', async (condition, field, message) => {
  const error = expectErrorCode(await cohort(condition), 'BAD_USER_INPUT');
  expect(error.extensions?.field).toBe(field);
  expect(error.message).toMatch(message);
  expect(error.message.startsWith(`${field}: `)).toBe(true);
});

test('conditions nested deeper than 8 are refused, naming where', async () => {
  let condition: unknown = { persons: {} };
  for (let i = 0; i < 8; i++) condition = { not: condition };
  const error = expectErrorCode(await cohort(condition), 'BAD_USER_INPUT');
  expect(error.extensions?.field).toBe(`condition${'.not'.repeat(8)}`);
  expect(error.message).toMatch(/at most 8 deep/);
});

test('a cohort of more than 16 list conditions is refused, naming the seventeenth', async () => {
  const condition = { or: Array.from({ length: 17 }, (_, i) => ({ persons: { minAge: 5 * i } })) };
  const error = expectErrorCode(await cohort(condition), 'BAD_USER_INPUT');
  expect(error.extensions?.field).toBe('condition.or.16.persons');
});

test('a condition on another agency’s list fails as UNAVAILABLE naming it when civil affairs has no graph, never as no one', async () => {
  const res = await cohort({ not: { disabledPersons: { grades: [1, 2] } } });
  const error = expectErrorCode(res, 'UNAVAILABLE', 'cohort');
  expect(error.extensions?.agency).toBe('disabled-persons');
  expect(error.message).toMatch(/^condition\.not\.disabledPersons: disabled-persons could not answer disabledPersons/);
  expect(res.data?.cohort ?? null).toBeNull();
});

test('a role without civil affairs’ records may not name its household list in a cohort', async () => {
  const error = expectErrorCode(await cohort({ households: { status: 'ACTIVE' } }, 5, null, 'education'), 'FORBIDDEN', 'cohort');
  expect(error.message).toMatch(/^condition\.households: households needs scope records:civil-affairs/);
});
