// The agriculture commission's share of the demo city: the land contract of every household the city gives land
// (second-round contracts of 1998-1999, extended in two pilot counties), kept against the head and numbered from the
// household's village group, and the transfers the city decides, with transferees, terms and rents drawn here.
import { DataSource } from 'typeorm';
import { addYears } from '../../../shared/src/dates';
import { insertMany } from '../../../shared/src/db';
import type { DemoLand } from '../../../shared/src/demo/agriculture';
import { addDays, DemoCity, DemoHousehold, uuid } from '../../../shared/src/demo/city';
import { personName } from '../../../shared/src/demo/names';
import { Rng } from '../../../shared/src/demo/rng';
import { findRegion } from '../../../shared/src/regions';
import { decimalOf } from './area';
import { LandContract, LandTransfer } from './entities';
import type { LandTransfereeKind } from './generated/graphql';
import { contractsBeyondTheirLand } from './migrations/1764900012100-AgricultureTransfersWithinContract';
import { CONTRACT_YEARS, EXTENSION_YEARS } from './rules';

/** Counties that piloted the second-round extension (二轮延包试点) in the demo city: every contract there is extended. */
export const EXTENSION_PILOTS = ['411323', '411330'];
const TRANSFEREES = [
  ['COOPERATIVE', 45],
  ['ENTERPRISE', 15],
  ['FARMER', 40],
] as const;
/** Transfers the village arranges go mostly to its cooperatives. */
const ARRANGED_TRANSFEREES = [
  ['COOPERATIVE', 70],
  ['ENTERPRISE', 15],
  ['FARMER', 15],
] as const;
const CROPS = ['小麦', '玉米', '花生', '艾草', '红薯', '辣椒', '中药材'];
const FIRMS = ['丰瑞', '绿源', '金穗', '宛农', '伏牛', '仲景', '白河', '卧龙'];
const RESCINDED = ['承租方改变土地农业用途', '承租方连续两年拖欠租金', '承租方经营不善退出'];
const TRANSFERS_SINCE = '2008-01-01';

const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);
const between = (rng: Rng, from: string, to: string) => addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));
const later = (a: string, b: string) => (a > b ? a : b);

/** The village and group of a rural household's address: 唐河县人民庄3组12号 -> 人民庄, 3. */
function villageOf(h: DemoHousehold): { villageName: string; group: number } {
  const region = findRegion(h.regionCode)!;
  const m = /^(.+?)(\d+)组/.exec(h.address.slice(region.name.length));
  return m ? { villageName: m[1], group: Number(m[2]) } : { villageName: `${region.name.slice(0, 2)}村`, group: 1 };
}

