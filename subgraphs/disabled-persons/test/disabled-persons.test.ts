// The disabled persons' federation's reads against the real PostgreSQL server: profiles, the seed, batching, what the list's filters mean.
// Refusals, views per role, paging, bad input and the access log: contract.test.ts.
import { GraphQLEnumType } from 'graphql';
import { formatMoney } from '../../../shared/src/money';
import { agencyTestKit } from '../../../test/support/agency';

const kit = agencyTestKit('disabled-persons', { people: 800 });
const PROFILE =
  'id disability { certificate { number category grade issuedOn validUntil } subsidies { id kind monthlyAmount status startDate endDate } }';

test('a certified person resolved by entity carries the certificate and subsidies the federation holds, newest first', async () => {
  const [key] = await kit.keys('SELECT person_key FROM disability_subsidy ORDER BY start_date LIMIT 1');
  const [profile] = await kit.resolve([key], PROFILE, 'caseworker');
  const [c] = await kit.db.query('SELECT * FROM disability_certificate WHERE person_key = $1', [key]);
  const subsidies = await kit.db.query('SELECT * FROM disability_subsidy WHERE person_key = $1 ORDER BY start_date DESC, kind', [key]);
  expect(profile).toEqual({
    id: key,
    disability: {
      certificate: { number: c.number, category: c.category, grade: c.grade, issuedOn: c.issued_on, validUntil: c.valid_until },
      subsidies: subsidies.map((s: any) => ({
        id: s.id,
        kind: s.kind,
        monthlyAmount: formatMoney(s.monthly_amount_fen),
        status: s.status,
        startDate: s.start_date,
        endDate: s.end_date,
      })),
    },
  });
});

test('a person the federation holds nothing on resolves with a null profile', async () => {
  const able = kit.city.persons.find((p) => !p.disability)!;
  const entities = await kit.resolve([able.key], PROFILE, 'caseworker');
  expect(entities).toEqual([{ id: able.key, disability: null }]);
});

test('the seed certifies exactly the disabled persons of the demo city, numbered from their ID number, category and grade', async () => {
  // Each category's digit as the contract states it in the category's description, "视力残疾 (1)".
  const categories = (kit.schema.getType('DisabilityCategory') as GraphQLEnumType).getValues();
  const digits = Object.fromEntries(categories.map((c) => [c.name, /\((\d)\)$/.exec(c.description ?? '')?.[1]]));
  expect(categories.filter((c) => !digits[c.name]).map((c) => c.name)).toEqual([]);
  const byKey = (a: { person_key: string }, b: { person_key: string }) => (a.person_key < b.person_key ? -1 : 1);
  const rows = await kit.db.query('SELECT person_key, number, category, grade, region_code FROM disability_certificate');
  const expected = kit.city.persons
    .filter((p) => p.disability)
    .map((p) => ({
      person_key: p.key,
      number: `${p.idNumber}${digits[p.disability!.category]}${p.disability!.grade}`,
      category: p.disability!.category,
      grade: p.disability!.grade,
      region_code: p.regionCode,
    }));
  expect(rows.sort(byKey)).toEqual(expected.sort(byKey));
});

test('profiles of 100 persons cost one statement per table, the same as for 10', async () => {
  // Every certified person of the test city (about 50), then others up to 100.
  const persons = kit.city.persons;
  const ids = [...persons.filter((p) => p.disability), ...persons.filter((p) => !p.disability)].slice(0, 100).map((p) => p.key);
  expect(await kit.statementsFor(ids, PROFILE)).toEqual([2, 2]);
});

test('grade 1-2 persons lacking an active care subsidy are exactly those SQL finds, walked page by page', async () => {
  const expected = await kit.keys(
    `SELECT c.person_key FROM disability_certificate c WHERE c.grade IN (1, 2)
       AND NOT EXISTS (SELECT 1 FROM disability_subsidy s WHERE s.person_key = c.person_key AND s.kind = 'SEVERE_CARE' AND s.status = 'ACTIVE')`,
  );
  expect(expected.length).toBeGreaterThan(3);
  await kit.expectListed('disabledPersons', { grades: [1, 2], lacksSubsidy: 'SEVERE_CARE' }, 3, expected, { anyOrder: true });
});

test('persons with a suspended or terminated care subsidy count as lacking it', async () => {
  const lapsed = await kit.keys(
    `SELECT person_key FROM disability_subsidy s WHERE kind = 'SEVERE_CARE' AND status <> 'ACTIVE'
       AND NOT EXISTS (SELECT 1 FROM disability_subsidy a WHERE a.person_key = s.person_key AND a.kind = 'SEVERE_CARE' AND a.status = 'ACTIVE')`,
  );
  const { ids } = await kit.walk('disabledPersons', { lacksSubsidy: 'SEVERE_CARE' }, 100);
  expect(lapsed.length).toBeGreaterThan(0);
  expect(ids).toEqual(expect.arrayContaining(lapsed));
});

test('categories and the issuing county narrow the list to exactly the certificates SQL finds', async () => {
  const [{ region_code: region }] = await kit.db.query(
    'SELECT region_code FROM disability_certificate GROUP BY 1 ORDER BY count(*) DESC LIMIT 1',
  );
  const expected = await kit.keys(
    "SELECT person_key FROM disability_certificate WHERE category IN ('PHYSICAL', 'HEARING') AND region_code = $1",
    [region],
  );
  expect(expected.length).toBeGreaterThan(0);
  await kit.expectListed('disabledPersons', { categories: ['PHYSICAL', 'HEARING'], regionCode: region }, 3, expected, { anyOrder: true });
});
