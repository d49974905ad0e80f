// Civil affairs' published counts alone (no graph): a cohort of its own lists counted by county, programme, age band
// and gender as its tables say, exact for admins and suppressed for analysts so that no small cell can be recovered
// from the margins, and the checks of its arguments.
import { ageBand } from '../../../shared/src/age-bands';
import { addYears, cityToday } from '../../../shared/src/dates';
import { ageOn } from '../../../shared/src/scalars';
import { formatMoney } from '../../../shared/src/money';
import { expectErrorCode } from '../../../shared/src/testing/graphql';
import { agencyTestKit } from '../../../test/support/agency';

const kit = agencyTestKit('civil-affairs', { people: 600 });

const AGGREGATE = `query($condition: CohortCondition, $groupBy: [CohortDimension!]!) {
  cohortAggregate(condition: $condition, groupBy: $groupBy) {
    by { county { code name } programme ageBand gender }
    count monthlyAmount suppressed disclosure threshold
  }
}`;

type Dimension = 'COUNTY' | 'PROGRAMME' | 'AGE_BAND' | 'GENDER';
interface Cell {
  by: { county: { code: string; name: string } | null; programme: string | null; ageBand: string | null; gender: string | null };
  count: number | null;
  monthlyAmount: string | null;
  suppressed: boolean;
  disclosure: string;
  threshold: number;
}

const aggregate = (condition: unknown, groupBy: Dimension[], role = 'analyst') => kit.post(AGGREGATE, { condition, groupBy }, role);

async function table(condition: unknown, groupBy: Dimension[], role = 'analyst'): Promise<Cell[]> {
  const res = await aggregate(condition, groupBy, role);
  expect(res.errors).toBeUndefined();
  return res.data!.cohortAggregate;
}

/** The deepest assistance first: a household with several active cases counts under the first it has. */
const PROGRAMME_ORDER = ['EXTREME_POVERTY_SUPPORT', 'MINIMUM_LIVING_ALLOWANCE', 'LOW_INCOME_CERTIFICATION', 'TEMPORARY_ASSISTANCE'];

/** A person as the tables say, reckoned here from the rows: county, programme, band, gender and share of the household's amount. */
interface Counted {
  county: string;
  programme: string;
  ageBand: string;
  gender: string;
  share: bigint;
}

/** Every person of the index, each with what the aggregate counts them by, from direct SQL over the person and case tables. */
async function everyone(): Promise<Map<string, Counted>> {
  const persons: { key: string; region_code: string; gender: string; birth_date: string; household_id: string | null }[] =
    await kit.db.query(
      `SELECT key, region_code, gender, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, household_id FROM person ORDER BY key COLLATE "C"`,
    );
  const cases: { household_id: string; program: string; monthly_amount_fen: string | null }[] = await kit.db.query(
    `SELECT household_id, program, monthly_amount_fen FROM assistance_case WHERE status = 'ACTIVE'`,
  );
  const programmes = new Map<string, string[]>();
  const amounts = new Map<string, bigint>();
  for (const c of cases) {
    programmes.set(c.household_id, [...(programmes.get(c.household_id) ?? []), c.program]);
    amounts.set(c.household_id, (amounts.get(c.household_id) ?? 0n) + BigInt(c.monthly_amount_fen ?? 0));
  }
  const members = new Map<string, string[]>();
  for (const p of persons) if (p.household_id) members.set(p.household_id, [...(members.get(p.household_id) ?? []), p.key]);
  return new Map(
    persons.map((p) => {
      const held = p.household_id ? (programmes.get(p.household_id) ?? []) : [];
      const amount = p.household_id ? (amounts.get(p.household_id) ?? 0n) : 0n;
      const household = p.household_id ? members.get(p.household_id)! : [p.key];
      const n = BigInt(household.length);
      const share = amount / n + (BigInt(household.indexOf(p.key)) < amount % n ? 1n : 0n);
      return [
        p.key,
        {
          county: p.region_code,
          programme: PROGRAMME_ORDER.find((programme) => held.includes(programme)) ?? 'NONE',
          ageBand: ageBand(ageOn(p.birth_date)),
          gender: p.gender,
          share,
        },
      ];
    }),
  );
}

