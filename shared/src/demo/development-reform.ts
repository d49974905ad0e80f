// Which 特困 persons of the demo city live in a support institution (集中供养), and how much care each needs: the
// development and reform commission's latent facts. Its seed draws the rest (institutions, dates, projects, targets).
import { activePrograms } from './assistance';
import type { DemoCity, DemoHousehold, DemoPerson } from './city';
import { Rng } from './rng';

/** 护理等级: how much care a resident needs, as the institution assessed it on admission. */
export type DemoCareLevel = 'SELF_CARE' | 'PARTIAL_CARE' | 'FULL_CARE';

/** A 特困 person's placement in a support institution. */
export interface DemoCarePlacement {
  careLevel: DemoCareLevel;
  /** Lives in the institution now; false for one who has moved out (back to dispersed support, 分散供养). */
  current: boolean;
}

declare module './city' {
  interface DemoPerson {
    /** Where the development and reform commission's records place the person; absent when never placed. */
    carePlacement?: DemoCarePlacement;
  }
}

/** About a third of 特困 persons in Henan are in centralised care (集中供养), most of them elderly or severely disabled. */
export const CENTRALISED_SHARE = 1 / 3;
/** Persons who once lived in an institution and moved out, for every one living in one now. */
export const MOVED_OUT_SHARE = 0.06;
/** 特困 minors are cared for by children's welfare institutions (儿童福利机构), not by support institutions. */
export const ADULT_AGE = 16;

const CARE_NEEDING_CATEGORIES = new Set(['INTELLECTUAL', 'MENTAL']);

/** Needs care: elderly, disabled grade 1-2, or otherwise unable to live alone (an intellectual or mental disability, a disabled chronic patient). */
export function needsCare(p: DemoPerson): boolean {
  if (p.age < ADULT_AGE) return false;
  const d = p.disability;
  return p.age >= 60 || (d !== undefined && (d.grade <= 2 || CARE_NEEDING_CATEGORIES.has(d.category) || p.chronicIllness));
}

/** How strongly a person's need draws them into an institution: the oldest and most disabled first. */
function placementWeight(p: DemoPerson): number {
  const grade = p.disability?.grade ?? 9;
  return (
    (p.age >= 80 ? 2 : p.age >= 70 ? 1.4 : 1) *
    (grade <= 2 ? 3 : grade <= 4 ? 1.5 : 1) *
    (p.disability && CARE_NEEDING_CATEGORIES.has(p.disability.category) ? 1.5 : 1) *
    (p.chronicIllness ? 1.3 : 1)
  );
}

function careLevelOf(rng: Rng, p: DemoPerson): DemoCareLevel {
  const grade = p.disability?.grade;
  if (grade === 1) return rng.chance(0.85) ? 'FULL_CARE' : 'PARTIAL_CARE';
  const level = rng.weighted<DemoCareLevel>(
    grade === 2
      ? [
          ['FULL_CARE', 45],
          ['PARTIAL_CARE', 45],
          ['SELF_CARE', 10],
        ]
      : p.age >= 85
        ? [
            ['FULL_CARE', 20],
            ['PARTIAL_CARE', 40],
            ['SELF_CARE', 40],
          ]
        : p.age >= 75
          ? [
              ['FULL_CARE', 8],
              ['PARTIAL_CARE', 27],
              ['SELF_CARE', 65],
            ]
          : [
              ['FULL_CARE', 3],
              ['PARTIAL_CARE', 12],
              ['SELF_CARE', 85],
            ],
  );
  return level === 'SELF_CARE' && (p.chronicIllness || p.disability) && rng.chance(0.15) ? 'PARTIAL_CARE' : level;
}

/** The persons of households on 特困 support (an ACTIVE EXTREME_POVERTY_SUPPORT case), in the city's order. */
export function supportedPersons(city: Pick<DemoCity, 'households' | 'personByKey'>): DemoPerson[] {
  return city.households
    .filter((h) => activePrograms(h).has('EXTREME_POVERTY_SUPPORT'))
    .flatMap((h) => h.memberKeys.map((k) => city.personByKey.get(k)!));
}

/**
 * Places a third of 特困 persons (at least one when any needs care) in an institution, drawn among those who need
 * care with weights for age and disability (Efraimidis-Spirakis keys: a weighted draw without replacement), and a
 * few more who have moved out. Linear in the city but for a sort of the 特困 persons, 0.4% of it.
 */
export function assignDevelopmentReform(city: Pick<DemoCity, 'households' | 'personByKey'>, rng: Rng): void {
  const draw = rng.fork('placements');
  const levels = rng.fork('care-levels');
  const supported = supportedPersons(city);
  const ranked = supported
    .filter(needsCare)
    .map((p) => ({ p, key: -Math.log(1 - draw.next()) / placementWeight(p) }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.p);
  if (ranked.length === 0) return;
  const current = Math.min(ranked.length, Math.max(1, Math.round(supported.length * CENTRALISED_SHARE)));
  const movedOut = Math.min(ranked.length - current, Math.round(current * MOVED_OUT_SHARE));
  ranked.slice(0, current + movedOut).forEach((p, i) => {
    p.carePlacement = { careLevel: careLevelOf(levels, p), current: i < current };
  });
}

/** Whether the commission holds records on `p`: anyone it has ever placed in an institution. */
export const holdsDevelopmentReform = (p: DemoPerson, _h: DemoHousehold): boolean => p.carePlacement !== undefined;
