// Who holds records on whom in the demo city, decided once: each agency's seed writes records on exactly these
// persons, and civil affairs' seed enters the same list in its register of record holders.
//
// Which persons an agency holds records on is cross-agency knowledge: an agency's seed cannot tell civil affairs,
// and civil affairs may not read another agency's tables. So the draws that decide it are made here, with the
// person's other latent facts (schooling, disability, work), rather than inside each seed; the seeds keep their
// own logic for everything else (amounts, dates, hospitals, employers). This file names the agencies because the
// demo city is the one place that knows all of them; test/record-holders.test.ts checks that every seed agrees.
import { findRegion } from '../regions';
import { dibaoStandardFen, isAssisted } from './assistance';
import { assignAgriculture, holdsAgriculture } from './agriculture';
import type { DemoCity, DemoHousehold, DemoPerson } from './city';
import { assignFinance, holdsFinance } from './finance';
import { assignJustice, holdsJustice } from './justice';
import { assignPrices, holdsPrices } from './prices';
import { Rng } from './rng';
import { assignPovertyAlleviation, holdsPovertyAlleviation } from './poverty-alleviation';
import { assignDevelopmentReform, holdsDevelopmentReform } from './development-reform';

/** Why a person's hospital bills are settled with medical assistance. */
export type MedicalNeed = 'chronic' | 'occasional' | 'catastrophic';
export type PublicHealthProgram =
  | 'ELDERLY_HEALTH_MANAGEMENT'
  | 'HYPERTENSION_MANAGEMENT'
  | 'DIABETES_MANAGEMENT'
  | 'CHILD_HEALTH_MANAGEMENT'
  | 'SEVERE_MENTAL_DISORDER_MANAGEMENT';

/** What the health commission holds on a person: at least one of these. */
export interface HealthRecords {
  medicalAssistance: MedicalNeed[];
  emergencyAid: boolean;
  publicHealth: PublicHealthProgram[];
}

/** What the trade unions hold on a member: at least one of these. */
export interface UnionRecords {
  difficultWorkerFile: boolean;
  mutualAid: boolean;
  legalAid: boolean;
}

/** A household's registered home and the housing assistance recorded against its head. */
export interface HouseholdHousing {
  ownsHome: boolean;
  /** The home is co-held by the head and the spouse, half each. */
  coOwnedWithSpouse: boolean;
  assistance: 'DILAPIDATED_RENOVATION' | 'PUBLIC_RENTAL' | 'RENT_SUBSIDY' | null;
}

/** Share of the ill in assisted households, beyond the chronically ill, with a hospital stay settled with assistance. */
const OCCASIONAL = 0.15;
/** Share of people outside assistance whose catastrophic illness is settled with assistance (因病致贫). */
const CATASTROPHIC = 0.002;
const EMERGENCY = 0.0005;
/** Shares of eligible people enrolled in each public-health program. */
const ELDERLY = 0.7;
const HYPERTENSION = 0.6;
const DIABETES = 0.25;
const CHILD = 0.9;
/** Shares of employees and of flexibly employed adults who are union members. */
const UNION_EMPLOYEES = 0.45;
const UNION_FLEXIBLE = 0.15;
const MUTUAL_AID = 0.02;
const LEGAL_AID = 0.005;
/** Share of people enrolled in the resident medical scheme when work gives no employee cover. */
const RESIDENT_MEDICAL = 0.97;

/** `count` distinct items of `items`, drawn without replacement (a partial Fisher-Yates shuffle). */
function sample<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i++) {
    const j = rng.int(i, pool.length - 1);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, n);
}

function assignHealth(city: Pick<DemoCity, 'persons' | 'householdById'>, rng: Rng) {
  const who = rng.fork('medical-assistance');
  const enrolment = rng.fork('public-health');
  const records = new Map<DemoPerson, HealthRecords>();
  const of = (p: DemoPerson) => {
    let r = records.get(p);
    if (!r) records.set(p, (r = { medicalAssistance: [], emergencyAid: false, publicHealth: [] }));
    return r;
  };
  const outsiders: DemoPerson[] = [];
  for (const p of city.persons) {
    if (!isAssisted(city.householdById.get(p.householdId)!, true)) outsiders.push(p);
    else if (p.chronicIllness) of(p).medicalAssistance.push('chronic');
    else if (who.chance(OCCASIONAL)) of(p).medicalAssistance.push('occasional');
  }
  for (const p of sample(who, outsiders, Math.max(1, Math.round(outsiders.length * CATASTROPHIC))))
    of(p).medicalAssistance.push('catastrophic');
  for (const p of sample(rng.fork('emergency'), city.persons, Math.max(1, Math.round(city.persons.length * EMERGENCY))))
    of(p).emergencyAid = true;
  for (const p of city.persons) {
    const enrol = (program: PublicHealthProgram) => of(p).publicHealth.push(program);
    if (p.age >= 65 && enrolment.chance(ELDERLY)) enrol('ELDERLY_HEALTH_MANAGEMENT');
    if (p.chronicIllness && p.age >= 35) {
      if (enrolment.chance(HYPERTENSION)) enrol('HYPERTENSION_MANAGEMENT');
      if (enrolment.chance(DIABETES)) enrol('DIABETES_MANAGEMENT');
    }
    if (p.age <= 6 && enrolment.chance(CHILD)) enrol('CHILD_HEALTH_MANAGEMENT');
    if (p.disability?.category === 'MENTAL') enrol('SEVERE_MENTAL_DISORDER_MANAGEMENT');
  }
  for (const [p, r] of records) p.health = r;
}

