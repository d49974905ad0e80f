// The disabled persons' federation's share of the demo city: a certificate for every disabled person,
// the living subsidy for most of those in 低保/特困 households, the care subsidy for most grade 1-2
// holders (some suspended, terminated or never applied for: what proactive discovery looks for).
import { DataSource } from 'typeorm';
import { insertMany } from '../../../shared/src/db';
import { addDays, DemoCity, DemoHousehold, DemoPerson, isAssisted, uuid } from '../../../shared/src/demo/city';
import { Rng } from '../../../shared/src/demo/rng';
import { certificateNumber, MAX_VALIDITY_YEARS } from './certificate';
import { addYears } from '../../../shared/src/dates';
import { DisabilityCertificate, DisabilitySubsidy } from './entities';
import type { DisabilitySubsidyKind, DisabilitySubsidyStatus } from './generated/graphql';

/** Monthly amounts in fen (Henan-like standards). */
const LIVING_FEN = 8000;
const SEVERE_CARE_FEN: Record<number, number> = { 1: 10000, 2: 8000 };

const LIVING_OUTCOMES = [
  ['ACTIVE', 90],
  ['APPLIED', 3],
  [null, 7],
] as const;
const CARE_OUTCOMES = [
  ['ACTIVE', 75],
  ['SUSPENDED', 3],
  ['TERMINATED', 3],
  ['APPLIED', 2],
  [null, 17],
] as const;
/** Share of other disabled persons whose living subsidy ended when their household left assistance. */
const LIVING_ENDED = 0.02;

const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);
const later = (a: string, b: string) => (a > b ? a : b);

/** Issued 1 to 9 years before today, but not before the holder was half a year old. */
function issuedOn(rng: Rng, p: DemoPerson, today: string): string {
  const earliest = later(addYears(today, -9), addDays(p.birthDate, 180));
  const latest = addDays(today, -365);
  if (earliest > latest) return addDays(earliest, rng.int(0, Math.max(0, daysBetween(earliest, addDays(today, -7)))));
  return addDays(earliest, rng.int(0, daysBetween(earliest, latest)));
}

/** The day the household's current 低保 or 特困 case began. */
function assistedSince(h: DemoHousehold): string {
  return h.cases
    .filter((c) => c.status === 'ACTIVE' && (c.program === 'MINIMUM_LIVING_ALLOWANCE' || c.program === 'EXTREME_POVERTY_SUPPORT'))
    .map((c) => c.startDate)
    .sort()[0];
}

export async function seed(db: DataSource, city: DemoCity): Promise<void> {
  const rng = new Rng(`${city.seed}:disabled-persons`);
  const issue = rng.fork('certificates');
  const living = rng.fork('living');
  const care = rng.fork('severe-care');
  const ids = rng.fork('subsidy-ids');
  const certificates: Partial<DisabilityCertificate>[] = [];
  const subsidies: Partial<DisabilitySubsidy>[] = [];

  /** A subsidy starting some weeks after `from` (never after today); a terminated one ended before today. */
  const subsidy = (rng: Rng, p: DemoPerson, kind: DisabilitySubsidyKind, fen: number, status: DisabilitySubsidyStatus, from: string) => {
    const span = daysBetween(from, city.today) - 1;
    const startDate = addDays(from, span <= 15 ? Math.max(0, span) : rng.int(15, Math.min(120, span)));
    const endDate = status === 'TERMINATED' ? addDays(startDate, rng.int(0, Math.max(0, daysBetween(startDate, city.today) - 1))) : null;
    subsidies.push({ id: uuid(ids), personKey: p.key, kind, monthlyAmountFen: String(fen), status, startDate, endDate });
  };

  for (const p of city.persons) {
    if (!p.disability) continue;
    const { category, grade } = p.disability;
    const issued = issuedOn(issue, p, city.today);
    certificates.push({
      personKey: p.key,
      idNumber: p.idNumber,
      number: certificateNumber(p.idNumber, category, grade),
      category,
      grade,
      issuedOn: issued,
      validUntil: addYears(issued, MAX_VALIDITY_YEARS),
      regionCode: p.regionCode,
    });
    const household = city.householdById.get(p.householdId)!;
    if (isAssisted(household)) {
      const status = living.weighted(LIVING_OUTCOMES);
      if (status) subsidy(living, p, 'LIVING', LIVING_FEN, status, later(issued, assistedSince(household)));
    } else if (living.chance(LIVING_ENDED)) {
      subsidy(living, p, 'LIVING', LIVING_FEN, 'TERMINATED', issued);
    }
    if (grade <= 2) {
      const status = care.weighted(CARE_OUTCOMES);
      if (status) subsidy(care, p, 'SEVERE_CARE', SEVERE_CARE_FEN[grade], status, issued);
    }
  }

  await insertMany(db, DisabilityCertificate, certificates);
  await insertMany(db, DisabilitySubsidy, subsidies);
}
