// Which households of the demo city are in the price bureau's typical survey of low-income households' spending
// (低收入家庭基本生活消费支出典型调查): decided here, with the other agencies' record holders (records.ts).
import { REGIONS } from '../regions';
import { activePrograms } from './assistance';
import type { DemoCity, DemoHousehold, DemoPerson } from './city';
import { Rng } from './rng';

/** The assistance a survey household was sampled for: the survey's two strata. */
export type SurveyStratum = 'MINIMUM_LIVING_ALLOWANCE' | 'LOW_INCOME_CERTIFICATION';

declare module './city' {
  interface DemoHousehold {
    /** The stratum the household was sampled in, when it is in the price bureau's survey; absent otherwise. */
    priceSurvey?: { stratum: SurveyStratum };
  }
}

/**
 * Survey households each county keeps at a million people: the same number in every county, as a typical survey
 * picks them (a few hundred: on average about one in seven of a county's 低保 and low-income households).
 */
export const SURVEY_HOUSEHOLDS_PER_COUNTY_PER_MILLION = 300;
/** A small demo city still surveys every county. */
const MIN_PER_COUNTY = 2;

/** The stratum a household may be sampled in: an ACTIVE 低保 case, else an ACTIVE low-income certification. */
export function surveyStratumOf(h: DemoHousehold): SurveyStratum | null {
  const programs = activePrograms(h);
  if (programs.has('MINIMUM_LIVING_ALLOWANCE')) return 'MINIMUM_LIVING_ALLOWANCE';
  if (programs.has('LOW_INCOME_CERTIFICATION')) return 'LOW_INCOME_CERTIFICATION';
  return null;
}

/** Draws each county's survey households from its 低保 and low-income households, without replacement. */
export function assignPrices(city: Pick<DemoCity, 'persons' | 'households'>, rng: Rng): void {
  const quota = Math.max(MIN_PER_COUNTY, Math.round((SURVEY_HOUSEHOLDS_PER_COUNTY_PER_MILLION * city.persons.length) / 1_000_000));
  const eligible = new Map<string, { h: DemoHousehold; stratum: SurveyStratum }[]>(REGIONS.map((r) => [r.code, []]));
  for (const h of city.households) {
    const stratum = surveyStratumOf(h);
    if (stratum) eligible.get(h.regionCode)!.push({ h, stratum });
  }
  for (const region of REGIONS) {
    const pool = eligible.get(region.code)!;
    const n = Math.min(quota, pool.length);
    // A partial Fisher-Yates shuffle: the first n are the sample.
    for (let i = 0; i < n; i++) {
      const j = rng.int(i, pool.length - 1);
      [pool[i], pool[j]] = [pool[j], pool[i]];
      pool[i].h.priceSurvey = { stratum: pool[i].stratum };
    }
  }
}

/** The bureau keeps a survey household's records against its head, whom it knows by ID number from the survey register. */
export const holdsPrices = (p: DemoPerson, h: DemoHousehold): boolean => p.key === h.headKey && h.priceSurvey !== undefined;
