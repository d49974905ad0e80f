// The office's reads against the real PostgreSQL server: profiles, the seed against the demo city, batching, what the list's filters mean.
// Refusals, views per role, paging, bad input and the access log: contract.test.ts.
import { activePrograms, DemoHousehold, generateCity } from '../../../shared/src/demo/city';
import { isAbleBodied } from '../../../shared/src/demo/poverty-alleviation';
import { formatMoney } from '../../../shared/src/money';
import { agencyTestKit } from '../../../test/support/agency';

const kit = agencyTestKit('poverty-alleviation', { people: 3000 });
const PROFILE = `id povertyAlleviation {
  household { id head { id } members { id } region { code } category riskCauses status registeredOn riskEliminatedOn riskEliminationReason version }
  measures { id person { id } kind amount startDate endDate status statusReason version } }`;
const sorted = (keys: string[]) => [...keys].sort();
const monitored = () => kit.city.households.filter((h) => h.povertyMonitoring);
const membersOf = (h: DemoHousehold) => h.memberKeys.map((k) => kit.city.personByKey.get(k)!);

test('a monitored person resolved by entity carries the household, its members head first, its causes and its measures newest first', async () => {
  const [key] = await kit.keys(
    `SELECT m.person_key FROM monitored_member m JOIN monitored_household h ON h.id = m.monitored_household_id
      WHERE (SELECT count(*) FROM monitored_member o WHERE o.monitored_household_id = h.id) > 1
        AND (SELECT count(*) FROM support_measure s WHERE s.monitored_household_id = h.id) > 1
      ORDER BY m.position DESC, m.person_key LIMIT 1`,
  );
  const res = await kit.entities([key], PROFILE, 'caseworker');
  expect(res.errors).toBeUndefined();
  const [h] = await kit.db.query(
    'SELECT h.* FROM monitored_household h JOIN monitored_member m ON m.monitored_household_id = h.id WHERE m.person_key = $1',
    [key],
  );
  const members = await kit.keys('SELECT person_key FROM monitored_member WHERE monitored_household_id = $1 ORDER BY position', [h.id]);
  const causes = await kit.keys('SELECT cause FROM monitored_risk_cause WHERE monitored_household_id = $1', [h.id]);
  const measures = await kit.db.query('SELECT * FROM support_measure WHERE monitored_household_id = $1 ORDER BY start_date DESC, id DESC', [
    h.id,
  ]);
  const order = ['ILLNESS', 'SCHOOLING', 'DISABILITY', 'DISASTER', 'UNEMPLOYMENT', 'ACCIDENT', 'OTHER'];
  expect(res.data!._entities[0]).toEqual({
    id: key,
    povertyAlleviation: {
      household: {
        id: h.id,
        head: { id: h.head_person_key },
        members: members.map((id) => ({ id })),
        region: { code: h.region_code },
        category: h.category,
        riskCauses: order.filter((c) => causes.includes(c)),
        status: h.status,
        registeredOn: h.registered_on,
        riskEliminatedOn: h.risk_eliminated_on,
        riskEliminationReason: h.risk_elimination_reason,
        version: 1,
      },
      measures: measures.map((s: any) => ({
        id: s.id,
        person: { id: s.person_key },
        kind: s.kind,
        amount: s.amount_fen === null ? null : formatMoney(s.amount_fen),
        startDate: s.start_date,
        endDate: s.end_date,
        status: s.status,
        statusReason: s.status_reason,
        version: 1,
      })),
    },
  });
  expect(members[0]).toBe(h.head_person_key);
});

test('a person the office does not monitor resolves with a null profile', async () => {
  const other = kit.city.persons.find((p) => !p.recordHolders.includes('poverty-alleviation'))!;
  const res = await kit.entities([other.key], PROFILE, 'caseworker');
  expect(res.errors).toBeUndefined();
  expect(res.data!._entities).toEqual([{ id: other.key, povertyAlleviation: null }]);
});

