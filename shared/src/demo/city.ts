// The demo city: one consistent synthetic population every agency's seed draws its share from.
import { addDays } from '../dates';
import { checkCharacter } from '../id-number';
import { personKey } from '../person-key';
import { REGIONS, Region } from '../regions';
import { dibaoStandardFen } from './assistance';
import { address, personName, surnameOf } from './names';
import { assignRecords, HealthRecords, HouseholdHousing, UnionRecords } from './records';
import { Rng } from './rng';

export type Gender = 'MALE' | 'FEMALE';
export type Relation = 'HEAD' | 'SPOUSE' | 'CHILD' | 'PARENT' | 'GRANDCHILD';
export type SchoolStage =
  'PRESCHOOL' | 'PRIMARY' | 'JUNIOR_SECONDARY' | 'SENIOR_SECONDARY' | 'SECONDARY_VOCATIONAL' | 'HIGHER_VOCATIONAL' | 'UNDERGRADUATE';
export type Work = 'EMPLOYED' | 'FLEXIBLY_EMPLOYED' | 'UNEMPLOYED' | 'NOT_IN_LABOUR_FORCE' | 'RETIRED';
export type DisabilityCategory = 'VISUAL' | 'HEARING' | 'SPEECH' | 'PHYSICAL' | 'INTELLECTUAL' | 'MENTAL' | 'MULTIPLE';
export type Program = 'MINIMUM_LIVING_ALLOWANCE' | 'EXTREME_POVERTY_SUPPORT' | 'TEMPORARY_ASSISTANCE' | 'LOW_INCOME_CERTIFICATION';
export type CaseStatus = 'APPLIED' | 'UNDER_REVIEW' | 'ACTIVE' | 'SUSPENDED' | 'TERMINATED' | 'REJECTED';

export interface DemoPerson {
  key: string;
  idNumber: string;
  name: string;
  gender: Gender;
  birthDate: string;
  age: number;
  regionCode: string;
  householdId: string;
  relation: Relation;
  /** Latent facts the agencies' records are drawn from. */
  disability?: { category: DisabilityCategory; grade: 1 | 2 | 3 | 4 };
  schooling?: { stage: SchoolStage; grade: number; schoolName: string };
  work?: Work;
  chronicIllness: boolean;
  /** Monthly income in fen from work or pension. */
  incomeFen: number;
  /** Enrolled in the resident medical scheme when work gives no employee cover. */
  insuredAsResident: boolean;
  /** What the health commission holds on the person; absent when nothing. */
  health?: HealthRecords;
  /** What the trade unions hold on the person, a member; absent when nothing. */
  tradeUnion?: UnionRecords;
  /**
   * The agencies (subgraph names) that hold records on the person, civil affairs' index first: what each
   * agency's seed writes and civil affairs' register lists (records.ts).
   */
  recordHolders: string[];
}

export interface DemoCase {
  id: string;
  program: Program;
  status: CaseStatus;
  /** Monthly benefit in fen; null for certification and one-off assistance. */
  monthlyAmountFen: number | null;
  oneOffAmountFen: number | null;
  startDate: string;
  endDate: string | null;
}

export interface DemoHousehold {
  id: string;
  regionCode: string;
  urban: boolean;
  address: string;
  headKey: string;
  memberKeys: string[];
  perCapitaIncomeFen: number;
  registeredOn: string;
  cases: DemoCase[];
  /** Rural houses judged unsafe (C or D grade) by housing inspection. */
  dilapidatedHouse: boolean;
  /** The registered home and housing assistance, as the housing bureaus record them. */
  housing: HouseholdHousing;
}

export interface DemoCity {
  seed: number;
  today: string;
  persons: DemoPerson[];
  households: DemoHousehold[];
  /** Monthly standards in fen per region and program. */
  standards: { regionCode: string; program: Program; monthlyAmountFen: number; effectiveFrom: string }[];
  personByKey: Map<string, DemoPerson>;
  householdById: Map<string, DemoHousehold>;
}

export interface CityOptions {
  people: number;
  seed: number;
  personKeySecret: string;
  /** The city's "now"; fixed so that one seed is one city on any day. */
  today?: string;
}