const NAMES: Record<Dimension, keyof Counted> = { COUNTY: 'county', PROGRAMME: 'programme', AGE_BAND: 'ageBand', GENDER: 'gender' };
/** A cell's group as `county|programme|…` over the dimensions, `*` for a total. */
const groupOf = (cell: Cell, groupBy: Dimension[]) =>
  groupBy
    .map((d) => {
      const value = d === 'COUNTY' ? cell.by.county?.code : cell.by[NAMES[d] as 'programme' | 'ageBand' | 'gender'];
      return value ?? '*';
    })
    .join('|');

/** The count and monthly amount of every group and margin of `keys`, reckoned here: what an exact table must show. */
function expectedTable(persons: Map<string, Counted>, keys: Iterable<string>, groupBy: Dimension[]) {
  const expected = new Map<string, { count: number; amount: bigint }>();
  for (const key of keys) {
    const person = persons.get(key)!;
    for (let mask = 0; mask < 1 << groupBy.length; mask++) {
      const group = groupBy.map((d, i) => (mask & (1 << i) ? '*' : person[NAMES[d]])).join('|');
      const cell = expected.get(group) ?? { count: 0, amount: 0n };
      cell.count += 1;
      cell.amount += person.share;
      expected.set(group, cell);
    }
  }
  return expected;
}

const ACTIVE_DIBAO = { households: { program: 'MINIMUM_LIVING_ALLOWANCE', status: 'ACTIVE' } };
const ACTIVE_DIBAO_MEMBERS = `SELECT key FROM person WHERE household_id IN (
  SELECT household_id FROM assistance_case WHERE program = 'MINIMUM_LIVING_ALLOWANCE' AND status = 'ACTIVE')`;

test("an admin's table counts every group and margin of a cohort as the person and case tables do, with exact monthly amounts", async () => {
  const condition = { or: [ACTIVE_DIBAO, { persons: { minAge: 60 } }] };
  const groupBy: Dimension[] = ['COUNTY', 'PROGRAMME', 'AGE_BAND', 'GENDER'];
  const keys = await kit.keys(`${ACTIVE_DIBAO_MEMBERS} UNION SELECT key FROM person WHERE birth_date <= $1::date`, [
    addYears(cityToday(), -60),
  ]);
  const expected = expectedTable(await everyone(), keys, groupBy);
  const cells = await table(condition, groupBy, 'admin');

  const shown = new Map(cells.filter((c) => c.count! > 0).map((c) => [groupOf(c, groupBy), { count: c.count, amount: c.monthlyAmount }]));
  expect(shown).toEqual(new Map([...expected].map(([group, c]) => [group, { count: c.count, amount: formatMoney(c.amount) }])));
  expect(cells.every((c) => !c.suppressed && c.disclosure === 'EXACT' && c.threshold === 10)).toBe(true);
  expect(cells.at(-1)).toMatchObject({ by: { county: null, programme: null, ageBand: null, gender: null }, count: keys.length });
});

test('without a condition the table counts everyone, and their shares add up to every active case’s monthly amount to the fen', async () => {
  const [total] = await table(null, [], 'admin');
  const [{ amount }] = await kit.db.query(`SELECT sum(monthly_amount_fen)::text AS amount FROM assistance_case WHERE status = 'ACTIVE'`);
  expect(total.count).toBe(await kit.count('SELECT count(*)::int AS count FROM person'));
  expect(total.monthlyAmount).toBe(formatMoney(BigInt(amount)));
});

