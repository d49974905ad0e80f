// Housing's share of the demo city: heads' (and spouses') registered property, and housing assistance.
import { DataSource } from 'typeorm';
import { insertMany } from '../../../shared/src/db';
import { addDays, DemoCity, DemoHousehold, DemoPerson, isAssisted, uuid } from '../../../shared/src/demo/city';
import { address } from '../../../shared/src/demo/names';
import { Rng } from '../../../shared/src/demo/rng';
import { findRegion } from '../../../shared/src/regions';
import { HousingAssistance, PropertyHolding } from './entities';
import type { HousingAssistanceKind, PropertyKind } from './generated/graphql';

type Holding = Partial<PropertyHolding>;
type Assistance = Partial<HousingAssistance>;

const ESTATES = ['幸福', '安居', '和谐', '惠民', '阳光', '康宁'];

/** Square metres with two decimals, as the register records them. */
const area = (rng: Rng, min: number, max: number) => (Math.round((min + rng.next() * (max - min)) * 100) / 100).toFixed(2);

const yuan = (amount: number) => String(Math.round(amount) * 100);

function certificateNumber(rng: Rng, regionName: string, registeredOn: string): string {
  return `豫(${registeredOn.slice(0, 4)})${regionName}不动产权第${String(rng.int(1, 9_999_999)).padStart(7, '0')}号`;
}

/** Registered some time after the head turned 22, within the last 30 years. */
function registeredOn(rng: Rng, today: string, head: DemoPerson): string {
  const latest = Math.max(200, Math.min(30 * 365, (head.age - 22) * 365));
  return addDays(today, -rng.int(100, latest));
}

/** One property, held by the head alone or co-held with the spouse (half each). */
function holdingsOf(
  rng: Rng,
  h: DemoHousehold,
  owners: DemoPerson[],
  kind: PropertyKind,
  areaSqm: string,
  where: string,
  today: string,
): Holding[] {
  const regionName = findRegion(h.regionCode)!.name;
  const on = registeredOn(rng, today, owners[0]);
  const certificate = certificateNumber(rng, regionName, on);
  const share = (1 / owners.length).toFixed(3);
  return owners.map((o) => ({
    id: uuid(rng),
    idNumber: o.idNumber,
    personKey: o.key,
    regionCode: h.regionCode,
    kind,
    areaSqm,
    address: where,
    certificateNumber: certificate,
    registeredOn: on,
    share,
  }));
}

function secondProperty(rng: Rng, h: DemoHousehold, head: DemoPerson, today: string): Holding[] {
  const regionName = findRegion(h.regionCode)!.name;
  const kind = rng.weighted([
    ['RESIDENTIAL', 50],
    ['PARKING', 35],
    ['COMMERCIAL', 15],
  ] as const);
  const street = address(rng, regionName, true);
  if (kind === 'RESIDENTIAL') return holdingsOf(rng, h, [head], kind, area(rng, 40, 140), street, today);
  if (kind === 'COMMERCIAL')
    return holdingsOf(rng, h, [head], kind, area(rng, 20, 150), street.replace(/\d+栋.*$/, `${rng.int(1, 30)}号商铺`), today);
  return holdingsOf(
    rng,
    h,
    [head],
    kind,
    area(rng, 12, 20),
    street.replace(/\d+栋.*$/, `地下车位B${rng.int(1, 2)}-${rng.int(1, 400)}`),
    today,
  );
}

function renovation(rng: Rng, h: DemoHousehold, head: DemoPerson, today: string, unsafeNow: boolean): Assistance {
  // A house judged unsafe now is mostly being (or about to be) renovated; others were renovated years ago.
  const status = unsafeNow
    ? rng.weighted([
        ['COMPLETED', 55],
        ['ACTIVE', 25],
        ['APPROVED', 15],
        ['APPLIED', 5],
      ] as const)
    : rng.weighted([
        ['COMPLETED', 88],
        ['ACTIVE', 7],
        ['APPROVED', 5],
      ] as const);
  const start = addDays(today, status === 'COMPLETED' ? -rng.int(400, 2500) : status === 'ACTIVE' ? -rng.int(30, 240) : -rng.int(5, 90));
  return {
    id: uuid(rng),
    idNumber: head.idNumber,
    personKey: head.key,
    regionCode: h.regionCode,
    kind: 'DILAPIDATED_RENOVATION',
    status,
    amountFen: status === 'APPLIED' ? null : yuan(rng.int(150, 350) * 100),
    startDate: start,
    endDate: status === 'COMPLETED' ? addDays(start, rng.int(90, 270)) : null,
    unitAddress: h.address,
  };
}

