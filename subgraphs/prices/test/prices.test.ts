// The price bureau's reads against the real PostgreSQL server: profiles, the seed against the demo city, batching, what
// each filter means. Refusals, views per role, paging, bad input and the access log: contract.test.ts.
import { formatMoney } from '../../../shared/src/money';
import { REGIONS } from '../../../shared/src/regions';
import { agencyTestKit } from '../../../test/support/agency';
import { addMonths, formatIndex, formatRatio, monthOf } from '../src/figures';
import { CATEGORIES } from '../src/rules';
import { demoPriceIndices, SERIES_BEGINS } from '../src/seed';

const kit = agencyTestKit('prices', { people: 3000 });
const PROFILE = `id priceSurvey {
  household { person { id } region { code } stratum sampledOn status withdrawnOn version }
  months { id month householdSize spending { category perCapita } totalPerCapita recordedOn version } }`;
const sorted = (keys: string[]) => [...keys].sort();
const COLUMNS = CATEGORIES.map((c) => `${c.toLowerCase()}_fen`);

describe('profiles', () => {
  test("a survey head resolved by entity carries the household and its months, newest first, spending in the categories' order", async () => {
    const [key] = await kit.keys('SELECT person_key FROM survey_month GROUP BY 1 HAVING count(*) > 3 ORDER BY 1 LIMIT 1');
    const res = await kit.entities([key], PROFILE, 'caseworker');
    expect(res.errors).toBeUndefined();
    const [h] = await kit.db.query('SELECT * FROM survey_household WHERE person_key = $1', [key]);
    const months = await kit.db.query('SELECT * FROM survey_month WHERE person_key = $1 ORDER BY month DESC', [key]);
    expect(res.data!._entities[0]).toEqual({
      id: key,
      priceSurvey: {
        household: {
          person: { id: key },
          region: { code: h.region_code },
          stratum: h.stratum,
          sampledOn: h.sampled_on,
          status: h.status,
          withdrawnOn: h.withdrawn_on,
          version: 1,
        },
        months: months.map((m: Record<string, string>) => ({
          id: m.id,
          month: m.month,
          householdSize: m.household_size,
          spending: CATEGORIES.map((category, i) => ({ category, perCapita: formatMoney(m[COLUMNS[i]]) })),
          totalPerCapita: formatMoney(COLUMNS.reduce((sum, c) => sum + BigInt(m[c]), 0n)),
          recordedOn: m.recorded_on,
          version: 1,
        })),
      },
    });
  });

  test('the other members of a survey household resolve with a null profile: the bureau keeps the household against its head', async () => {
    const h = kit.city.households.find((x) => x.priceSurvey && x.memberKeys.length > 1)!;
    const member = h.memberKeys.find((k) => k !== h.headKey)!;
    const res = await kit.entities([member], PROFILE, 'caseworker');
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toEqual([{ id: member, priceSurvey: null }]);
  });

  test('profiles of 100 persons cost one statement per table, the same as for 10', async () => {
    const heads = kit.city.households.filter((h) => h.priceSurvey).map((h) => h.headKey);
    const others = kit.city.persons.map((p) => p.key).filter((k) => !heads.includes(k));
    const ids = [...heads, ...others].slice(0, 100);
    expect(await kit.statementsFor(ids, PROFILE)).toEqual([2, 2]);
  });
});