const SIZES = [
  [1, 22],
  [2, 31],
  [3, 24],
  [4, 14],
  [5, 6],
  [6, 3],
] as const;
const CATEGORIES = [
  ['PHYSICAL', 48],
  ['HEARING', 20],
  ['VISUAL', 13],
  ['MENTAL', 8],
  ['INTELLECTUAL', 6],
  ['MULTIPLE', 4],
  ['SPEECH', 1],
] as const;
const GRADES = [
  [1, 12],
  [2, 18],
  [3, 30],
  [4, 40],
] as const;

export { activePrograms, dibaoStandardFen, isAssisted } from './assistance';

function uuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

function birthDateFor(rng: Rng, age: number, today: string): string {
  // Born between (age+1) years and age years before today.
  return addDays(today, -(age * 365 + rng.int(0, 364) + Math.floor(age / 4)));
}

function schoolingFor(rng: Rng, age: number, region: Region): DemoPerson['schooling'] {
  const place = region.name.slice(0, 2);
  const school = (kind: string, n: number) => `${place}${kind === '小学' || kind === '幼儿园' ? `第${rng.int(1, n)}` : ''}${kind}`;
  if (age >= 3 && age <= 5) return rng.chance(0.88) ? { stage: 'PRESCHOOL', grade: age - 2, schoolName: school('幼儿园', 12) } : undefined;
  if (age >= 6 && age <= 11) return { stage: 'PRIMARY', grade: age - 5, schoolName: school('小学', 20) };
  if (age >= 12 && age <= 14) return { stage: 'JUNIOR_SECONDARY', grade: age - 11, schoolName: `${place}第${rng.int(1, 8)}初级中学` };
  if (age >= 15 && age <= 17) {
    if (rng.chance(0.6)) return { stage: 'SENIOR_SECONDARY', grade: age - 14, schoolName: `${place}第${rng.int(1, 4)}高级中学` };
    if (rng.chance(0.6)) return { stage: 'SECONDARY_VOCATIONAL', grade: age - 14, schoolName: `${place}职业教育中心` };
    return undefined;
  }
  if (age >= 18 && age <= 21) {
    if (rng.chance(0.45))
      return {
        stage: 'UNDERGRADUATE',
        grade: age - 17,
        schoolName: rng.pick(['南阳师范学院', '南阳理工学院', '郑州大学', '河南大学', '河南农业大学']),
      };
    if (rng.chance(0.3))
      return {
        stage: 'HIGHER_VOCATIONAL',
        grade: Math.min(3, age - 17),
        schoolName: rng.pick(['南阳职业学院', '南阳医学高等专科学校', '南阳农业职业学院']),
      };
  }
  return undefined;
}

function workFor(rng: Rng, person: DemoPerson): Work | undefined {
  if (person.age < 16 || person.schooling) return undefined;
  if (person.age >= 60) return rng.chance(0.45) ? 'RETIRED' : 'NOT_IN_LABOUR_FORCE';
  if (person.disability && person.disability.grade <= 2) return rng.chance(0.85) ? 'NOT_IN_LABOUR_FORCE' : 'FLEXIBLY_EMPLOYED';
  return rng.weighted([
    ['EMPLOYED', 58],
    ['FLEXIBLY_EMPLOYED', 18],
    ['UNEMPLOYED', 8],
    ['NOT_IN_LABOUR_FORCE', 16],
  ] as const);
}

function incomeFor(rng: Rng, work: Work | undefined, urban: boolean): number {
  const yuan = (() => {
    switch (work) {
      case 'EMPLOYED':
        return rng.normal(urban ? 4200 : 3000, 1400, 1900);
      case 'FLEXIBLY_EMPLOYED':
        return rng.normal(urban ? 2200 : 1500, 800, 300);
      case 'RETIRED':
        return rng.chance(urban ? 0.7 : 0.2) ? rng.normal(2600, 700, 1200) : rng.normal(180, 40, 120);
      case 'UNEMPLOYED':
        return rng.normal(150, 150, 0);
      default:
        return rng.normal(60, 80, 0);
    }
  })();
  return Math.round(yuan) * 100;
}

function disabilityFor(rng: Rng, age: number): DemoPerson['disability'] {
  const p = age < 18 ? 0.015 : age < 60 ? 0.045 : age < 80 ? 0.1 : 0.18;
  if (!rng.chance(p)) return undefined;
  return { category: rng.weighted(CATEGORIES), grade: rng.weighted(GRADES) };
}