test("a household's amount is shared among its members to the fen, the first in key order one fen more", async () => {
  // A 低保 household of men and women whose amount leaves 1 fen over when shared: only its first member gets it.
  const [household] = await kit.db.query(
    `SELECT c.id, c.version, count(*)::int AS members,
            (array_agg(p.gender ORDER BY p.key COLLATE "C"))[1] AS first_gender
       FROM assistance_case c JOIN person p ON p.household_id = c.household_id
      WHERE c.program = 'MINIMUM_LIVING_ALLOWANCE' AND c.status = 'ACTIVE'
      GROUP BY c.id HAVING count(DISTINCT p.gender) = 2 ORDER BY c.id LIMIT 1`,
  );
  const amount = BigInt(household.members) * 40_000n + 1n;
  await kit.write(
    'mutation($input: ChangeAssistanceCaseInput!) { changeAssistanceCase(input: $input) { id } }',
    { id: household.id, version: household.version, monthlyAmount: formatMoney(amount) },
    'civil-affairs',
  );
  const condition = { and: [ACTIVE_DIBAO, { persons: { gender: household.first_gender } }] };
  const keys = await kit.keys(`${ACTIVE_DIBAO_MEMBERS} AND gender = $1`, [household.first_gender]);
  const persons = await everyone();
  const expected = keys.reduce((sum, key) => sum + persons.get(key)!.share, 0n);
  const [total] = await table(condition, [], 'admin');
  expect(total.count).toBe(keys.length);
  expect(total.monthlyAmount).toBe(formatMoney(expected));
});

test('a household with several active cases counts under the deepest of them, each member once', async () => {
  const before = await table(null, ['PROGRAMME'], 'admin');
  const [{ household_id: householdId }] = await kit.db.query(
    `SELECT household_id FROM assistance_case WHERE program = 'MINIMUM_LIVING_ALLOWANCE' AND status = 'ACTIVE' ORDER BY id LIMIT 1`,
  );
  const opened = await kit.write(
    'mutation($input: OpenAssistanceCaseInput!) { openAssistanceCase(input: $input) { id } }',
    { householdId, program: 'LOW_INCOME_CERTIFICATION', startDate: cityToday() },
    'civil-affairs',
  );
  await kit.changeThrough('mutation($input: ChangeAssistanceCaseInput!) { changeAssistanceCase(input: $input) { version } }', opened.id, [
    { status: 'UNDER_REVIEW' },
    { status: 'ACTIVE' },
  ]);
  expect(await table(null, ['PROGRAMME'], 'admin')).toEqual(before);
});

/** The cells whose exact value an attacker gets as a line's published total minus its visible cells. */
function recoveredBySubtraction(published: Cell[], exact: Cell[], groupBy: Dimension[]): string[] {
  const exactOf = new Map(exact.map((c) => [groupOf(c, groupBy), c.count!]));
  const recovered: string[] = [];
  groupBy.forEach((_, k) => {
    // A line: the cells agreeing on every dimension but k, and their total over k.
    const lines = new Map<string, Cell[]>();
    for (const cell of published) {
      const parts = groupOf(cell, groupBy).split('|');
      const line = parts.map((p, i) => (i === k ? '' : p)).join('|');
      lines.set(line, [...(lines.get(line) ?? []), cell]);
    }
    for (const line of lines.values()) {
      const total = line.find((c) => groupOf(c, groupBy).split('|')[k] === '*')!;
      const members = line.filter((c) => c !== total);
      const visible = members.filter((c) => !c.suppressed).reduce((sum, c) => sum + c.count!, 0);
      if (total.suppressed) continue;
      for (const cell of members.filter((c) => c.suppressed))
        if (total.count! - visible === exactOf.get(groupOf(cell, groupBy))) recovered.push(groupOf(cell, groupBy));
    }
  });
  return recovered;
}