describe('the seed against the demo city', () => {
  test('the survey households are exactly the heads the demo city sampled, in their county and stratum, with their ID numbers', async () => {
    const rows = await kit.db.query('SELECT person_key, id_number, region_code, stratum FROM survey_household ORDER BY person_key');
    const expected = kit.city.households
      .filter((h) => h.priceSurvey)
      .map((h) => {
        const head = kit.city.personByKey.get(h.headKey)!;
        return { person_key: head.key, id_number: head.idNumber, region_code: h.regionCode, stratum: h.priceSurvey!.stratum };
      })
      .sort((a, b) => (a.person_key < b.person_key ? -1 : 1));
    expect(rows).toEqual(expected);
  });

  test('every county surveys some of its 低保 and low-income households, and no other household', async () => {
    for (const h of kit.city.households.filter((x) => x.priceSurvey)) {
      const programs = h.cases.filter((c) => c.status === 'ACTIVE').map((c) => c.program);
      expect({ household: h.id, programs }).toEqual({ household: h.id, programs: expect.arrayContaining([h.priceSurvey!.stratum]) });
    }
    const counties = await kit.keys('SELECT DISTINCT region_code FROM survey_household ORDER BY 1');
    expect(counties).toEqual(REGIONS.map((r) => r.code).sort());
  });

  test('a household records each month from the month after it was sampled to the last month filed by the city’s today, missing few', async () => {
    const spans = await kit.db.query(`
      SELECT h.person_key, h.sampled_on, h.withdrawn_on, count(m.id)::int AS months, min(m.month) AS first, max(m.month) AS last,
             bool_and(m.recorded_on >= (m.month || '-01')::date + interval '1 month') AS after_month
      FROM survey_household h JOIN survey_month m USING (person_key) GROUP BY 1, 2, 3`);
    const lastFiled = addMonths(monthOf(kit.city.today), -2);
    let expectedMonths = 0;
    let recorded = 0;
    for (const s of spans) {
      expect(s.after_month).toBe(true);
      const first = [SERIES_BEGINS, addMonths(monthOf(s.sampled_on), 1)].sort()[1];
      expect(s.first >= first).toBe(true);
      expect(s.last <= (s.withdrawn_on ? addMonths(monthOf(s.withdrawn_on), -1) : addMonths(monthOf(kit.city.today), -1))).toBe(true);
      const end = s.withdrawn_on ? addMonths(monthOf(s.withdrawn_on), -1) : lastFiled;
      expectedMonths += Math.max(
        0,
        (Number(end.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(end.slice(5)) - Number(first.slice(5)) + 1,
      );
      recorded += s.months;
    }
    expect(recorded / expectedMonths).toBeGreaterThan(0.9);
  });

  test('survey households spend about what their income and 低保 benefit give them per person', async () => {
    const totals = await kit.db.query(
      `SELECT person_key, avg(${COLUMNS.join(' + ')})::float AS spent, avg(food_fen)::float / avg(${COLUMNS.join(' + ')})::float AS engel
       FROM survey_month GROUP BY 1`,
    );
    const ratios = totals.map((t: { person_key: string; spent: number }) => {
      const h = kit.city.householdById.get(kit.city.personByKey.get(t.person_key)!.householdId)!;
      const benefit = h.cases.find((c) => c.status === 'ACTIVE' && c.program === 'MINIMUM_LIVING_ALLOWANCE')?.monthlyAmountFen ?? 0;
      const disposable = h.perCapitaIncomeFen + benefit / h.memberKeys.length;
      return t.spent / Math.max(disposable, 35_000);
    });
    const median = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)];
    expect(median).toBeGreaterThan(0.9);
    expect(median).toBeLessThan(1.2);
    expect(Math.min(...ratios)).toBeGreaterThan(0.6);
    expect(Math.max(...ratios)).toBeLessThan(1.8);
    // Food takes 40-50% of a low-income household's spending on average (its Engel coefficient), 30-60% in any one.
    const engel = totals.map((t: { engel: number }) => t.engel);
    const mean = engel.reduce((sum: number, e: number) => sum + e, 0) / engel.length;
    expect([mean > 0.4, mean < 0.5, Math.min(...engel) > 0.3, Math.max(...engel) < 0.6]).toEqual([true, true, true, true]);
  });

  test("the indices are the demo series: each month from 2024-01 while published by the city's today, both kinds", async () => {
    const rows = await kit.db.query(
      'SELECT id, kind, month, value_tenths, published_on, correction_reason, version FROM price_index ORDER BY id',
    );
    const expected = demoPriceIndices(kit.city);
    expect(rows.map((r: Record<string, unknown>) => r.id)).toEqual(expected.map((i) => i.id));
    expect(rows).toEqual(
      expected.map((i) => ({
        id: i.id,
        kind: i.kind,
        month: i.month,
        value_tenths: i.valueTenths,
        published_on: i.publishedOn,
        correction_reason: null,
        version: 1,
      })),
    );
    const months = [...new Set(expected.map((i) => i.month!))];
    expect(months[0]).toBe(SERIES_BEGINS);
    months.forEach((m, i) => i > 0 && expect(m).toBe(addMonths(months[i - 1], 1)));
    expect(expected.every((i) => i.publishedOn! > `${i.month}-31` && i.publishedOn! <= kit.city.today)).toBe(true);
    // The month just over is not published yet on the city's today (the 1st).
    expect(months[months.length - 1] < addMonths(monthOf(kit.city.today), -1)).toBe(true);
  });

  test('the series is the same for one seed and differs for another', () => {
    expect(demoPriceIndices({ seed: 7, today: '2026-11-01' })).toEqual(demoPriceIndices({ seed: 7, today: '2026-11-01' }));
    expect(demoPriceIndices({ seed: 8, today: '2026-11-01' })).not.toEqual(demoPriceIndices({ seed: 7, today: '2026-11-01' }));
  });

  test('CPI stays near 99-103 and food CPI swings wider with the pork cycle, for any seed', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const series = demoPriceIndices({ seed, today: '2026-11-01' });
      const values = (kind: string) => series.filter((i) => i.kind === kind).map((i) => i.valueTenths! / 10);
      const [cpi, food] = [values('CPI'), values('FOOD_CPI')];
      const range = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
      expect({ seed, low: Math.min(...cpi) >= 98, high: Math.max(...cpi) <= 104 }).toEqual({ seed, low: true, high: true });
      expect({ seed, wider: range(food) > 2 * range(cpi), swings: range(food) >= 5 }).toEqual({ seed, wider: true, swings: true });
    }
  });

  test("each county's price basis is its 低保 standard as civil affairs sets it, adjusted to a published CPI month", async () => {
    const res = await kit.post(
      '{ standardPriceBases { region { code } standard effectiveFrom foodBasket cpiMonth ratio } }',
      {},
      'analyst',
      'STATISTICS',
    );
    expect(res.errors).toBeUndefined();
    const published = new Set(await kit.keys('SELECT month FROM price_index'));
    const dibao = kit.city.standards
      .filter((s) => s.program === 'MINIMUM_LIVING_ALLOWANCE')
      .sort((a, b) => (a.regionCode < b.regionCode ? -1 : 1));
    expect(
      res.data!.standardPriceBases.map((b: { region: { code: string }; standard: string; effectiveFrom: string }) => [
        b.region.code,
        b.standard,
        b.effectiveFrom,
      ]),
    ).toEqual(dibao.map((s) => [s.regionCode, formatMoney(s.monthlyAmountFen), s.effectiveFrom]));
    for (const b of res.data!.standardPriceBases) {
      expect(published.has(b.cpiMonth)).toBe(true);
      expect(b.cpiMonth < monthOf(b.effectiveFrom)).toBe(true);
      const [standard, basket] = [BigInt(b.standard.replace('.', '')), BigInt(b.foodBasket.replace('.', ''))];
      expect(b.ratio).toBe(formatRatio(standard, basket));
      expect(Number(b.ratio)).toBeGreaterThanOrEqual(2);
      expect(Number(b.ratio)).toBeLessThanOrEqual(2.45);
    }
  });
});