test('the seed monitors exactly the households of the demo city, each member once and head first, with its category, causes and status', async () => {
  const rows = await kit.db.query(
    `SELECT h.category, h.status, h.region_code, array_agg(m.person_key ORDER BY m.position) AS members, array_agg(m.id_number ORDER BY m.position) AS id_numbers,
            (SELECT array_agg(c.cause ORDER BY c.cause) FROM monitored_risk_cause c WHERE c.monitored_household_id = h.id) AS causes
       FROM monitored_household h JOIN monitored_member m ON m.monitored_household_id = h.id GROUP BY h.id`,
  );
  const expected = monitored().map((h) => {
    const members = [...membersOf(h)].sort((a, b) => Number(b.key === h.headKey) - Number(a.key === h.headKey));
    return {
      category: h.povertyMonitoring!.category,
      status: h.povertyMonitoring!.status,
      region_code: h.regionCode,
      members: members.map((m) => m.key),
      id_numbers: members.map((m) => m.idNumber),
      causes: [...h.povertyMonitoring!.causes].sort(),
    };
  });
  const byHead = (a: { members: string[] }, b: { members: string[] }) => (a.members[0] < b.members[0] ? -1 : 1);
  expect(expected.length).toBeGreaterThan(10);
  expect(rows.sort(byHead)).toEqual(expected.sort(byHead));
});

describe('the demo city at 20,000 people', () => {
  const city = generateCity({ people: 20_000, seed: 2026, personKeySecret: 'demo-shares' });
  const households = city.households.filter((h) => h.povertyMonitoring);
  const members = (h: DemoHousehold) => h.memberKeys.map((k) => city.personByKey.get(k)!);

  test('monitors rural households only, about 2-3% of the rural population', () => {
    expect(households.every((h) => !h.urban)).toBe(true);
    const rural = city.households.filter((h) => !h.urban).reduce((n, h) => n + h.memberKeys.length, 0);
    const share = households.reduce((n, h) => n + h.memberKeys.length, 0) / rural;
    expect(share).toBeGreaterThan(0.02);
    expect(share).toBeLessThan(0.03);
  });

  test('most monitored households have a 低保, 特困 or low-income case, not all; and most rural 低保 households are not monitored', () => {
    const assisted = households.filter((h) => activePrograms(h).size > 0).length / households.length;
    expect(assisted).toBeGreaterThan(0.5);
    expect(assisted).toBeLessThan(0.9);
    const dibao = city.households.filter((h) => !h.urban && activePrograms(h).has('MINIMUM_LIVING_ALLOWANCE'));
    const watched = dibao.filter((h) => h.povertyMonitoring).length / dibao.length;
    expect(watched).toBeGreaterThan(0.1);
    expect(watched).toBeLessThan(0.5);
  });

  test("each risk cause from the members' facts is there exactly when the fact is: illness, schooling, disability, unemployment", () => {
    const mismatches = households.flatMap((h) => {
      const ms = members(h);
      const causes = h.povertyMonitoring!.causes;
      const facts = {
        ILLNESS: ms.some((m) => m.chronicIllness || m.health?.medicalAssistance.includes('catastrophic')),
        SCHOOLING: ms.some((m) => m.schooling),
        DISABILITY: ms.some((m) => m.disability),
        UNEMPLOYMENT: ms.some((m) => isAbleBodied(m) && m.work === 'UNEMPLOYED'),
      };
      return Object.entries(facts)
        .filter(([cause, fact]) => causes.includes(cause as never) !== fact)
        .map(([cause]) => `${h.id}: ${cause}`);
    });
    expect(mismatches).toEqual([]);
    expect(households.every((h) => h.povertyMonitoring!.causes.length > 0)).toBe(true);
    // OTHER only when nothing else explains the risk.
    expect(
      households.filter((h) => h.povertyMonitoring!.causes.includes('OTHER')).every((h) => h.povertyMonitoring!.causes.length === 1),
    ).toBe(true);
  });

  test('a household in a disaster, an accident or a catastrophic illness is a sudden severe hardship', () => {
    const sudden = households.filter(
      (h) =>
        h.povertyMonitoring!.causes.some((c) => c === 'DISASTER' || c === 'ACCIDENT') ||
        members(h).some((m) => m.health?.medicalAssistance.includes('catastrophic')),
    );
    expect(sudden.length).toBeGreaterThan(0);
    expect(sudden.filter((h) => h.povertyMonitoring!.category !== 'SUDDEN_HARDSHIP')).toEqual([]);
  });
});

test('employment, industry and micro-credit measures go to able-bodied members, and most able-bodied households get one', async () => {
  const rows: { person_key: string; kind: string; household: string }[] = await kit.db.query(
    `SELECT s.person_key, s.kind, h.head_person_key AS household FROM support_measure s JOIN monitored_household h ON h.id = s.monitored_household_id`,
  );
  const development = rows.filter((r) => ['EMPLOYMENT', 'INDUSTRY', 'MICRO_CREDIT'].includes(r.kind));
  expect(development.filter((r) => !isAbleBodied(kit.city.personByKey.get(r.person_key)!))).toEqual([]);
  const able = monitored().filter((h) => membersOf(h).some(isAbleBodied));
  const helped = able.filter((h) => development.some((r) => r.household === h.headKey));
  expect(able.length).toBeGreaterThan(5);
  expect(helped.length / able.length).toBeGreaterThan(0.5);
});