test("an analyst's table suppresses every cell below 10 and complements of them, and shows the rest as the admin's", async () => {
  const groupBy: Dimension[] = ['COUNTY', 'PROGRAMME', 'GENDER'];
  const exact = await table(null, groupBy, 'admin');
  const published = await table(null, groupBy, 'analyst');
  expect(published.map((c) => groupOf(c, groupBy))).toEqual(exact.map((c) => groupOf(c, groupBy)));

  const small = exact.filter((c) => c.count! > 0 && c.count! < 10).map((c) => groupOf(c, groupBy));
  const complements = published.filter((c, i) => c.suppressed && exact[i].count! >= 10);
  expect(small.length).toBeGreaterThan(0);
  expect(complements.length).toBeGreaterThan(0);
  published.forEach((cell, i) => {
    if (small.includes(groupOf(cell, groupBy))) expect(cell).toMatchObject({ count: null, monthlyAmount: null, suppressed: true });
    if (!cell.suppressed) expect([cell.count, cell.monthlyAmount]).toEqual([exact[i].count, exact[i].monthlyAmount]);
  });
  expect(published.every((c) => c.disclosure === 'SUPPRESSED' && c.threshold === 10)).toBe(true);
});

test('no suppressed cell of an analyst’s table equals a published margin minus the visible cells of its line', async () => {
  const groupBy: Dimension[] = ['COUNTY', 'AGE_BAND', 'GENDER'];
  const exact = await table({ persons: { minAge: 40 } }, groupBy, 'admin');
  const published = await table({ persons: { minAge: 40 } }, groupBy, 'analyst');
  expect(published.filter((c) => c.suppressed).length).toBeGreaterThan(1);
  expect(recoveredBySubtraction(published, exact, groupBy)).toEqual([]);
});

test('a zero is published as 0, not suppressed', async () => {
  const cells = await table(ACTIVE_DIBAO, ['PROGRAMME'], 'analyst');
  expect(cells.find((c) => c.by.programme === 'NONE')).toMatchObject({ count: 0, monthlyAmount: '0.00', suppressed: false });
});

test('the access log keeps the condition, the grouping and how many persons were counted, and lists none of them', async () => {
  const res = await aggregate(ACTIVE_DIBAO, ['COUNTY', 'GENDER']);
  expect(res.errors).toBeUndefined();
  const [row] = await kit.accessLog(res);
  expect(row.filters).toEqual({
    cohortAggregate: {
      condition: ACTIVE_DIBAO,
      groupBy: ['COUNTY', 'GENDER'],
      personsCounted: (await kit.keys(ACTIVE_DIBAO_MEMBERS)).length,
    },
  });
  expect(row.person_keys).toEqual([]);
  expect([...row.fields].sort()).toEqual(['AssistanceCase.monthlyAmount', 'Person.gender', 'Person.region', 'Query.cohortAggregate']);
});

test.each([
  [['COUNTY', 'GENDER', 'COUNTY'], /names COUNTY twice/],
  [['COUNTY', 'PROGRAMME', 'AGE_BAND', 'GENDER', 'COUNTY'], /at most 4 dimensions, got 5/],
])('groupBy %j is refused as BAD_USER_INPUT naming groupBy', async (groupBy, message) => {
  const error = expectErrorCode(await aggregate(null, groupBy as Dimension[]), 'BAD_USER_INPUT');
  expect(error.extensions?.field).toBe('groupBy');
  expect(error.message).toMatch(message);
});

test('a condition is checked as the cohort field checks it, naming its path', async () => {
  const error = expectErrorCode(await aggregate({ and: [ACTIVE_DIBAO, {}] }, ['COUNTY']), 'BAD_USER_INPUT');
  expect(error.extensions?.field).toBe('condition.and.1');
});

test('a condition on another agency’s list fails as UNAVAILABLE naming it when civil affairs has no graph, never as no one', async () => {
  const res = await aggregate({ not: { disabledPersons: { grades: [1, 2] } } }, ['COUNTY']);
  const error = expectErrorCode(res, 'UNAVAILABLE', 'cohortAggregate');
  expect(error.extensions?.agency).toBe('disabled-persons');
  expect(res.data?.cohortAggregate ?? null).toBeNull();
});

test('a role without civil affairs’ records may not count its cohorts', async () => {
  expectErrorCode(await aggregate(null, ['COUNTY'], 'education'), 'FORBIDDEN', 'cohortAggregate');
});