/** The union's file chance: most members of assisted households, some of those near the line, a few ill or disabled. */
function fileChance(h: DemoHousehold, worker: DemoPerson, members: DemoPerson[]): number {
  const standard = dibaoStandardFen(findRegion(h.regionCode)!);
  const illOrDisabled = worker.chronicIllness || members.some((m) => m.disability);
  return isAssisted(h, true) ? 0.8 : h.perCapitaIncomeFen < standard * 1.5 ? 0.2 : illOrDisabled ? 0.1 : 0;
}

function assignTradeUnion(city: Pick<DemoCity, 'households' | 'personByKey'>, rng: Rng) {
  const membership = rng.fork('membership');
  const files = rng.fork('files');
  const aid = rng.fork('aid');
  for (const h of city.households) {
    const members = h.memberKeys.map((k) => city.personByKey.get(k)!);
    const unionMembers = members.filter(
      (m) =>
        m.age >= 18 &&
        ((m.work === 'EMPLOYED' && membership.chance(UNION_EMPLOYEES)) ||
          (m.work === 'FLEXIBLY_EMPLOYED' && membership.chance(UNION_FLEXIBLE))),
    );
    for (const worker of unionMembers) {
      const records = {
        difficultWorkerFile: files.chance(fileChance(h, worker, members)),
        mutualAid: aid.chance(MUTUAL_AID),
        legalAid: aid.chance(LEGAL_AID),
      };
      if (records.difficultWorkerFile || records.mutualAid || records.legalAid) worker.tradeUnion = records;
    }
  }
}

function assignHousing(city: Pick<DemoCity, 'households' | 'personByKey'>, rng: Rng) {
  const ownership = rng.fork('ownership');
  const help = rng.fork('assistance');
  for (const h of city.households) {
    const spouse = h.memberKeys.some((k) => city.personByKey.get(k)!.relation === 'SPOUSE');
    const onAssistance = isAssisted(h, true);
    // Households on assistance own less often in town; rural households nearly all hold a homestead.
    const ownsHome = ownership.chance(h.urban ? (onAssistance ? 0.4 : 0.7) : 0.95);
    const coOwnedWithSpouse = ownsHome && spouse && ownership.chance(0.4);
    let assistance: HouseholdHousing['assistance'] = null;
    if (!h.urban && (h.dilapidatedHouse || (onAssistance && help.chance(0.25)))) assistance = 'DILAPIDATED_RENOVATION';
    else if (h.urban && onAssistance && !ownsHome)
      assistance = help.weighted([
        ['PUBLIC_RENTAL', 50],
        ['RENT_SUBSIDY', 35],
        [null, 15],
      ] as const);
    h.housing = { ownsHome, coOwnedWithSpouse, assistance };
  }
}

/** Whether the housing bureaus hold records on `p`: the head of an owning or assisted household, a co-owning spouse. */
function holdsHousing(p: DemoPerson, h: DemoHousehold): boolean {
  const housing = h.housing!;
  if (p.key === h.headKey) return housing.ownsHome || housing.assistance !== null;
  return p.relation === 'SPOUSE' && housing.coOwnedWithSpouse;
}

/**
 * Decides the latent facts that say which agencies hold records on whom, then each person's list of them. Runs
 * after the households and cases exist (assistance decides much of it), on its own stream.
 */
export function assignRecords(city: Pick<DemoCity, 'persons' | 'households' | 'personByKey' | 'householdById'>, rng: Rng): void {
  const insurance = rng.fork('human-resources');
  for (const p of city.persons) p.insuredAsResident = insurance.chance(RESIDENT_MEDICAL);
  assignHealth(city, rng.fork('health'));
  assignHousing(city, rng.fork('housing'));
  assignTradeUnion(city, rng.fork('trade-union'));
  assignFinance(city, rng.fork('finance'));
  assignAgriculture(city, rng.fork('agriculture'));
  assignPovertyAlleviation(city, rng.fork('poverty-alleviation'));
  assignDevelopmentReform(city, rng.fork('development-reform'));
  assignPrices(city, rng.fork('prices'));
  assignJustice(city, rng.fork('justice'));
  for (const p of city.persons) {
    const h = city.householdById.get(p.householdId)!;
    p.recordHolders = [
      'civil-affairs',
      ...(p.schooling ? ['education'] : []),
      // Everyone of working life has an employment record; the rest hold resident medical insurance or nothing.
      ...(p.work || p.insuredAsResident ? ['human-resources'] : []),
      ...(p.health ? ['health'] : []),
      ...(holdsHousing(p, h) ? ['housing'] : []),
      ...(p.tradeUnion ? ['trade-union'] : []),
      ...(p.disability ? ['disabled-persons'] : []),
      ...(holdsFinance(p, h) ? ['finance'] : []),
      ...(holdsAgriculture(p, h) ? ['agriculture'] : []),
      ...(holdsPovertyAlleviation(p, h) ? ['poverty-alleviation'] : []),
      ...(holdsDevelopmentReform(p, h) ? ['development-reform'] : []),
      ...(holdsPrices(p, h) ? ['prices'] : []),
      ...(holdsJustice(p) ? ['justice'] : []),
    ];
  }
}
