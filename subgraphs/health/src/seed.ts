// Health's share of the demo city: medical assistance settled for the ill of assisted households (and a few
// catastrophic cases outside assistance), rare emergency aid, and public-health enrolments by age and condition.
// Who gets which is the city's (DemoPerson.health, shared/src/demo/records.ts); bills, hospitals and dates are drawn here.
import { DataSource } from 'typeorm';
import { addYears } from '../../../shared/src/dates';
import { insertMany } from '../../../shared/src/db';
import { activePrograms, addDays, DemoCity, DemoHousehold, DemoPerson, uuid } from '../../../shared/src/demo/city';
import { Rng } from '../../../shared/src/demo/rng';
import { findRegion } from '../../../shared/src/regions';
import { EmergencyMedicalAid, HealthFile, MedicalAssistanceSettlement, PublicHealthEnrollment } from './entities';
import { MedicalNeed as Need, PublicHealthProgram } from '../../../shared/src/demo/records';
import type { HospitalLevel } from './generated/graphql';
import { PROGRAMS_BEGAN } from './rules';

/** How much of what insurance leaves medical assistance pays: 低保/特困, low-income, other (因病致贫). */
type Tier = 'dibao' | 'lowIncome' | 'other';

const ONE_STOP = 0.92;

const CITY_HOSPITALS = ['南阳市中心医院', '南阳市第一人民医院', '南阳市第二人民医院'];
/** A few towns of each county-level unit, for township health centres. */
const TOWNS: Record<string, string[]> = {
  '411302': ['红泥湾镇', '黄台岗镇', '瓦店镇', '高庙镇'],
  '411303': ['石桥镇', '潦河镇', '安皋镇', '蒲山镇'],
  '411321': ['云阳镇', '南河店镇', '板山坪镇', '留山镇'],
  '411322': ['博望镇', '拐河镇', '独树镇', '赵河镇'],
  '411323': ['丁河镇', '桑坪镇', '米坪镇', '双龙镇'],
  '411324': ['石佛寺镇', '晁陂镇', '贾宋镇', '侯集镇'],
  '411325': ['马山口镇', '湍东镇', '赤眉镇', '师岗镇'],
  '411326': ['马蹬镇', '香花镇', '厚坡镇', '荆紫关镇'],
  '411327': ['赊店镇', '桥头镇', '饶良镇', '兴隆镇'],
  '411328': ['源潭镇', '张店镇', '郭滩镇', '湖阳镇'],
  '411329': ['王庄镇', '沙堰镇', '新甸铺镇', '施庵镇'],
  '411330': ['埠江镇', '平氏镇', '淮源镇', '月河镇'],
  '411381': ['穰东镇', '孟楼镇', '林扒镇', '构林镇'],
};
const DIAGNOSES: Record<Need, string[]> = {
  chronic: ['高血压', '2型糖尿病', '冠心病', '脑梗死后遗症', '慢性阻塞性肺疾病', '慢性肾脏病', '类风湿关节炎', '帕金森病'],
  occasional: ['肺炎', '骨折', '急性阑尾炎', '胆囊结石', '白内障', '腰椎间盘突出症', '急性胃肠炎'],
  catastrophic: ['恶性肿瘤', '尿毒症', '白血病', '脑出血', '急性心肌梗死', '重度烧伤'],
};
/** Share of the bill basic medical insurance pays, by hospital level (lower levels reimburse more). */
const INSURED_SHARE: Record<HospitalLevel, number> = { TERTIARY: 0.57, SECONDARY: 0.64, PRIMARY: 0.68 };
/** Share of what insurance leaves that medical assistance pays. */
const ASSISTED_SHARE: Record<Tier, number> = { dibao: 0.65, lowIncome: 0.45, other: 0.4 };

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

function tierOf(household: DemoHousehold): Tier {
  const programs = activePrograms(household);
  if (programs.has('MINIMUM_LIVING_ALLOWANCE') || programs.has('EXTREME_POVERTY_SUPPORT')) return 'dibao';
  return programs.has('LOW_INCOME_CERTIFICATION') ? 'lowIncome' : 'other';
}

/** A hospital of `level` serving `regionCode`; the urban districts have no county hospital, only the city's. */
function hospital(rng: Rng, level: HospitalLevel, regionCode: string): string {
  const region = findRegion(regionCode);
  if (level === 'TERTIARY' || !region || (level === 'SECONDARY' && region.urban)) return rng.pick(CITY_HOSPITALS);
  if (level === 'SECONDARY') return `${region.name}人民医院`;
  return `${region.name}${rng.pick(TOWNS[regionCode] ?? ['城关镇'])}卫生院`;
}