/** Generates the whole city deterministically from `seed`. */
export function generateCity(options: CityOptions): DemoCity {
  const today = options.today ?? '2026-11-01';
  const rng = new Rng(options.seed);
  const people = rng.fork('people');
  const places = rng.fork('places');
  const money = rng.fork('money');
  const usedIds = new Set<string>();
  const persons: DemoPerson[] = [];
  const households: DemoHousehold[] = [];
  const regionChoices = REGIONS.map((r) => [r, r.weight] as const);

  const makePerson = (
    region: Region,
    householdId: string,
    relation: Relation,
    age: number,
    gender: Gender,
    surname?: string,
  ): DemoPerson => {
    const birthDate = birthDateFor(people, age, today);
    let idNumber: string;
    do {
      const seq = String(people.int(0, 499) * 2 + (gender === 'MALE' ? 1 : 0)).padStart(3, '0');
      const first17 = `${region.code}${birthDate.replace(/-/g, '')}${seq}`;
      idNumber = first17 + checkCharacter(first17);
    } while (usedIds.has(idNumber));
    usedIds.add(idNumber);
    const person: DemoPerson = {
      key: personKey(idNumber, options.personKeySecret),
      idNumber,
      name: personName(people, gender, surname),
      gender,
      birthDate,
      age,
      regionCode: region.code,
      householdId,
      relation,
      disability: disabilityFor(people, age),
      chronicIllness: false,
      incomeFen: 0,
      insuredAsResident: false,
      recordHolders: [],
    };
    person.schooling = schoolingFor(people, age, region);
    person.work = workFor(people, person);
    person.incomeFen = incomeFor(money, person.work, region.urban);
    person.chronicIllness = people.chance(Math.min(0.6, age / 150 + (person.disability ? 0.3 : 0)));
    return person;
  };

  while (persons.length < options.people) {
    const region = places.weighted(regionChoices);
    const size = Math.min(places.weighted(SIZES), options.people - persons.length);
    const id = uuid(places);
    const headAge = Math.round(size === 1 ? people.normal(58, 18, 18, 95) : people.normal(47, 12, 22, 85));
    const headGender: Gender = people.chance(size === 1 ? 0.45 : 0.7) ? 'MALE' : 'FEMALE';
    const head = makePerson(region, id, 'HEAD', headAge, headGender);
    const members = [head];
    const family = surnameOf(head.name);
    if (size >= 2 && people.chance(0.85)) {
      members.push(makePerson(region, id, 'SPOUSE', Math.max(20, headAge + people.int(-4, 4)), headGender === 'MALE' ? 'FEMALE' : 'MALE'));
    }
    let parentAdded = false;
    while (members.length < size) {
      const gender: Gender = people.chance(0.51) ? 'MALE' : 'FEMALE';
      if (!parentAdded && headAge < 58 && people.chance(0.15)) {
        parentAdded = true;
        members.push(makePerson(region, id, 'PARENT', Math.min(98, headAge + people.int(24, 32)), gender, family));
      } else if (headAge >= 60 && members.length > 1 && people.chance(0.5)) {
        members.push(makePerson(region, id, 'GRANDCHILD', people.int(0, Math.min(20, headAge - 42)), gender, family));
      } else {
        members.push(makePerson(region, id, 'CHILD', Math.max(0, headAge - people.int(22, 36)), gender, family));
      }
    }
    persons.push(...members);
    const income = members.reduce((sum, m) => sum + m.incomeFen, 0);
    households.push({
      id,
      regionCode: region.code,
      urban: region.urban,
      address: address(places, region.name, region.urban),
      headKey: head.key,
      memberKeys: members.map((m) => m.key),
      perCapitaIncomeFen: Math.round(income / members.length / 100) * 100,
      registeredOn: addDays(today, -places.int(200, 9000)),
      cases: [],
      dilapidatedHouse: !region.urban && places.chance(0.04),
      housing: { ownsHome: false, coOwnedWithSpouse: false, assistance: null },
    });
  }

  assignCases(households, persons, rng.fork('cases'), today);
  const standards = REGIONS.flatMap((r) => [
    {
      regionCode: r.code,
      program: 'MINIMUM_LIVING_ALLOWANCE' as const,
      monthlyAmountFen: dibaoStandardFen(r),
      effectiveFrom: '2026-01-01',
    },
    {
      regionCode: r.code,
      program: 'EXTREME_POVERTY_SUPPORT' as const,
      monthlyAmountFen: Math.round((dibaoStandardFen(r) * 1.3) / 100) * 100,
      effectiveFrom: '2026-01-01',
    },
  ]);
  const city: DemoCity = {
    seed: options.seed,
    today,
    persons,
    households,
    standards,
    personByKey: new Map(persons.map((p) => [p.key, p])),
    householdById: new Map(households.map((h) => [h.id, h])),
  };
  assignRecords(city, rng.fork('records'));
  return city;
}

