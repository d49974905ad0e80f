// Human resources' share of the demo city: an employment record for everyone of working life, unemployment
// registrations, the employment assistance given (most of it to assisted households), and the social
// insurance enrolments of everyone, children included.
import { DataSource } from 'typeorm';
import { addYears } from '../../../shared/src/dates';
import { insertMany } from '../../../shared/src/db';
import { addDays, DemoCity, DemoPerson, isAssisted, uuid } from '../../../shared/src/demo/city';
import { Rng } from '../../../shared/src/demo/rng';
import { findRegion } from '../../../shared/src/regions';
import { EmploymentRecord, EmploymentService, SocialInsuranceEnrollment } from './entities';
import type { EmploymentServiceKind, InsuranceScheme, InsuranceStatus } from './generated/graphql';
import { CONTRIBUTION_BASE_CEILING_FEN, CONTRIBUTION_BASE_FLOOR_FEN } from './rules';

/** Henan's 2026 employee contribution base (src/rules.ts): floor (60% of the average wage) and ceiling (300%), in fen. */
const BASE_FLOOR_FEN = Number(CONTRIBUTION_BASE_FLOOR_FEN);
const BASE_CEILING_FEN = Number(CONTRIBUTION_BASE_CEILING_FEN);
/** Share of the unemployed who registered with a public employment service. */
const REGISTERED = 0.7;
/** Share of registered unemployed given a service since registering. */
const SERVED_REGISTERED = 0.6;
/** Share of other working-age members of assisted households given a service. */
const SERVED_ASSISTED = 0.55;
/** Share of flexibly employed people who pay employee pension and medical insurance themselves. */
const FLEXIBLE_EMPLOYEE_INSURED = 0.3;
/** Share of the unemployed who had an insured job: their employee pension is suspended. */
const FORMERLY_INSURED = 0.45;
const RESIDENT_PENSION_CONTRIBUTING = 0.8;
/** Pensions of at least this (monthly, fen) are employee pensions; resident pensions are a few hundred yuan. */
const EMPLOYEE_PENSION_INCOME_FEN = 100_000;

/** What a registered unemployed person is offered, by weight; a public welfare post would end the unemployment. */
const REGISTERED_SERVICES: [EmploymentServiceKind, number][] = [
  ['JOB_REFERRAL', 45],
  ['VOCATIONAL_TRAINING', 30],
  ['JOB_SUBSIDY', 12],
  ['ENTREPRENEURSHIP_SUPPORT', 8],
];

const BRANDS = ['宏达', '鑫源', '华信', '中原', '恒通', '金鹏', '瑞丰', '博远', '新华', '永信', '天成', '盛世', '汇通', '豫宛'];
const TRADES = [
  '机械制造',
  '纺织',
  '食品',
  '建材',
  '物流',
  '医药',
  '电子科技',
  '商贸',
  '建筑工程',
  '农业发展',
  '光电',
  '汽车配件',
  '玉雕工艺',
  '电气',
];
const SUFFIXES = ['有限公司', '有限责任公司', '股份有限公司'];
const PUBLIC_EMPLOYERS = ['人民医院', '第一高级中学', '供电公司', '自来水公司', '城市管理局', '中医院'];

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

function employerName(rng: Rng, regionName: string): string {
  if (rng.chance(0.15)) return `${regionName}${rng.pick(PUBLIC_EMPLOYERS)}`;
  const place = rng.chance(0.3) ? '南阳' : regionName.slice(0, 2);
  return `${place}${rng.pick(BRANDS)}${rng.pick(TRADES)}${rng.pick(SUFFIXES)}`;
}

function providerOf(kind: EmploymentServiceKind, rng: Rng, regionName: string): string {
  switch (kind) {
    case 'JOB_REFERRAL':
      return `${regionName}公共就业服务中心`;
    case 'VOCATIONAL_TRAINING':
      return rng.pick([`${regionName}职业技能培训中心`, `${regionName}职业教育中心`, '南阳市技师学院']);
    case 'ENTREPRENEURSHIP_SUPPORT':
      return `${regionName}创业服务中心`;
    case 'PUBLIC_WELFARE_POST':
    case 'JOB_SUBSIDY':
      return `${regionName}人力资源和社会保障局`;
  }
}

