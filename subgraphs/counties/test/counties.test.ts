// The county governments' reads against the real PostgreSQL server: regions and townships by key, the seed against the
// demo geography, batching, and what each list filter means. Refusals, views per role, paging, bad input and the
// access log: contract.test.ts.
import { GraphQLEnumType } from 'graphql';
import { cityToday } from '../../../shared/src/dates';
import { TOWNSHIPS } from '../../../shared/src/demo/counties';
import { REGIONS } from '../../../shared/src/regions';
import { expectErrorCode } from '../../../shared/src/testing/graphql';
import { agencyTestKit } from '../../../test/support/agency';
import { AGENCY_NAMES } from '../../registry';

const kit = agencyTestKit('counties', { people: 50 });
/** Every county of the city, by code. */
const COUNTY_CODES = REGIONS.map((r) => r.code);

const regions = (codes: string[], selection: string, role = 'caseworker') =>
  kit.post(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { ${selection} } } }`,
    { r: codes.map((code) => ({ __typename: 'Region', code })) },
    role,
  );
const walk = (list: string, filter: Record<string, unknown>, first = 7) => kit.walk(list, filter, first);
const sorted = (ids: string[]) => [...ids].sort();

describe('regions and townships', () => {
  test('every county resolved by reference has the name the city gives its code, and its kind', async () => {
    const res = await regions(COUNTY_CODES, 'code name kind');
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toEqual(
      REGIONS.map((r) => ({
        code: r.code,
        name: r.name,
        kind: r.urban ? 'DISTRICT' : r.name.endsWith('市') ? 'COUNTY_LEVEL_CITY' : 'COUNTY',
      })),
    );
  });

  test('a code the city does not have keeps the code as its name, as civil affairs answered, with no kind and no townships', async () => {
    const res = await regions(['110105'], 'code name kind townships { code } coordination { establishedOn }');
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toEqual([{ code: '110105', name: '110105', kind: null, townships: [], coordination: null }]);
  });

  test('the seed holds every township of the demo geography, with its window, as shared/src/demo/counties.ts draws them', async () => {
    const rows = await kit.db.query(
      `SELECT code, county_code AS "countyCode", name, kind,
         json_build_object('name', window_name, 'address', window_address, 'hours', window_hours, 'phone', window_phone) AS window
       FROM township ORDER BY code`,
    );
    expect(rows).toEqual([...TOWNSHIPS].sort((a, b) => (a.code < b.code ? -1 : 1)));
  });

  test('each county has 10 to 25 townships and streets, numbered under its code: streets 001-099, towns and townships 100-299', async () => {
    for (const county of REGIONS) {
      const mine = TOWNSHIPS.filter((t) => t.countyCode === county.code);
      expect({ county: county.code, enough: mine.length >= 10 && mine.length <= 25 }).toEqual({ county: county.code, enough: true });
      for (const t of mine) {
        const number = Number(t.code.slice(6));
        expect(t.code.slice(0, 6)).toBe(county.code);
        expect(t.kind === 'STREET' ? number >= 1 && number <= 99 : number >= 100 && number <= 299).toBe(true);
        expect(t.name.endsWith(t.kind === 'STREET' ? '街道' : number < 200 ? '镇' : '乡')).toBe(true);
      }
      // Urban districts are mostly streets; counties mostly towns and townships, with a few streets in their seat.
      const streets = mine.filter((t) => t.kind === 'STREET').length;
      expect(county.urban ? streets > mine.length / 2 : streets >= 2 && streets <= 4).toBe(true);
    }
  });

  test("a county's townships come streets first, and only those of a kind when it is asked", async () => {
    const res = await regions(['411321'], 'all: townships { code kind } towns: townships(kind: TOWNSHIP) { code }');
    expect(res.errors).toBeUndefined();
    const [{ all, towns }] = res.data!._entities;
    const expected = TOWNSHIPS.filter((t) => t.countyCode === '411321');
    expect(all).toEqual(expected.map((t) => ({ code: t.code, kind: t.kind })));
    expect(towns).toEqual(expected.filter((t) => t.kind === 'TOWNSHIP').map((t) => ({ code: t.code })));
  });

  test('a township by code names its county and its window', async () => {
    const t = TOWNSHIPS.find((x) => x.countyCode === '411381' && x.kind === 'TOWNSHIP')!;
    const res = await kit.post(
      `{ township(code: "${t.code}") { code name kind county { code name } window { name address hours phone } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.township).toEqual({
      code: t.code,
      name: t.name,
      kind: 'TOWNSHIP',
      county: { code: '411381', name: '邓州市' },
      window: t.window,
    });
  });

  test('a township the city does not have is null; a code that is not one, or not under a county of the city, is refused', async () => {
    expect((await kit.post('{ township(code: "411302099") { code } }')).data!.township).toBeNull();
    for (const code of ['41130200', '110105001']) {
      const res = await kit.post(`{ township(code: "${code}") { code } }`);
      expect(expectErrorCode(res, 'BAD_USER_INPUT').extensions!.field).toBe('code');
    }
  });

  test('region(code) refuses a code the city does not have, naming the codes it has', async () => {
    const res = await kit.post('{ region(code: "110105") { name } }');
    expect(expectErrorCode(res, 'BAD_USER_INPUT').message).toMatch(/^code: "110105" is not a county code of this city; use one of 411302/);
  });
});