export async function seed(db: DataSource, city: DemoCity): Promise<void> {
  const rng = new Rng(`${city.seed}:agriculture`);
  const ids = rng.fork('ids');
  const dates = rng.fork('dates');
  const parties = rng.fork('transferees');
  const contracts: Partial<LandContract>[] = [];
  const transfers: Partial<LandTransfer>[] = [];
  /** Each county's villages in the order met, as township and village codes; the households of each group in order. */
  const villageCodes = new Map<string, string>();
  const villagesPerCounty = new Map<string, number>();
  const households = new Map<string, number>();

  const numberOf = (h: DemoHousehold, villageName: string, group: number) => {
    const place = `${h.regionCode}:${villageName}`;
    let code = villageCodes.get(place);
    if (code === undefined) {
      const n = villagesPerCounty.get(h.regionCode) ?? 0;
      villagesPerCounty.set(h.regionCode, n + 1);
      code = `${101 + (n % 18)}${201 + Math.floor(n / 18)}`;
      villageCodes.set(place, code);
    }
    const party = `${h.regionCode}${code}${String(group).padStart(2, '0')}`;
    const seq = (households.get(party) ?? 0) + 1;
    households.set(party, seq);
    return `${party}${String(seq).padStart(4, '0')}J`;
  };

  const transferee = (kind: LandTransfereeKind, h: DemoHousehold, villageName: string) => {
    if (kind === 'COOPERATIVE') return `${findRegion(h.regionCode)!.name}${villageName}${parties.pick(CROPS)}种植专业合作社`;
    if (kind === 'ENTERPRISE') return `南阳${parties.pick(FIRMS)}农业发展有限公司`;
    const farmer = personName(parties, parties.chance(0.8) ? 'MALE' : 'FEMALE');
    return parties.chance(0.3) ? `${farmer}家庭农场` : farmer;
  };

  const transfer = (contract: Partial<LandContract>, land: DemoLand, h: DemoHousehold, villageName: string) => {
    /** A transfer of the contract's land to a transferee drawn from `kinds`. */
    const transferOf = (kinds: readonly (readonly [LandTransfereeKind, number])[]): Partial<LandTransfer> => {
      const kind = parties.weighted(kinds);
      return {
        id: uuid(ids),
        contractId: contract.id,
        personKey: contract.personKey,
        transfereeKind: kind,
        transfereeName: transferee(kind, h, villageName),
      };
    };
    const end = contract.endDate!;
    let activeFrom = later(contract.startDate!, TRANSFERS_SINCE);
    if (land.endedTransfer) {
      const startDate = between(dates, '2009-01-01', '2019-12-31');
      const endDate = addDays(addYears(startDate, 3), -1);
      const rescinded = dates.chance(0.25);
      const endedOn = rescinded ? between(dates, addDays(startDate, 90), addDays(endDate, -1)) : endDate;
      const hundredths = Math.max(1, Math.round(land.areaHundredths * (0.3 + dates.next() * 0.7)));
      transfers.push({
        ...transferOf(TRANSFEREES),
        areaMu: decimalOf(hundredths),
        annualRentFen: String(dates.int(40, 90) * 10 * hundredths),
        startDate,
        endDate,
        status: rescinded ? 'TERMINATED' : 'ENDED',
        endedOn,
        statusReason: rescinded ? parties.pick(RESCINDED) : null,
      });
      activeFrom = addDays(endedOn, 1);
    }
    const t = land.transfer;
    if (!t) return;
    const startDate = between(dates, activeFrom, addDays(city.today, -30));
    // Terms of 5 or 10 years, or to the end of the contract; never past it, and in force today.
    const term = dates.weighted([
      [5, 25],
      [10, 25],
      [null, 50],
    ] as const);
    const agreed = term === null ? end : addDays(addYears(startDate, term), -1);
    const endDate = agreed > end || agreed < addDays(city.today, 30) ? end : agreed;
    transfers.push({
      ...transferOf(t.specialGroup ? ARRANGED_TRANSFEREES : TRANSFEREES),
      areaMu: decimalOf(t.areaHundredths),
      annualRentFen: String(t.rentPerMuYuan * t.areaHundredths),
      startDate,
      endDate,
      status: 'ACTIVE',
      endedOn: null,
      specialGroup: t.specialGroup,
      statusReason: null,
    });
  };

  for (const h of city.households) {
    const land = h.land;
    if (!land) continue;
    const head = city.personByKey.get(h.headKey)!;
    const { villageName, group } = villageOf(h);
    // The second round in Henan began in 1998 or 1999 depending on the county.
    const startDate = Number(h.regionCode) % 2 === 0 ? '1998-01-01' : '1999-01-01';
    const pilot = EXTENSION_PILOTS.includes(h.regionCode);
    const secondRoundEnd = addDays(addYears(startDate, CONTRACT_YEARS), -1);
    const contract: Partial<LandContract> = {
      id: uuid(ids),
      personKey: head.key,
      idNumber: head.idNumber,
      number: numberOf(h, villageName, group),
      regionCode: h.regionCode,
      villageName,
      memberCount: land.members,
      areaMu: decimalOf(land.areaHundredths),
      startDate,
      endDate: pilot ? addYears(secondRoundEnd, EXTENSION_YEARS) : secondRoundEnd,
      extendedOn: pilot ? between(dates, '2025-03-01', addDays(city.today, -1)) : null,
      status: 'ACTIVE',
    };
    contracts.push(contract);
    transfer(contract, land, h, villageName);
  }

  await insertMany(db, LandContract, contracts);
  // The area rule's trigger checks each row at commit; for a bulk load it is off, and every contract is checked after.
  await db.query('ALTER TABLE land_transfer DISABLE TRIGGER land_transfer_within_contract');
  try {
    await insertMany(db, LandTransfer, transfers);
  } finally {
    await db.query('ALTER TABLE land_transfer ENABLE TRIGGER land_transfer_within_contract');
  }
  // Statistics first: a bulk load leaves the tables unindexed and unanalysed, and the planner would then join a
  // million people's contracts and transfers row by row (hours at 1,000,000 people, against seconds hashed).
  await db.query('ANALYZE land_contract, land_transfer');
  // Without LIMIT: a LIMIT 1 tempts the planner into a nested loop that expects an early row, where there is none
  // (27 billion row pairs at 1,000,000 people); the whole answer, hashed, is empty in a second.
  const [beyond] = await db.query(contractsBeyondTheirLand());
  if (beyond) throw new Error(`the demo city gave land contract ${beyond.number} transfers beyond it`);
}