/** The last day of a service that began on `start`; null while it goes on at the city's today. */
function endOf(kind: EmploymentServiceKind, start: string, rng: Rng, today: string): string | null {
  // A public welfare post someone no longer holds ended at least a month ago, after six months or more.
  if (kind === 'PUBLIC_WELFARE_POST') return earlier(addDays(start, rng.int(180, 730)), addDays(today, -30));
  const days =
    kind === 'JOB_REFERRAL'
      ? 0
      : kind === 'VOCATIONAL_TRAINING'
        ? rng.int(20, 90)
        : kind === 'JOB_SUBSIDY'
          ? rng.int(180, 365)
          : rng.int(365, 730);
  const end = addDays(start, days);
  return end > today ? null : end;
}

export async function seed(db: DataSource, city: DemoCity): Promise<void> {
  const rng = new Rng(`${city.seed}:human-resources`);
  const registration = rng.fork('registration');
  const serving = rng.fork('services');
  const employers = rng.fork('employers');
  const insurance = rng.fork('insurance');
  const ids = rng.fork('ids');
  const enrollmentIds = rng.fork('enrollment-ids');
  const today = city.today;
  const daysBack = (min: number, max: number, r: Rng) => addDays(today, -r.int(min, max));

  const records: Partial<EmploymentRecord>[] = [];
  const services: Partial<EmploymentService>[] = [];
  const enrollments: Partial<SocialInsuranceEnrollment>[] = [];

  /** A service that began on a day from `from` to `to`; a held public welfare post (`ongoing`) has no end. */
  const serve = (p: DemoPerson, kind: EmploymentServiceKind, from: string, regionName: string, ongoing = false, to = today) => {
    const start = addDays(from, serving.int(0, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)));
    services.push({
      id: uuid(ids),
      personKey: p.key,
      kind,
      startDate: start,
      endDate: ongoing ? null : endOf(kind, start, serving, today),
      provider: providerOf(kind, serving, regionName),
    });
  };

  for (const p of city.persons) {
    const regionName = findRegion(p.regionCode)?.name ?? '南阳市';
    const household = city.householdById.get(p.householdId)!;
    const workingAge = p.age >= 16 && p.age < 60;

    // Employment: everyone the city gives a working life to (16 or older, out of school).
    let registeredOn: string | null = null;
    if (p.work) {
      if (p.work === 'UNEMPLOYED' && registration.chance(REGISTERED)) registeredOn = daysBack(0, 729, registration);
      records.push({
        personKey: p.key,
        idNumber: p.idNumber,
        regionCode: p.regionCode,
        status: p.work,
        registeredUnemployed: registeredOn !== null,
        unemploymentRegisteredOn: registeredOn,
        employerName: p.work === 'EMPLOYED' ? employerName(employers, regionName) : null,
      });
      const capable = !(p.disability && p.disability.grade <= 2);
      if (registeredOn && serving.chance(SERVED_REGISTERED)) {
        const first = serving.weighted(REGISTERED_SERVICES);
        serve(p, first, registeredOn, regionName);
        if (serving.chance(0.35))
          serve(p, serving.weighted(REGISTERED_SERVICES.filter(([kind]) => kind !== first)), registeredOn, regionName);
      } else if (workingAge && capable && p.work !== 'RETIRED' && isAssisted(household, true) && serving.chance(SERVED_ASSISTED)) {
        const threeYearsAgo = addDays(today, -1095);
        if (p.work === 'FLEXIBLY_EMPLOYED' && serving.chance(0.4)) serve(p, 'PUBLIC_WELFARE_POST', threeYearsAgo, regionName, true);
        else if (p.work === 'EMPLOYED') serve(p, serving.chance(0.5) ? 'JOB_SUBSIDY' : 'JOB_REFERRAL', threeYearsAgo, regionName);
        else if (serving.chance(0.15)) serve(p, 'PUBLIC_WELFARE_POST', threeYearsAgo, regionName, false, addDays(today, -400));
        else serve(p, serving.chance(0.55) ? 'JOB_REFERRAL' : 'VOCATIONAL_TRAINING', threeYearsAgo, regionName);
      }
    }

    // Social insurance: employee schemes through work, resident schemes for everyone else.
    const enrol = (scheme: InsuranceScheme, status: InsuranceStatus, since: string, baseFen: number | null = null) => {
      enrollments.push({
        id: uuid(enrollmentIds),
        idNumber: p.idNumber,
        personKey: p.key,
        regionCode: p.regionCode,
        scheme,
        status,
        contributionBaseFen: baseFen === null ? null : String(baseFen),
        since: earlier(since, today),
      });
    };
    const adult = addYears(p.birthDate, 18);
    let employeePension = false;
    let employeeMedical = false;
    if (p.work === 'EMPLOYED') {
      const jobStart = later(daysBack(30, 9000, insurance), addYears(p.birthDate, 16));
      const base = Math.min(BASE_CEILING_FEN, Math.max(BASE_FLOOR_FEN, Math.round((p.incomeFen * insurance.normal(1, 0.08)) / 100) * 100));
      for (const scheme of ['EMPLOYEE_PENSION', 'EMPLOYEE_MEDICAL', 'UNEMPLOYMENT', 'WORK_INJURY'] as const)
        enrol(scheme, 'CONTRIBUTING', jobStart, base);
      employeePension = employeeMedical = true;
    } else if (p.work === 'FLEXIBLY_EMPLOYED' && workingAge && insurance.chance(FLEXIBLE_EMPLOYEE_INSURED)) {
      const since = later(daysBack(60, 4000, insurance), adult);
      enrol('EMPLOYEE_PENSION', 'CONTRIBUTING', since, BASE_FLOOR_FEN);
      enrol('EMPLOYEE_MEDICAL', 'CONTRIBUTING', since, BASE_FLOOR_FEN);
      employeePension = employeeMedical = true;
    } else if (p.work === 'RETIRED' && p.incomeFen >= EMPLOYEE_PENSION_INCOME_FEN) {
      const retiredOn = addYears(p.birthDate, p.gender === 'MALE' ? 60 : 55);
      enrol('EMPLOYEE_PENSION', 'RECEIVING', retiredOn);
      enrol('EMPLOYEE_MEDICAL', 'RECEIVING', retiredOn);
      employeePension = employeeMedical = true;
    } else if (p.work === 'UNEMPLOYED' && insurance.chance(FORMERLY_INSURED)) {
      const since = later(daysBack(800, 6000, insurance), adult);
      const lastBase = BASE_FLOOR_FEN + insurance.int(0, 8) * 10_000;
      enrol('EMPLOYEE_PENSION', 'SUSPENDED', since, lastBase);
      enrol('EMPLOYEE_MEDICAL', 'TERMINATED', since, lastBase);
      // Unemployment benefit is paid from registration, for up to two years.
      if (registeredOn && insurance.chance(0.5)) enrol('UNEMPLOYMENT', 'RECEIVING', registeredOn);
      employeePension = true;
    }
    if (!employeeMedical && p.insuredAsResident) {
      enrol(
        'RESIDENT_MEDICAL',
        'CONTRIBUTING',
        later(addDays(p.birthDate, insurance.int(1, 90)), addDays('2017-01-01', insurance.int(0, 700))),
      );
    }
    if (!employeePension && p.age >= 60) {
      enrol('RESIDENT_PENSION', 'RECEIVING', later(addDays(addYears(p.birthDate, 60), insurance.int(1, 60)), '2011-07-01'));
    } else if (!employeePension && workingAge && !p.schooling && insurance.chance(RESIDENT_PENSION_CONTRIBUTING)) {
      enrol(
        'RESIDENT_PENSION',
        'CONTRIBUTING',
        later(addDays(addYears(p.birthDate, 16), insurance.int(0, 400)), addDays('2011-07-01', insurance.int(0, 1200))),
      );
    }
  }

  await insertMany(db, EmploymentRecord, records);
  await insertMany(db, EmploymentService, services);
  await insertMany(db, SocialInsuranceEnrollment, enrollments);
}
