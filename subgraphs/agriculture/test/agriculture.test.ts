// The commission's reads against the real PostgreSQL server: profiles, the seed against the demo city, batching, what the list's filters mean.
// Refusals, views per role, paging, bad input and the access log: contract.test.ts.
import { hundredthsOf } from '../src/area';
import { EXTENSION_PILOTS } from '../src/seed';
import { generateCity } from '../../../shared/src/demo/city';
import { formatMoney } from '../../../shared/src/money';
import { agencyTestKit } from '../../../test/support/agency';

const kit = agencyTestKit('agriculture', { people: 800 });
const PROFILE = `id land { annualRent
  contracts { id number region { code } villageName memberCount areaMu startDate endDate extendedOn status endedOn }
  transfers { id contract { id } transfereeKind transfereeName areaMu annualRent startDate endDate status endedOn specialGroup } }`;

test('a head resolved by entity carries the contracts and transfers the commission holds, newest first, and the rent a year of the active ones', async () => {
  const [key] = await kit.keys(
    "SELECT person_key FROM land_transfer GROUP BY person_key HAVING bool_or(status = 'ACTIVE') AND bool_or(status <> 'ACTIVE') ORDER BY 1 LIMIT 1",
  );
  const res = await kit.entities([key], PROFILE, 'caseworker');
  expect(res.errors).toBeUndefined();
  const contracts = await kit.db.query('SELECT * FROM land_contract WHERE person_key = $1 ORDER BY start_date DESC, id DESC', [key]);
  const transfers = await kit.db.query('SELECT * FROM land_transfer WHERE person_key = $1 ORDER BY start_date DESC, id DESC', [key]);
  const active = transfers.filter((t: any) => t.status === 'ACTIVE');
  expect(res.data!._entities[0]).toEqual({
    id: key,
    land: {
      annualRent: formatMoney(active.reduce((sum: bigint, t: any) => sum + BigInt(t.annual_rent_fen), 0n)),
      contracts: contracts.map((c: any) => ({
        id: c.id,
        number: c.number,
        region: { code: c.region_code },
        villageName: c.village_name,
        memberCount: c.member_count,
        areaMu: Number(c.area_mu),
        startDate: c.start_date,
        endDate: c.end_date,
        extendedOn: c.extended_on,
        status: c.status,
        endedOn: c.ended_on,
      })),
      transfers: transfers.map((t: any) => ({
        id: t.id,
        contract: { id: t.contract_id },
        transfereeKind: t.transferee_kind,
        transfereeName: t.transferee_name,
        areaMu: Number(t.area_mu),
        annualRent: formatMoney(t.annual_rent_fen),
        startDate: t.start_date,
        endDate: t.end_date,
        status: t.status,
        endedOn: t.ended_on,
        specialGroup: t.special_group,
      })),
    },
  });
  expect(transfers.length).toBeGreaterThan(1);
});

test('a person the commission holds nothing on resolves with a null land profile', async () => {
  const townsman = kit.city.persons.find((p) => kit.city.householdById.get(p.householdId)!.urban)!;
  const res = await kit.entities([townsman.key], PROFILE, 'caseworker');
  expect(res.errors).toBeUndefined();
  expect(res.data!._entities).toEqual([{ id: townsman.key, land: null }]);
});

test("the seed gives a contract to exactly the households the demo city gives land, kept against the head, of the city's area and members", async () => {
  const rows = await kit.db.query(
    'SELECT person_key, id_number, region_code, member_count, area_mu, number FROM land_contract ORDER BY person_key',
  );
  const expected = kit.city.households
    .filter((h) => h.land)
    .map((h) => {
      const head = kit.city.personByKey.get(h.headKey)!;
      return {
        person_key: head.key,
        id_number: head.idNumber,
        region_code: h.regionCode,
        member_count: h.land!.members,
        area: h.land!.areaHundredths,
      };
    })
    .sort((a, b) => (a.person_key < b.person_key ? -1 : 1));
  expect(
    rows.map((r: any) => ({
      person_key: r.person_key,
      id_number: r.id_number,
      region_code: r.region_code,
      member_count: r.member_count,
      area: hundredthsOf(r.area_mu),
    })),
  ).toEqual(expected);
  expect(rows.every((r: any) => r.number.startsWith(r.region_code))).toBe(true);
  expect(kit.city.households.filter((h) => h.urban).some((h) => h.land)).toBe(false);
});

test('the seed transfers the land the demo city transfers, at its rent a mu and for the group it names, and extends the pilot counties', async () => {
  const rows = await kit.db.query(
    `SELECT t.person_key, t.area_mu, t.annual_rent_fen, t.special_group, t.end_date <= c.end_date AS within, c.region_code, c.extended_on
       FROM land_transfer t JOIN land_contract c ON c.id = t.contract_id WHERE t.status = 'ACTIVE' ORDER BY t.person_key`,
  );
  const expected = kit.city.households
    .filter((h) => h.land?.transfer)
    .map((h) => {
      const t = h.land!.transfer!;
      return { person_key: h.headKey, area: t.areaHundredths, rent: String(t.rentPerMuYuan * t.areaHundredths), group: t.specialGroup };
    })
    .sort((a, b) => (a.person_key < b.person_key ? -1 : 1));
  expect(
    rows.map((r: any) => ({ person_key: r.person_key, area: hundredthsOf(r.area_mu), rent: r.annual_rent_fen, group: r.special_group })),
  ).toEqual(expected);
  expect(rows.every((r: any) => r.within)).toBe(true);
  const contracts = await kit.db.query('SELECT region_code, extended_on IS NOT NULL AS extended FROM land_contract');
  expect(contracts.every((c: any) => c.extended === EXTENSION_PILOTS.includes(c.region_code))).toBe(true);
});