describe('coordination mechanisms', () => {
  test('every county has a mechanism convened by the county government, its office at civil affairs', async () => {
    const res = await regions(COUNTY_CODES, 'code coordination { members { unit role } }');
    expect(res.errors).toBeUndefined();
    for (const { coordination } of res.data!._entities) {
      expect(coordination.members.slice(0, 2)).toEqual([
        { unit: 'COUNTIES', role: 'CONVENOR' },
        { unit: 'CIVIL_AFFAIRS', role: 'OFFICE' },
      ]);
      expect(coordination.members.slice(2).every((m: { role: string }) => m.role === 'MEMBER')).toBe(true);
    }
  });

  test('every meeting was attended only by units that were members on the day, and twice a year there is a plenary', async () => {
    const strangers = await kit.count(
      `SELECT count(*)::int AS count FROM coordination_meeting_attendee a JOIN coordination_meeting m ON m.id = a.meeting_id
       JOIN coordination_member u ON u.region_code = a.region_code AND u.unit = a.unit WHERE u.joined_on > m.held_on`,
    );
    expect(strangers).toBe(0);
    const plenaries = await kit.db.query(
      `SELECT region_code, extract(year FROM held_on)::int AS year, count(*)::int AS n FROM coordination_meeting
       WHERE kind = 'PLENARY' AND held_on >= '2024-01-01' AND held_on < '2026-01-01' GROUP BY 1, 2`,
    );
    expect(plenaries).toHaveLength(REGIONS.length * 2);
    expect(plenaries.every((p: { n: number }) => p.n === 2)).toBe(true);
  });

  test("a mechanism's meetings come newest first, and only those held in the range asked", async () => {
    const res = await regions(
      ['411302'],
      'coordination { all: meetings { id heldOn } ranged: meetings(from: "2025-01-01", to: "2025-12-31") { id } }',
    );
    expect(res.errors).toBeUndefined();
    const { all, ranged } = res.data!._entities[0].coordination;
    const expected = await kit.db.query(
      'SELECT id, held_on AS "heldOn" FROM coordination_meeting WHERE region_code = \'411302\' ORDER BY held_on DESC, id DESC',
    );
    expect(all).toEqual(expected);
    expect(ranged).toEqual(
      expected.filter((m: { heldOn: string }) => m.heldOn.startsWith('2025')).map((m: { id: string }) => ({ id: m.id })),
    );
  });

  test("a mechanism's decisions filtered by unit, status and overdue are its rows with all three", async () => {
    const today = cityToday();
    const res = await regions(
      ['411381'],
      'coordination { decisions(unit: CIVIL_AFFAIRS, status: IN_PROGRESS, overdue: true) { id overdue } }',
    );
    expect(res.errors).toBeUndefined();
    const expected = await kit.keys(
      `SELECT id FROM coordination_decision WHERE region_code = '411381' AND responsible_unit = 'CIVIL_AFFAIRS'
       AND status = 'IN_PROGRESS' AND due_date < $1 ORDER BY due_date, id`,
      [today],
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(res.data!._entities[0].coordination.decisions).toEqual(expected.map((id) => ({ id, overdue: true })));
  });

  test('the coordination and supervision of 13 counties cost one SQL statement per loader, the same as for 2', async () => {
    const selection = `coordination { members { unit } meetings { attendees decisions { meeting { id } supervisionItems { id } } } decisions { id } }
      supervisionItems { decision { id } progress { reportedOn } } townships { window { name } }`;
    const statements = async (codes: string[]) => {
      kit.counter.reset();
      const res = await regions(codes, selection);
      expect(res.errors).toBeUndefined();
      return kit.counter.count;
    };
    // mechanism, members, meetings, attendees, decisions by meeting and by county, items by decision and by county,
    // decisions by id (of followed-up items), meetings by id (of decisions), progress, townships
    expect(await statements(COUNTY_CODES)).toBe(12);
    expect(await statements(COUNTY_CODES.slice(0, 2))).toBe(12);
  });
});

describe('the analysts’ lists', () => {
  const itemsWhere = (where: string, params: unknown[] = []) =>
    kit.keys(`SELECT id FROM supervision_item WHERE ${where} ORDER BY id`, params).then(sorted);

  test('supervision items with no filter are every item, each once', async () => {
    const expected = await itemsWhere('true');
    await kit.expectListed('supervisionItems', {}, 50, expected, { anyOrder: true });
  });

  test('supervision items filtered by county and status are the items with both', async () => {
    const expected = await itemsWhere("region_code = '411302' AND status = 'DONE'");
    expect(expected.length).toBeGreaterThan(1);
    await kit.expectListed('supervisionItems', { regionCode: '411302', status: 'DONE' }, 7, expected, { anyOrder: true });
  });

  test('supervision items filtered by unit, category and source are the items with all three', async () => {
    const expected = await itemsWhere("unit = 'FINANCE' AND category = 'FUNDS' AND source = 'MEETING_DECISION'");
    expect(expected.length).toBeGreaterThan(1);
    const { ids } = await walk('supervisionItems', { unit: 'FINANCE', category: 'FUNDS', source: 'MEETING_DECISION' });
    expect(sorted(ids)).toEqual(expected);
  });

  test("overdue supervision items are those not DONE whose deadline is before the city's today, and not overdue the rest", async () => {
    const today = cityToday();
    const overdue = await itemsWhere("status <> 'DONE' AND deadline < $1", [today]);
    const rest = await itemsWhere("status = 'DONE' OR deadline >= $1", [today]);
    expect(overdue.length).toBeGreaterThan(1);
    expect(rest.length).toBeGreaterThan(overdue.length);
    expect(sorted((await walk('supervisionItems', { overdue: true })).ids)).toEqual(overdue);
    expect(sorted((await walk('supervisionItems', { overdue: false }, 50)).ids)).toEqual(rest);
    const res = await kit.post(
      '{ supervisionItems(filter: { overdue: true }, first: 100) { nodes { overdue status deadline } } }',
      {},
      'analyst',
    );
    expect(res.data!.supervisionItems.nodes.every((i: any) => i.overdue && i.status !== 'DONE' && i.deadline < today)).toBe(true);
  });

  test("a county's supervision items on the region are its overdue items of the analysts' list, by deadline", async () => {
    const res = await regions(['411302'], 'supervisionItems(overdue: true) { id deadline }');
    expect(res.errors).toBeUndefined();
    const items = res.data!._entities[0].supervisionItems;
    expect(sorted(items.map((i: { id: string }) => i.id))).toEqual(
      sorted((await walk('supervisionItems', { regionCode: '411302', overdue: true })).ids),
    );
    expect(items.map((i: { deadline: string }) => i.deadline)).toEqual(items.map((i: { deadline: string }) => i.deadline).sort());
  });

  test('coordination decisions filtered by county, unit, status and overdue are the decisions with all of them', async () => {
    const today = cityToday();
    const expected = sorted(
      await kit.keys(
        "SELECT id FROM coordination_decision WHERE region_code = '411381' AND responsible_unit = 'CIVIL_AFFAIRS' AND (status = 'DONE' OR due_date >= $1)",
        [today],
      ),
    );
    expect(expected.length).toBeGreaterThan(1);
    await kit.expectListed('coordinationDecisions', { regionCode: '411381', unit: 'CIVIL_AFFAIRS', overdue: false }, 4, expected, {
      anyOrder: true,
    });
  });

  test('followed-up decisions and their supervision items point at each other', async () => {
    const res = await kit.post(
      `{ coordinationDecisions(filter: { regionCode: "411302" }, first: 100) { nodes { id supervisionItems { id decision { id } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const followed = res.data!.coordinationDecisions.nodes.filter((d: any) => d.supervisionItems.length > 0);
    expect(followed.length).toBeGreaterThan(0);
    for (const d of followed) for (const i of d.supervisionItems) expect(i.decision.id).toBe(d.id);
  });
});

test('every unit of the city’s graph is a GovernmentUnit: its subgraph name in upper case', () => {
  const units = kit.schema.getType('GovernmentUnit') as GraphQLEnumType;
  expect(units.getValues().map((v) => v.name)).toEqual(
    expect.arrayContaining(AGENCY_NAMES.map((name) => name.toUpperCase().replace(/-/g, '_'))),
  );
});
