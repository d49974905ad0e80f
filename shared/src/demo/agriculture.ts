// The agriculture commission's latent facts in the demo city: the contracted land of rural households (kept
// against the head) and the part of it transferred out, decided here because they decide whom it holds records on.
import { activePrograms } from './assistance';
import type { DemoCity, DemoHousehold, DemoPerson } from './city';
import { Rng } from './rng';

/** The groups a land transfer may be arranged for, as the city's division of duties names them. */
export type LandSpecialGroup = 'EXTREME_POVERTY' | 'DISABLED' | 'ELDERLY';

/** The part of a household's contracted land transferred out now (土地流转), one transfer. */
export interface DemoLandTransfer {
  /** Hundredths of a mu (0.01 亩), at most the contract's area. */
  areaHundredths: number;
  /** Yuan per mu a year: 500 to 1,000 in Henan. */
  rentPerMuYuan: number;
  /** Arranged by the village for a household that cannot farm its land; null for an ordinary transfer. */
  specialGroup: LandSpecialGroup | null;
}

/** A rural household's contracted land (家庭承包), as the commission records it against the household's head. */
export interface DemoLand {
  /** Members the land was contracted for in the second round (承包方家庭成员): 增人不增地，减人不减地. */
  members: number;
  /** Hundredths of a mu (0.01 亩). */
  areaHundredths: number;
  /** What is transferred out now; null when the household farms all of it. */
  transfer: DemoLandTransfer | null;
  /** An earlier transfer of the land has ended (its term ran out, or it was rescinded). */
  endedTransfer: boolean;
}

declare module './city' {
  interface DemoHousehold {
    /** The household's contracted land; absent for urban households and the few rural ones without a contract. */
    land?: DemoLand;
  }
}

/** Share of rural households with a contract: nearly all; the rest gave their land up or were never allotted any. */
const CONTRACTED = 0.9;
/** The second round contracted land to the household as it was at the end of 1998: its members born by then. */
const SECOND_ROUND_CENSUS = '1998-12-31';
/** Mu per contracted member in Nanyang: about 1.5 to 2. */
const MU_PER_MEMBER = { mean: 1.75, sd: 0.25, min: 1, max: 2.6 };
/** Shares of contracts transferred out, by who heads the household: about 35% overall, as in Henan. */
const TRANSFERRED = { extremePoverty: 0.9, frail: 0.75, ageing: 0.5, others: 0.3 };
/** Shares of those transfers arranged for the group (the rest the household arranged itself). */
const ARRANGED = { extremePoverty: 0.95, frail: 0.8, ageing: 0.35 };
/** Share of transfers of the whole contract; the others transfer part of it. */
const WHOLE = 0.65;
const ENDED_TRANSFER = 0.06;

/** Who heads the household, as it bears on farming: 特困, unable to farm (aged 75+ or severely disabled), ageing or disabled. */
function headGroup(h: DemoHousehold, head: DemoPerson): { kind: keyof typeof TRANSFERRED; group: LandSpecialGroup | null } {
  if (activePrograms(h).has('EXTREME_POVERTY_SUPPORT')) return { kind: 'extremePoverty', group: 'EXTREME_POVERTY' };
  const grade = head.disability?.grade ?? 9;
  if (grade <= 2) return { kind: 'frail', group: 'DISABLED' };
  if (head.age >= 75) return { kind: 'frail', group: 'ELDERLY' };
  if (grade <= 4) return { kind: 'ageing', group: 'DISABLED' };
  if (head.age >= 65) return { kind: 'ageing', group: 'ELDERLY' };
  return { kind: 'others', group: null };
}

/** Sets `land` on the rural households with a contract; linear in the city's size. */
export function assignAgriculture(city: Pick<DemoCity, 'households' | 'personByKey'>, rng: Rng): void {
  const contracts = rng.fork('contracts');
  const transfers = rng.fork('transfers');
  for (const h of city.households) {
    if (h.urban || !contracts.chance(CONTRACTED)) continue;
    const members = h.memberKeys.map((k) => city.personByKey.get(k)!);
    const head = city.personByKey.get(h.headKey)!;
    const bornBy = members.filter((m) => m.birthDate <= SECOND_ROUND_CENSUS).length;
    // Members who died or moved away since keep their share: an older head's household had more then.
    const gone = head.age >= 50 ? contracts.int(0, 2) : 0;
    const contracted = Math.max(1, bornBy + gone);
    const perMember = contracts.normal(MU_PER_MEMBER.mean, MU_PER_MEMBER.sd, MU_PER_MEMBER.min, MU_PER_MEMBER.max);
    const areaHundredths = Math.max(50, Math.round(contracted * perMember * 100));
    const { kind, group } = headGroup(h, head);
    let transfer: DemoLandTransfer | null = null;
    if (transfers.chance(TRANSFERRED[kind])) {
      const part = transfers.chance(WHOLE) ? 1 : 0.3 + transfers.next() * 0.6;
      transfer = {
        areaHundredths: Math.max(1, Math.round(areaHundredths * part)),
        rentPerMuYuan: transfers.int(50, 100) * 10,
        specialGroup: kind !== 'others' && transfers.chance(ARRANGED[kind]) ? group : null,
      };
    }
    h.land = { members: contracted, areaHundredths, transfer, endedTransfer: transfers.chance(ENDED_TRANSFER) };
  }
}

/** Whether the commission holds records on `p`: the head of a household with contracted land. */
export const holdsAgriculture = (p: DemoPerson, h: DemoHousehold): boolean => h.land !== undefined && p.key === h.headKey;
