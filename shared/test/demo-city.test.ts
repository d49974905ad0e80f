// The demo city: deterministic, valid identities, realistic shares.
import { generateCity, isAssisted } from '../src/demo/city';
import { parseIdNumber } from '../src/id-number';
import { isRegionCode } from '../src/regions';

const city = generateCity({ people: 20000, seed: 11, personKeySecret: 'test-secret-of-thirty-two-characters!!' });

test('one seed gives one city', () => {
  const again = generateCity({ people: 500, seed: 11, personKeySecret: 'test-secret-of-thirty-two-characters!!' });
  const first = generateCity({ people: 500, seed: 11, personKeySecret: 'test-secret-of-thirty-two-characters!!' });
  expect(again.persons.map((p) => p.idNumber)).toEqual(first.persons.map((p) => p.idNumber));
});

test('it has exactly the people asked for, each with a valid unique ID number and a region of the city', () => {
  expect(city.persons).toHaveLength(20000);
  expect(new Set(city.persons.map((p) => p.idNumber)).size).toBe(20000);
  for (const p of city.persons) {
    expect(parseIdNumber(p.idNumber)).toBe(p.idNumber);
    expect(isRegionCode(p.regionCode)).toBe(true);
  }
});

test('households average about 2.6 people, each with one head', () => {
  const avg = city.persons.length / city.households.length;
  expect(avg).toBeGreaterThan(2.4);
  expect(avg).toBeLessThan(2.8);
  for (const h of city.households) expect(h.memberKeys.filter((k) => city.personByKey.get(k)!.relation === 'HEAD')).toHaveLength(1);
});

test('about 3-5% of people live in an active 低保 household and about 6% are disabled', () => {
  const onDibao = city.households
    .filter((h) => h.cases.some((c) => c.program === 'MINIMUM_LIVING_ALLOWANCE' && c.status === 'ACTIVE'))
    .reduce((n, h) => n + h.memberKeys.length, 0);
  expect(onDibao / city.persons.length).toBeGreaterThan(0.03);
  expect(onDibao / city.persons.length).toBeLessThan(0.05);
  const disabled = city.persons.filter((p) => p.disability).length / city.persons.length;
  expect(disabled).toBeGreaterThan(0.045);
  expect(disabled).toBeLessThan(0.075);
});

test('a 低保 benefit is positive and no household is both on 低保 and merely certified low-income', () => {
  for (const h of city.households.filter((x) => isAssisted(x))) {
    const dibao = h.cases.find((c) => c.program === 'MINIMUM_LIVING_ALLOWANCE' && c.status === 'ACTIVE');
    if (dibao) expect(dibao.monthlyAmountFen).toBeGreaterThan(0);
    expect(h.cases.some((c) => c.program === 'LOW_INCOME_CERTIFICATION' && c.status === 'ACTIVE')).toBe(false);
  }
});

test('each person lists the agencies that hold records on them: civil affairs always, the others by their latent facts', () => {
  for (const p of city.persons) {
    expect(p.recordHolders[0]).toBe('civil-affairs');
    expect(p.recordHolders.includes('education')).toBe(Boolean(p.schooling));
    expect(p.recordHolders.includes('disabled-persons')).toBe(Boolean(p.disability));
    expect(p.recordHolders.includes('health')).toBe(Boolean(p.health));
    expect(p.recordHolders.includes('trade-union')).toBe(Boolean(p.tradeUnion));
  }
  const share = (agency: string) => city.persons.filter((p) => p.recordHolders.includes(agency)).length / city.persons.length;
  // Human resources holds nearly everyone (work or resident insurance); the unions and housing far fewer.
  expect(share('human-resources')).toBeGreaterThan(0.95);
  expect(share('housing')).toBeGreaterThan(0.2);
  expect(share('housing')).toBeLessThan(0.6);
  expect(share('trade-union')).toBeGreaterThan(0);
  expect(share('trade-union')).toBeLessThan(0.1);
});