test("the demo city's land is Henan's at a city's size: ~90% of rural households contracted, ~35% transferred, more where the head cannot farm", () => {
  const city = generateCity({ people: 20_000, seed: 11, personKeySecret: kit.personKeySecret });
  const rural = city.households.filter((h) => !h.urban);
  const contracted = rural.filter((h) => h.land);
  const share = (hs: typeof rural) => hs.filter((h) => h.land!.transfer).length / hs.length;
  const tekun = contracted.filter((h) => h.cases.some((c) => c.program === 'EXTREME_POVERTY_SUPPORT' && c.status === 'ACTIVE'));
  const frail = contracted.filter((h) => {
    const head = city.personByKey.get(h.headKey)!;
    return head.age >= 75 || (head.disability?.grade ?? 9) <= 2;
  });
  const area = contracted.reduce((sum, h) => sum + h.land!.areaHundredths, 0) / 100;
  const members = contracted.reduce((sum, h) => sum + h.land!.members, 0);
  const rents = contracted.filter((h) => h.land!.transfer).map((h) => h.land!.transfer!.rentPerMuYuan);
  expect(contracted.length / rural.length).toBeCloseTo(0.9, 1);
  expect(share(contracted)).toBeGreaterThan(0.3);
  expect(share(contracted)).toBeLessThan(0.4);
  expect(share(tekun)).toBeGreaterThan(0.75);
  expect(share(frail)).toBeGreaterThan(0.6);
  expect(area / members).toBeGreaterThan(1.5);
  expect(area / members).toBeLessThan(2);
  expect(Math.min(...rents)).toBeGreaterThanOrEqual(500);
  expect(Math.max(...rents)).toBeLessThanOrEqual(1000);
});

test('profiles of 100 persons cost one statement per table, the same as for 10, the transfers reading their contracts from the profile', async () => {
  // Every head with a transfer first (some 70 in the test city), then other heads and persons up to 100.
  const withTransfers = await kit.keys('SELECT DISTINCT person_key FROM land_transfer ORDER BY 1');
  const others = kit.city.persons.map((p) => p.key).filter((k) => !withTransfers.includes(k));
  const ids = [...withTransfers, ...others].slice(0, 100);
  expect(withTransfers.length).toBeGreaterThan(10);
  expect(await kit.statementsFor(ids, PROFILE)).toEqual([2, 2]);
});

describe('landHolders lists exactly the heads of ACTIVE contracts SQL finds', () => {
  /** Expects the list to list exactly the heads SQL finds, and returns them. */
  const walked = async (filter: Record<string, unknown>, sql: string, params: unknown[] = []) => {
    const expected = await kit.keys(`SELECT c.person_key FROM land_contract c WHERE c.status = 'ACTIVE' AND ${sql}`, params);
    expect(expected.length).toBeGreaterThan(3);
    await kit.expectListed('landHolders', filter, 7, expected, { anyOrder: true });
    return expected;
  };
  const ACTIVE_TRANSFER = "EXISTS (SELECT 1 FROM land_transfer t WHERE t.contract_id = c.id AND t.status = 'ACTIVE'";

  test('transferred: true, with land in an ACTIVE transfer', () => walked({ transferred: true }, `${ACTIVE_TRANSFER})`));
  test('transferred: false, farming all their land, an ended transfer not counting', async () => {
    const ids = await walked({ transferred: false }, `NOT ${ACTIVE_TRANSFER})`);
    const endedOnly = await kit.keys(
      "SELECT person_key FROM land_transfer GROUP BY person_key HAVING NOT bool_or(status = 'ACTIVE') ORDER BY 1",
    );
    expect(endedOnly.length).toBeGreaterThan(0);
    expect(ids).toEqual(expect.arrayContaining(endedOnly));
  });
  test('specialGroup, with an ACTIVE transfer arranged for the group', () =>
    walked({ specialGroup: 'ELDERLY' }, `${ACTIVE_TRANSFER} AND t.special_group = 'ELDERLY')`));
  test('minAreaMu and regionCode, at least the area in the county, the bound included', async () => {
    const [{ area }] = await kit.db.query(
      "SELECT area_mu::text AS area FROM land_contract WHERE region_code = '411328' ORDER BY area_mu LIMIT 1 OFFSET 5",
    );
    await walked({ minAreaMu: Number(area), regionCode: '411328' }, "c.area_mu >= $1 AND c.region_code = '411328'", [area]);
  });
});