function rentalAssistance(
  rng: Rng,
  h: DemoHousehold,
  head: DemoPerson,
  today: string,
  kind: Exclude<HousingAssistanceKind, 'DILAPIDATED_RENOVATION'>,
): Assistance {
  const regionName = findRegion(h.regionCode)!.name;
  const status = rng.weighted([
    ['ACTIVE', 84],
    ['APPLIED', 5],
    ['APPROVED', 4],
    ['TERMINATED', 5],
    ['REJECTED', 2],
  ] as const);
  const start = addDays(today, status === 'TERMINATED' ? -rng.int(900, 2500) : status === 'ACTIVE' ? -rng.int(60, 2000) : -rng.int(5, 90));
  const end = status === 'TERMINATED' ? addDays(start, rng.int(365, 800)) : status === 'REJECTED' ? addDays(start, rng.int(0, 4)) : null;
  const decided = status !== 'APPLIED' && status !== 'REJECTED';
  // Public rental: rent of 3-8 yuan per square metre a month on a 40-60 square-metre unit.
  const amount = kind === 'PUBLIC_RENTAL' ? rng.int(40, 60) * (rng.int(300, 800) / 100) : rng.int(20, 60) * 10;
  const unit =
    kind === 'PUBLIC_RENTAL'
      ? `${regionName}${rng.pick(ESTATES)}公租房小区${rng.int(1, 20)}栋${rng.int(1, 4)}单元${rng.int(101, 1802)}室`
      : address(rng, regionName, true);
  return {
    id: uuid(rng),
    idNumber: head.idNumber,
    personKey: head.key,
    regionCode: h.regionCode,
    kind,
    status,
    amountFen: decided ? yuan(amount) : null,
    startDate: start,
    endDate: end,
    unitAddress: unit,
  };
}

export async function seed(db: DataSource, city: DemoCity): Promise<void> {
  const rng = new Rng(`${city.seed}:housing`);
  const ownership = rng.fork('ownership');
  const assistanceRng = rng.fork('assistance');
  const holdings: Holding[] = [];
  const assistance: Assistance[] = [];

  // Whether a household owns its home (with the spouse or not) and gets assistance is the city's (DemoHousehold.housing).
  for (const h of city.households) {
    const head = city.personByKey.get(h.headKey)!;
    const spouse = h.memberKeys.map((k) => city.personByKey.get(k)!).find((m) => m.relation === 'SPOUSE');
    const assisted = isAssisted(h, true);
    const { ownsHome, coOwnedWithSpouse, assistance: kind } = h.housing;
    if (ownsHome) {
      const owners = spouse && coOwnedWithSpouse ? [head, spouse] : [head];
      const [propertyKind, size]: [PropertyKind, string] = h.urban
        ? ['RESIDENTIAL', area(ownership, 50, 130)]
        : ['RURAL_HOMESTEAD', area(ownership, 90, 200)];
      holdings.push(...holdingsOf(ownership, h, owners, propertyKind, size, h.address, city.today));
      if (ownership.chance(assisted ? 0.01 : 0.09)) holdings.push(...secondProperty(ownership, h, head, city.today));
    }

    if (kind === 'DILAPIDATED_RENOVATION') assistance.push(renovation(assistanceRng, h, head, city.today, h.dilapidatedHouse));
    else if (kind) assistance.push(rentalAssistance(assistanceRng, h, head, city.today, kind));
  }

  await insertMany(db, PropertyHolding, holdings);
  await insertMany(db, HousingAssistance, assistance);
}
