// The justice bureau's latent facts in the demo city: who applied for legal aid and when, and which households
// contest an assistance decision in mediation. The bureau's seed draws everything else (matters, lawyers, outcomes).
import { activePrograms, isAssisted } from './assistance';
import type { DemoCity, DemoHousehold, DemoPerson } from './city';
import { Rng } from './rng';

/** The assistance programmes whose decisions a household may contest in mediation (the unit follows from it). */
export type ContestedProgramme =
  | 'MINIMUM_LIVING_ALLOWANCE'
  | 'EXTREME_POVERTY_SUPPORT'
  | 'EDUCATION_AID'
  | 'MEDICAL_ASSISTANCE'
  | 'HOUSING_ASSISTANCE'
  | 'DISABILITY_SUBSIDY';

/** What the justice bureau holds on a person: at least one legal aid case, or a mediation. */
export interface JusticeRecords {
  /** For each legal aid case, how many whole years before the city's today it was applied for (0: within the last year). */
  legalAidYearsAgo: number[];
  /** The decision the person, as the household's applicant, contests in mediation; null when none. */
  contested: ContestedDecision | null;
}

export interface ContestedDecision {
  programme: ContestedProgramme;
  /** The day of the decision where civil affairs' case records it (a refusal or an end); null when it does not. */
  decidedOn: string | null;
  /** Why the household contests it: what the bureau's seed writes as the dispute. */
  basis: 'REFUSED' | 'ENDED' | 'SUSPENDED' | 'AMOUNT' | 'OTHER_UNIT';
}

declare module './city' {
  interface DemoPerson {
    /** What the justice bureau holds on the person; absent when nothing. */
    justice?: JusticeRecords;
  }
}

/** The years of legal aid the bureau's records cover. */
export const LEGAL_AID_YEARS = 3;
/** Yearly shares of persons who apply for legal aid: in households with an active assistance case, and the others. */
const LEGAL_AID_ASSISTED = 0.015;
const LEGAL_AID_OTHERS = 0.0005;
/**
 * Shares of households whose applicant takes a decision to mediation: a 低保 application refused or a 低保 ended (the
 * most contested), a 低保 suspended, an amount of 低保/特困 disputed, and another unit's decision by anyone.
 */
const CONTESTS_REFUSED_OR_ENDED = 0.25;
const CONTESTS_SUSPENDED = 0.1;
const CONTESTS_AMOUNT = 0.005;
const CONTESTS_OTHER_UNIT = 0.0002;
const OTHER_UNITS: readonly (readonly [ContestedProgramme, number])[] = [
  ['HOUSING_ASSISTANCE', 35],
  ['MEDICAL_ASSISTANCE', 25],
  ['EDUCATION_AID', 20],
  ['DISABILITY_SUBSIDY', 20],
];

/** The 低保/特困 (or other) decision a household's applicant contests, if any. */
function contestedDecision(rng: Rng, h: DemoHousehold): ContestedDecision | null {
  const dibao = h.cases.filter((c) => c.program === 'MINIMUM_LIVING_ALLOWANCE');
  const refusedOrEnded = dibao.find((c) => c.status === 'REJECTED' || c.status === 'TERMINATED');
  if (refusedOrEnded) {
    if (!rng.chance(CONTESTS_REFUSED_OR_ENDED)) return null;
    const basis = refusedOrEnded.status === 'REJECTED' ? 'REFUSED' : 'ENDED';
    return { programme: 'MINIMUM_LIVING_ALLOWANCE', decidedOn: refusedOrEnded.endDate, basis };
  }
  if (dibao.some((c) => c.status === 'SUSPENDED')) {
    return rng.chance(CONTESTS_SUSPENDED) ? { programme: 'MINIMUM_LIVING_ALLOWANCE', decidedOn: null, basis: 'SUSPENDED' } : null;
  }
  if (isAssisted(h)) {
    const programme = activePrograms(h).has('EXTREME_POVERTY_SUPPORT') ? 'EXTREME_POVERTY_SUPPORT' : 'MINIMUM_LIVING_ALLOWANCE';
    return rng.chance(CONTESTS_AMOUNT) ? { programme, decidedOn: null, basis: 'AMOUNT' } : null;
  }
  return rng.chance(CONTESTS_OTHER_UNIT) ? { programme: rng.weighted(OTHER_UNITS), decidedOn: null, basis: 'OTHER_UNIT' } : null;
}

/**
 * Decides who applied for legal aid in each of the last LEGAL_AID_YEARS years (far more often in households
 * with an active assistance case) and whose household contests a decision; one pass over households.
 */
export function assignJustice(city: Pick<DemoCity, 'households' | 'personByKey'>, rng: Rng): void {
  const legalAid = rng.fork('legal-aid');
  const mediation = rng.fork('mediation');
  for (const h of city.households) {
    const rate = activePrograms(h).size > 0 ? LEGAL_AID_ASSISTED : LEGAL_AID_OTHERS;
    const contested = contestedDecision(mediation, h);
    for (const key of h.memberKeys) {
      const p: DemoPerson = city.personByKey.get(key)!;
      // Only years the person was alive for the whole of.
      const years = Array.from({ length: Math.min(LEGAL_AID_YEARS, p.age) }, (_, y) => y).filter(() => legalAid.chance(rate));
      const contests = key === h.headKey ? contested : null;
      if (years.length > 0 || contests) p.justice = { legalAidYearsAgo: years, contested: contests };
    }
  }
}

/** Whether the justice bureau holds records on `p`: a legal aid case, or a mediation. */
export const holdsJustice = (p: DemoPerson): boolean => p.justice !== undefined;