/**
 * Civil affairs' caseload: poorest households first until about 4% of people are on 低保, single
 * elderly or severely disabled poor on 特困, the next band certified low-income, plus history.
 */
function assignCases(households: DemoHousehold[], persons: DemoPerson[], rng: Rng, today: string) {
  const byKey = new Map(persons.map((p) => [p.key, p]));
  const regionOf = new Map(REGIONS.map((r) => [r.code, r]));
  const total = persons.length;
  const ranked = households
    .map((h) => ({ h, score: h.perCapitaIncomeFen * (0.7 + rng.next() * 0.6) }))
    .sort((a, b) => a.score - b.score)
    .map((x) => x.h);
  const started = () => addDays(today, -rng.int(60, 2200));
  const caseOf = (
    program: Program,
    status: CaseStatus,
    monthly: number | null,
    oneOff: number | null = null,
    end: string | null = null,
  ): DemoCase => ({
    id: uuid(rng),
    program,
    status,
    monthlyAmountFen: monthly,
    oneOffAmountFen: oneOff,
    startDate: started(),
    endDate: end,
  });

  let dibaoPeople = 0;
  let tekunPeople = 0;
  let lowIncomePeople = 0;
  for (const h of ranked) {
    const region = regionOf.get(h.regionCode)!;
    const standard = dibaoStandardFen(region);
    const members = h.memberKeys.map((k) => byKey.get(k)!);
    const alone = members.length === 1;
    const frail = alone && (members[0].age >= 60 || (members[0].disability?.grade ?? 9) <= 2 || members[0].age < 16);
    if (h.perCapitaIncomeFen < standard && alone && frail && tekunPeople < total * 0.004) {
      tekunPeople += 1;
      h.cases.push(caseOf('EXTREME_POVERTY_SUPPORT', 'ACTIVE', Math.round((standard * 1.3) / 100) * 100));
    } else if (h.perCapitaIncomeFen < standard && dibaoPeople < total * 0.04) {
      dibaoPeople += members.length;
      const gap = Math.max(standard - h.perCapitaIncomeFen, Math.round(standard * 0.2));
      h.cases.push(
        caseOf('MINIMUM_LIVING_ALLOWANCE', rng.chance(0.03) ? 'SUSPENDED' : 'ACTIVE', Math.round((gap * members.length) / 10) * 10),
      );
    } else if (h.perCapitaIncomeFen < standard * 1.5 && h.perCapitaIncomeFen >= standard * 0.6 && lowIncomePeople < total * 0.02) {
      lowIncomePeople += members.length;
      h.cases.push(caseOf('LOW_INCOME_CERTIFICATION', 'ACTIVE', null));
    } else if (rng.chance(0.012)) {
      const status = rng.weighted([
        ['TERMINATED', 6],
        ['REJECTED', 2],
        ['UNDER_REVIEW', 1],
        ['APPLIED', 1],
      ] as const);
      const end = status === 'TERMINATED' || status === 'REJECTED' ? addDays(today, -rng.int(10, 50)) : null;
      h.cases.push(caseOf('MINIMUM_LIVING_ALLOWANCE', status, status === 'TERMINATED' ? standard : null, null, end));
    }
    if (rng.chance(0.01)) {
      const c = caseOf('TEMPORARY_ASSISTANCE', 'TERMINATED', null, rng.int(5, 60) * 10000);
      c.endDate = addDays(c.startDate, rng.int(10, 40));
      h.cases.push(c);
    }
  }
}

export { addDays, uuid };