describe('what the filters mean', () => {
  test('a county and a stratum narrow the survey households to exactly those SQL finds, walked page by page', async () => {
    const [{ region_code: region }] = await kit.db.query(
      'SELECT region_code FROM survey_household GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1',
    );
    const expected = await kit.keys(
      "SELECT person_key FROM survey_household WHERE region_code = $1 AND stratum = 'MINIMUM_LIVING_ALLOWANCE'",
      [region],
    );
    expect(expected.length).toBeGreaterThan(0);
    await kit.expectListed('surveyHouseholds', { regionCode: region, stratum: 'MINIMUM_LIVING_ALLOWANCE' }, 1, expected, {
      anyOrder: true,
    });
  });

  test('a month lists the households that recorded it, and no household that missed it', async () => {
    const month = '2025-06';
    const expected = await kit.keys('SELECT person_key FROM survey_month WHERE month = $1', [month]);
    expect(expected.length).toBeGreaterThan(5);
    await kit.expectListed('surveyHouseholds', { month }, 5, expected, { anyOrder: true });
  });

  test('a status lists the households that left the survey apart from those that keep accounts', async () => {
    await kit.db.query(
      `UPDATE survey_household SET status = 'WITHDRAWN', withdrawn_on = '2026-10-15', withdrawn_reason = '本人要求退出调查', version = 2
       WHERE person_key = (SELECT min(person_key) FROM survey_household WHERE status = 'ACTIVE')`,
    );
    const withdrawn = await kit.walk('surveyHouseholds', { status: 'WITHDRAWN' }, 10);
    const active = await kit.walk('surveyHouseholds', { status: 'ACTIVE' }, 10);
    expect(sorted(withdrawn.ids)).toEqual(await kit.keys("SELECT person_key FROM survey_household WHERE status = 'WITHDRAWN' ORDER BY 1"));
    expect(sorted(active.ids)).toEqual(await kit.keys("SELECT person_key FROM survey_household WHERE status = 'ACTIVE' ORDER BY 1"));
  });

  test('indices of a kind between two months come in month order, both months included', async () => {
    const res = await kit.post(
      `{ priceIndices(filter: { kind: FOOD_CPI, from: "2025-03", to: "2025-08" }, first: 100) { totalCount nodes { id kind month value publishedOn } } }`,
      {},
      'auditor',
      'AUDIT',
    );
    expect(res.errors).toBeUndefined();
    const rows = await kit.db.query(
      "SELECT id, kind, month, value_tenths, published_on FROM price_index WHERE kind = 'FOOD_CPI' AND month BETWEEN '2025-03' AND '2025-08' ORDER BY month",
    );
    expect(rows.map((r: { month: string }) => r.month)).toEqual(['2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08']);
    expect(res.data!.priceIndices).toEqual({
      totalCount: 6,
      nodes: rows.map((r: { id: string; kind: string; month: string; value_tenths: number; published_on: string }) => ({
        id: r.id,
        kind: r.kind,
        month: r.month,
        value: formatIndex(r.value_tenths),
        publishedOn: r.published_on,
      })),
    });
  });

  test('without a kind, a month lists its CPI before its food CPI', async () => {
    const res = await kit.post(
      '{ priceIndices(filter: { from: "2025-01", to: "2025-01" }) { nodes { id } } }',
      {},
      'analyst',
      'STATISTICS',
    );
    expect(res.data!.priceIndices.nodes).toEqual([{ id: '2025-01:CPI' }, { id: '2025-01:FOOD_CPI' }]);
  });

  test('standardPriceBases of one county gives that county alone, and refuses a code the city does not have', async () => {
    const res = await kit.post('{ standardPriceBases(regionCode: "411381") { region { code } } }', {}, 'analyst', 'STATISTICS');
    expect(res.data!.standardPriceBases).toEqual([{ region: { code: '411381' } }]);
    const bad = await kit.post('{ standardPriceBases(regionCode: "110105") { region { code } } }', {}, 'analyst', 'STATISTICS');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionCode' });
  });
});