test('every household whose risk the seed eliminated had a measure, and was eliminated on or after it was registered', async () => {
  const [{ count }] = await kit.db.query(
    `SELECT count(*)::int AS count FROM monitored_household h WHERE h.status = 'RISK_ELIMINATED'
       AND (h.risk_eliminated_on < h.registered_on OR NOT EXISTS (SELECT 1 FROM support_measure s WHERE s.monitored_household_id = h.id))`,
  );
  expect(count).toBe(0);
  expect(await kit.count("SELECT count(*)::int AS count FROM monitored_household WHERE status = 'RISK_ELIMINATED'")).toBeGreaterThan(0);
});

test('profiles of 100 persons cost one statement per loader, the same as for 10', async () => {
  // Every monitored person of the test city (about 70), then others up to 100.
  const held = await kit.keys('SELECT person_key FROM monitored_member ORDER BY person_key');
  const others = kit.city.persons.filter((p) => !held.includes(p.key)).map((p) => p.key);
  const ids = [...held, ...others].slice(0, 100);
  // Membership by person, households, their members, their causes, their measures.
  expect(await kit.statementsFor(ids, PROFILE)).toEqual([5, 5]);
});

describe('monitoredPersons', () => {
  const walkAll = (filter: Record<string, unknown>) => kit.walk('monitoredPersons', filter, 7);

  test('county and category narrow the list to exactly the members of the households SQL finds', async () => {
    const [{ region_code: region, category }] = await kit.db.query(
      'SELECT region_code, category FROM monitored_household GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2 LIMIT 1',
    );
    const expected = await kit.keys(
      `SELECT m.person_key FROM monitored_member m JOIN monitored_household h ON h.id = m.monitored_household_id
        WHERE h.region_code = $1 AND h.category = $2`,
      [region, category],
    );
    expect(expected.length).toBeGreaterThan(0);
    await kit.expectListed('monitoredPersons', { regionCode: region, category }, 7, expected, { anyOrder: true });
  });

  test('a cause lists the members of every household with that cause among others', async () => {
    const expected = await kit.keys(
      `SELECT m.person_key FROM monitored_member m JOIN monitored_household h ON h.id = m.monitored_household_id
        WHERE h.status = 'MONITORED' AND EXISTS (SELECT 1 FROM monitored_risk_cause c WHERE c.monitored_household_id = h.id AND c.cause = 'SCHOOLING')`,
    );
    expect(expected.length).toBeGreaterThan(0);
    await kit.expectListed('monitoredPersons', { cause: 'SCHOOLING', status: 'MONITORED' }, 7, expected, { anyOrder: true });
  });

  test('withoutMeasure lists the members of households with no ACTIVE measure, and false the rest: together every member once', async () => {
    const without = await walkAll({ withoutMeasure: true });
    const withOne = await walkAll({ withoutMeasure: false });
    const expected = await kit.keys(
      `SELECT m.person_key FROM monitored_member m
        WHERE NOT EXISTS (SELECT 1 FROM support_measure s WHERE s.monitored_household_id = m.monitored_household_id AND s.status = 'ACTIVE')`,
    );
    const everyone = await kit.keys('SELECT person_key FROM monitored_member');
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(without.ids)).toEqual(sorted(expected));
    expect(sorted([...without.ids, ...withOne.ids])).toEqual(sorted(everyone));
  });

  test('households under monitoring with a measure no longer active count as without one', async () => {
    const lapsed = await kit.keys(
      `SELECT m.person_key FROM monitored_member m JOIN monitored_household h ON h.id = m.monitored_household_id
        WHERE h.status = 'MONITORED' AND EXISTS (SELECT 1 FROM support_measure s WHERE s.monitored_household_id = h.id)
          AND NOT EXISTS (SELECT 1 FROM support_measure s WHERE s.monitored_household_id = h.id AND s.status = 'ACTIVE')`,
    );
    const { ids } = await walkAll({ status: 'MONITORED', withoutMeasure: true });
    expect(lapsed.length).toBeGreaterThan(0);
    expect(ids).toEqual(expect.arrayContaining(lapsed));
  });
});