export async function seed(db: DataSource, city: DemoCity): Promise<void> {
  const rng = new Rng(`${city.seed}:health`);
  const bills = rng.fork('settlements');
  const emergency = rng.fork('emergency');
  const programs = rng.fork('public-health');
  const ids = rng.fork('ids');
  const enrollmentIds = rng.fork('enrollment-ids');
  const today = city.today;
  const daysBack = (r: Rng, min: number, max: number) => addDays(today, -r.int(min, Math.max(min, max)));

  const files = new Map<string, Partial<HealthFile>>();
  const settlements: Partial<MedicalAssistanceSettlement>[] = [];
  const aid: Partial<EmergencyMedicalAid>[] = [];
  const enrollments: Partial<PublicHealthEnrollment>[] = [];
  const file = (p: DemoPerson) => {
    if (!files.has(p.key)) files.set(p.key, { personKey: p.key, idNumber: p.idNumber, regionCode: p.regionCode });
  };

  const settle = (p: DemoPerson, need: Need, tier: Tier) => {
    file(p);
    const urban = findRegion(p.regionCode)?.urban ?? true;
    const count = need === 'chronic' ? bills.int(1, 6) : bills.int(1, 2);
    for (let i = 0; i < count; i++) {
      const inpatient = need === 'catastrophic' || bills.chance(need === 'chronic' ? 0.4 : 0.5);
      let level: HospitalLevel = inpatient
        ? bills.weighted<HospitalLevel>(
            need === 'catastrophic'
              ? [
                  ['TERTIARY', 70],
                  ['SECONDARY', 30],
                ]
              : [
                  ['TERTIARY', 30],
                  ['SECONDARY', 45],
                  ['PRIMARY', 25],
                ],
          )
        : bills.weighted<HospitalLevel>([
            ['SECONDARY', 40],
            ['PRIMARY', 60],
          ]);
      // The urban districts have no county hospital: their people go to the city's hospitals.
      if (urban && level === 'SECONDARY') level = 'TERTIARY';
      const scale = level === 'TERTIARY' ? 1.5 : level === 'PRIMARY' ? 0.5 : 1;
      const yuan =
        need === 'catastrophic'
          ? bills.int(30_000, 80_000)
          : inpatient
            ? Math.exp(bills.normal(Math.log(9_000), 0.6)) * scale
            : Math.exp(bills.normal(Math.log(2_000), 0.45)) * scale;
      const totalFen = Math.round(Math.min(80_000, Math.max(800, yuan))) * 100 + bills.int(0, 99);
      const insuranceFen = Math.round(totalFen * (INSURED_SHARE[level] + (bills.next() - 0.5) * 0.06));
      const assistanceFen = Math.round((totalFen - insuranceFen) * (ASSISTED_SHARE[tier] + (bills.next() - 0.5) * 0.1));
      settlements.push({
        id: uuid(ids),
        personKey: p.key,
        settledOn: daysBack(bills, 0, 729),
        hospitalName: hospital(bills, level, p.regionCode),
        hospitalLevel: level,
        diagnosisCategory: bills.pick(DIAGNOSES[need]),
        inpatient,
        totalCostFen: String(totalFen),
        insurancePaidFen: String(insuranceFen),
        assistancePaidFen: String(assistanceFen),
        selfPaidFen: String(totalFen - insuranceFen - assistanceFen),
        oneStop: bills.chance(ONE_STOP),
      });
    }
  };

  // Medical assistance: the ill of assisted households, some of their other members, a few catastrophic cases.
  for (const p of city.persons) {
    for (const need of p.health?.medicalAssistance ?? []) settle(p, need, tierOf(city.householdById.get(p.householdId)!));
  }

  // Emergency medical aid: rare, anyone.
  for (const p of city.persons.filter((x) => x.health?.emergencyAid)) {
    file(p);
    const level = emergency.chance(0.7) ? 'TERTIARY' : 'SECONDARY';
    aid.push({
      id: uuid(ids),
      personKey: p.key,
      grantedOn: daysBack(emergency, 0, 1095),
      amountFen: String(emergency.int(2_000, 30_000) * 100),
      hospitalName: hospital(emergency, level, p.regionCode),
    });
  }

  // Basic public-health services: the day each program the person is enrolled in began.
  const enrolledOn = (p: DemoPerson, program: PublicHealthProgram): string => {
    switch (program) {
      case 'ELDERLY_HEALTH_MANAGEMENT':
        return addDays(later(addYears(p.birthDate, 65), PROGRAMS_BEGAN), programs.int(0, 365));
      // Patients are found and enrolled from the programs' start in 2009 on, once they are 35.
      case 'HYPERTENSION_MANAGEMENT':
      case 'DIABETES_MANAGEMENT':
        return later(daysBack(programs, 30, (p.age - 35) * 365), PROGRAMS_BEGAN);
      case 'CHILD_HEALTH_MANAGEMENT':
        return addDays(p.birthDate, programs.int(3, 28));
      case 'SEVERE_MENTAL_DISORDER_MANAGEMENT':
        return later(addYears(p.birthDate, 6), daysBack(programs, 60, 3000));
    }
  };
  for (const p of city.persons) {
    for (const program of p.health?.publicHealth ?? []) {
      file(p);
      enrollments.push({ id: uuid(enrollmentIds), personKey: p.key, program, enrolledOn: earlier(enrolledOn(p, program), today) });
    }
  }

  await insertMany(db, HealthFile, [...files.values()]);
  await insertMany(db, MedicalAssistanceSettlement, settlements);
  await insertMany(db, EmergencyMedicalAid, aid);
  await insertMany(db, PublicHealthEnrollment, enrollments);
}
