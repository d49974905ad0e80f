// Which rural households the poverty alleviation office monitors against falling back into poverty (防止返贫监测), and why.
//
// About 2.5% of the rural population, as in Henan: a share of the rural 低保, 特困 and low-income households (not
// all of them), households outside assistance whose catastrophic illness is settled with medical assistance (突发
// 严重困难), and other poor or ill rural households near the line. Every risk cause is one of the members' facts
// (illness, schooling, disability, unemployment), except disasters and accidents, which no other record holds.
import { findRegion } from '../regions';
import { activePrograms, dibaoStandardFen } from './assistance';
import type { DemoCity, DemoHousehold, DemoPerson } from './city';
import { Rng } from './rng';

export type MonitoringCategory = 'UNSTABLE_ESCAPED' | 'MARGINAL' | 'SUDDEN_HARDSHIP';
export type RiskCause = 'ILLNESS' | 'SCHOOLING' | 'DISABILITY' | 'DISASTER' | 'UNEMPLOYMENT' | 'ACCIDENT' | 'OTHER';
export type MonitoringStatus = 'MONITORED' | 'RISK_ELIMINATED';

/** A monitored household: its category, its risk causes (in the order of the enumeration), where it stands. */
export interface PovertyMonitoring {
  category: MonitoringCategory;
  causes: RiskCause[];
  status: MonitoringStatus;
}

declare module './city' {
  interface DemoHousehold {
    /** The poverty alleviation office's monitoring of the household; absent when it is not monitored. */
    povertyMonitoring?: PovertyMonitoring;
  }
}

/** Share of the rural population monitored (Henan: about 2-3% of the rural registered population). */
const MONITORED_SHARE = 0.025;
/** Chances of a rural household on each assistance program being monitored. */
const DIBAO = 0.25;
const TEKUN = 0.1;
const LOW_INCOME = 0.25;
/** Chance of a rural household outside assistance whose catastrophic illness is settled with assistance. */
const CATASTROPHIC = 0.6;
/** Shares of monitored households hit by a natural disaster (the 2021 floods) or an accident. */
const DISASTER = 0.06;
const ACCIDENT = 0.04;
/** Share of monitored households whose risk has been eliminated (about 55-65% in Henan by 2025). */
const ELIMINATED = 0.55;

const CAUSE_ORDER: readonly RiskCause[] = ['ILLNESS', 'SCHOOLING', 'DISABILITY', 'DISASTER', 'UNEMPLOYMENT', 'ACCIDENT', 'OTHER'];

/** Of working age, out of school, not severely disabled, and working or looking for work: who can take part in development. */
export const isAbleBodied = (p: DemoPerson): boolean =>
  p.age >= 16 &&
  p.age < 60 &&
  !p.schooling &&
  (p.disability?.grade ?? 9) > 2 &&
  (p.work === 'EMPLOYED' || p.work === 'FLEXIBLY_EMPLOYED' || p.work === 'UNEMPLOYED');

const catastrophicallyIll = (p: DemoPerson) => p.health?.medicalAssistance.includes('catastrophic') ?? false;

/** The risk causes the members' facts give, with a disaster or an accident drawn, in the enumeration's order; OTHER when none. */
function causesOf(rng: Rng, members: DemoPerson[]): RiskCause[] {
  const causes = new Set<RiskCause>();
  if (members.some((m) => m.chronicIllness || catastrophicallyIll(m))) causes.add('ILLNESS');
  if (members.some((m) => m.schooling)) causes.add('SCHOOLING');
  if (members.some((m) => m.disability)) causes.add('DISABILITY');
  if (members.some((m) => isAbleBodied(m) && m.work === 'UNEMPLOYED')) causes.add('UNEMPLOYMENT');
  if (rng.chance(DISASTER)) causes.add('DISASTER');
  if (rng.chance(ACCIDENT)) causes.add('ACCIDENT');
  if (causes.size === 0) causes.add('OTHER');
  return CAUSE_ORDER.filter((c) => causes.has(c));
}

function categoryOf(rng: Rng, causes: RiskCause[], members: DemoPerson[]): MonitoringCategory {
  // A sudden severe hardship: a disaster, an accident, a catastrophic illness.
  if (causes.includes('DISASTER') || causes.includes('ACCIDENT') || members.some(catastrophicallyIll)) return 'SUDDEN_HARDSHIP';
  return rng.weighted([
    ['UNSTABLE_ESCAPED', 50],
    ['MARGINAL', 42],
    ['SUDDEN_HARDSHIP', 8],
  ] as const);
}

/** Whether a rural household outside assistance is near enough the line, or ill or disabled enough, to be monitored. */
function atRisk(h: DemoHousehold, members: DemoPerson[]): boolean {
  const standard = dibaoStandardFen(findRegion(h.regionCode)!);
  const burdened = members.some((m) => m.chronicIllness || m.disability || m.work === 'UNEMPLOYED');
  return h.perCapitaIncomeFen < standard * 1.5 || (burdened && h.perCapitaIncomeFen < standard * 2.5);
}

/** Decides which rural households are monitored, in what category, for which causes, and whether their risk is eliminated. */
export function assignPovertyAlleviation(city: Pick<DemoCity, 'households' | 'personByKey'>, rng: Rng): void {
  const who = rng.fork('who');
  const why = rng.fork('causes');
  const where = rng.fork('status');
  const monitored: [DemoHousehold, DemoPerson[]][] = [];
  const candidates: [DemoHousehold, DemoPerson[]][] = [];
  let rural = 0;
  let people = 0;
  let candidatePeople = 0;
  for (const h of city.households) {
    if (h.urban) continue;
    const members = h.memberKeys.map((k) => city.personByKey.get(k)!);
    rural += members.length;
    const programs = activePrograms(h);
    const chance = programs.has('MINIMUM_LIVING_ALLOWANCE')
      ? DIBAO
      : programs.has('EXTREME_POVERTY_SUPPORT')
        ? TEKUN
        : programs.has('LOW_INCOME_CERTIFICATION')
          ? LOW_INCOME
          : members.some(catastrophicallyIll)
            ? CATASTROPHIC
            : 0;
    if (who.chance(chance)) {
      monitored.push([h, members]);
      people += members.length;
    } else if (programs.size === 0 && atRisk(h, members)) {
      candidates.push([h, members]);
      candidatePeople += members.length;
    }
  }
  // The rest of the share from poor or burdened households outside assistance (a small city monitors one at least).
  const fill = Math.max(0, Math.round(rural * MONITORED_SHARE) - people) / Math.max(1, candidatePeople);
  for (const candidate of candidates) if (who.chance(fill)) monitored.push(candidate);
  if (monitored.length === 0 && candidates.length > 0) monitored.push(candidates[0]);
  for (const [h, members] of monitored) {
    const causes = causesOf(why, members);
    h.povertyMonitoring = {
      category: categoryOf(why, causes, members),
      causes,
      status: where.chance(ELIMINATED) ? 'RISK_ELIMINATED' : 'MONITORED',
    };
  }
}

/** Whether the poverty alleviation office holds records on `p`: every member of a monitored household. */
export const holdsPovertyAlleviation = (_p: DemoPerson, h: DemoHousehold): boolean => h.povertyMonitoring !== undefined;
