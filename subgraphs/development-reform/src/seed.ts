// The commission's share of the demo city: each county's support institutions (a county care centre, township
// nursing homes, the city's welfare home in 卧龙区), sized to the 特困 persons they house, with their construction
// projects and the Five-Year plans' targets; and the placements of the 特困 persons the city places
// (DemoPerson.carePlacement), each in an institution of their own county.
import { DataSource } from 'typeorm';
import { insertMany } from '../../../shared/src/db';
import { addDays, DemoCity, DemoHousehold, DemoPerson, uuid } from '../../../shared/src/demo/city';
import { DemoCareLevel, supportedPersons } from '../../../shared/src/demo/development-reform';
import { Rng } from '../../../shared/src/demo/rng';
import { Region, REGIONS } from '../../../shared/src/regions';
import { CarePlacement, ConstructionProject, PlanTarget, SupportInstitution } from './entities';
import type { ConstructionKind, ConstructionStatus } from './generated/graphql';
import { MAX_BEDS_ADDED } from './rules';

type Institution = Partial<SupportInstitution> & { id: string; residents: Record<DemoCareLevel, number> };
type Project = Partial<ConstructionProject>;

/** Townships of each county with a nursing home (乡镇敬老院), as many as its residents need. */
const TOWNSHIPS: Record<string, string[]> = {
  '411302': ['瓦店镇', '红泥湾镇', '黄台岗镇', '金华镇', '高庙镇', '汉冢乡'],
  '411303': ['石桥镇', '潦河镇', '安皋镇', '蒲山镇', '陆营镇', '谢庄镇'],
  '411321': ['皇后乡', '白土岗镇', '留山镇', '云阳镇', '南河店镇', '板山坪镇'],
  '411322': ['博望镇', '拐河镇', '赵河镇', '广阳镇', '独树镇', '小史店镇'],
  '411323': ['丁河镇', '回车镇', '重阳镇', '双龙镇', '丹水镇', '西坪镇'],
  '411324': ['石佛寺镇', '晁陂镇', '贾宋镇', '侯集镇', '老庄镇', '卢医镇'],
  '411325': ['马山口镇', '夏馆镇', '师岗镇', '赤眉镇', '王店镇', '灌涨镇'],
  '411326': ['马蹬镇', '香花镇', '厚坡镇', '九重镇', '仓房镇', '上集镇'],
  '411327': ['桥头镇', '饶良镇', '兴隆镇', '晋庄镇', '李店镇', '郝寨镇'],
  '411328': ['源潭镇', '张店镇', '郭滩镇', '湖阳镇', '苍台镇', '上屯镇'],
  '411329': ['王庄镇', '沙堰镇', '新甸铺镇', '施庵镇', '歪子镇', '五星镇'],
  '411330': ['月河镇', '吴城镇', '固县镇', '毛集镇', '埠江镇', '黄岗镇'],
  '411381': ['穰东镇', '孟楼镇', '林扒镇', '构林镇', '十林镇', '张村镇'],
};
/** The city's welfare home (南阳市社会福利院) is in 卧龙区 and takes some of its 特困 residents. */
const WELFARE_HOME_REGION = '411303';
const WELFARE_HOME_SHARE = 0.2;
/** Residents a township home houses, about: the number of homes a county has follows from it. */
const TOWNSHIP_RESIDENTS = 35;
/** Shares of residents in the county centre, by need: the 14th Five-Year plan turned county centres to those who need care. */
const COUNTY_CENTRE_SHARE: Record<DemoCareLevel, number> = { FULL_CARE: 0.7, PARTIAL_CARE: 0.6, SELF_CARE: 0.25 };
/** Residents per care worker (护理员) by care level, as the national standard for support institutions sets them. */
const RESIDENTS_PER_CARER: Record<DemoCareLevel, number> = { SELF_CARE: 10, PARTIAL_CARE: 6, FULL_CARE: 3 };
/** Counties building a new county care centre for residents who cannot care for themselves. */
const NEW_BUILDS = 3;
/** 十四五 (2021-2025) then 十五五 (2026-2030): the share of 特困 persons needing care in centralised care, in percent. */
const CARE_SHARE_TARGETS = [40, 45, 50, 55, 60, 62, 64, 66, 68, 70];
const END_NOTES = ['本人申请回村分散供养', '亲属接回照料', '身体好转，申请分散供养'];
const SUSPENSION_NOTES = ['配套资金未到位，暂停施工', '用地手续调整，停工待续'];

const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);
const yuan = (amount: number) => String(Math.round(amount) * 100);
const between = (rng: Rng, from: string, to: string) => addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));
/** `count` distinct items drawn without replacement (a partial Fisher-Yates shuffle). */
function sample<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  for (let i = 0; i < Math.min(count, pool.length); i++) {
    const j = rng.int(i, pool.length - 1);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
}
const noResidents = (): Record<DemoCareLevel, number> => ({ SELF_CARE: 0, PARTIAL_CARE: 0, FULL_CARE: 0 });

/** The day the household's 特困 case began: placements follow it. */
function supportedSince(h: DemoHousehold): string {
  return h.cases.find((c) => c.program === 'EXTREME_POVERTY_SUPPORT' && c.status === 'ACTIVE')!.startDate;
}

/** A county's institutions before residents move in: the county centre, township homes for its residents, the welfare home. */
function institutionsOf(rng: Rng, region: Region, placed: number): Institution[] {
  const make = (kind: SupportInstitution['kind'], name: string, from: string, to: string): Institution => ({
    id: uuid(rng),
    kind,
    name,
    regionCode: region.code,
    openedOn: between(rng, from, to),
    residents: noResidents(),
  });
  const homes = Math.min(TOWNSHIPS[region.code].length, Math.max(1, Math.round(placed / TOWNSHIP_RESIDENTS)));
  return [
    make('COUNTY_CARE_CENTRE', `${region.name}特困人员供养服务中心`, '2008-01-01', '2019-12-31'),
    ...TOWNSHIPS[region.code].slice(0, homes).map((town) => make('TOWNSHIP_NURSING_HOME', `${town}敬老院`, '1995-01-01', '2012-12-31')),
    ...(region.code === WELFARE_HOME_REGION ? [make('PUBLIC_WELFARE_HOME', '南阳市社会福利院', '1985-01-01', '1998-12-31')] : []),
  ];
}

/** The institution of the person's county a resident lives in: the county centre for those who need care, mostly. */
function institutionFor(rng: Rng, p: DemoPerson, county: Institution[]): Institution {
  const welfare = county.find((i) => i.kind === 'PUBLIC_WELFARE_HOME');
  if (welfare && rng.chance(WELFARE_HOME_SHARE)) return welfare;
  if (rng.chance(COUNTY_CENTRE_SHARE[p.carePlacement!.careLevel])) return county[0];
  return rng.pick(county.filter((i) => i.kind === 'TOWNSHIP_NURSING_HOME'));
}

/** A project of an institution in one status, with dates that agree with it. */
function projectOf(rng: Rng, i: Institution, kind: ConstructionKind, status: ConstructionStatus, today: string): Project {
  const beds = i.beds!;
  const grown = kind === 'NEW_BUILD' ? beds : Math.max(1, Math.round(beds * (0.2 + rng.next() * 0.2)));
  const bedsAdded = kind === 'RENOVATION' ? 0 : Math.min(MAX_BEDS_ADDED, grown);
  const investment =
    kind === 'RENOVATION' ? 200_000 + Math.max(1, beds) * (15_000 + rng.int(0, 15_000)) : bedsAdded * rng.int(100_000, 150_000);
  const months = (n: number) => n * 30;
  const plannedStart =
    status === 'PLANNED'
      ? between(rng, addDays(today, 90), addDays(today, 360))
      : status === 'COMPLETED'
        ? between(rng, '2021-01-01', '2024-06-30')
        : between(rng, '2024-06-01', addDays(today, -120));
  const plannedCompletion = addDays(plannedStart, months(rng.int(10, 24)));
  const startDate = status === 'PLANNED' ? null : addDays(plannedStart, rng.int(0, 60));
  const completionDate = status === 'COMPLETED' ? addDays(startDate!, months(rng.int(8, 18))) : null;
  return {
    id: uuid(rng),
    institutionId: i.id,
    kind,
    bedsAdded,
    investmentFen: yuan(investment),
    status,
    plannedStart,
    plannedCompletion,
    startDate,
    completionDate,
    statusNote: status === 'SUSPENDED' ? rng.pick(SUSPENSION_NOTES) : null,
  };
}

/** Beds for the residents at an occupancy of 50-90%, care staff for their care levels. */
function sizeOf(rng: Rng, i: Institution): void {
  const residents = Object.values(i.residents).reduce((a, b) => a + b, 0);
  i.beds = Math.max(residents + 1, 2, Math.ceil(residents / (0.5 + rng.next() * 0.4)));
  const needed = (Object.entries(i.residents) as [DemoCareLevel, number][]).reduce(
    (sum, [level, n]) => sum + n / RESIDENTS_PER_CARER[level],
    0,
  );
  i.careStaff = Math.max(1, Math.round(needed * (0.7 + rng.next() * 0.5)));
}

export async function seed(db: DataSource, city: DemoCity): Promise<void> {
  const rng = new Rng(`${city.seed}:development-reform`);
  const places = rng.fork('institutions');
  const homes = rng.fork('homes');
  const dates = rng.fork('placement-dates');
  const works = rng.fork('projects');

  const placed = city.persons.filter((p) => p.carePlacement);
  const supported = supportedPersons(city);
  const byCounty = (persons: DemoPerson[], code: string) => persons.filter((p) => p.regionCode === code);

  const institutions: Institution[] = [];
  const placements: Partial<CarePlacement>[] = [];
  const projects: Project[] = [];
  for (const region of REGIONS) {
    const residents = byCounty(placed, region.code);
    const county = institutionsOf(places, region, residents.length);
    institutions.push(...county);
    for (const p of residents) {
      const home = institutionFor(homes, p, county);
      const { careLevel, current } = p.carePlacement!;
      const start = supportedSince(city.householdById.get(p.householdId)!);
      const latest = addDays(city.today, -7);
      const since = current
        ? between(dates, start, latest)
        : between(dates, start, addDays(start, Math.floor(daysBetween(start, latest) / 2)));
      const endedOn = current ? null : between(dates, addDays(since, 1), addDays(city.today, -1));
      if (current) home.residents[careLevel] += 1;
      placements.push({
        id: uuid(dates),
        personKey: p.key,
        idNumber: p.idNumber,
        institutionId: home.id,
        careLevel,
        since,
        status: current ? 'PLACED' : 'ENDED',
        endedOn,
        endReason: current ? null : 'MOVED_OUT',
        endNote: current ? null : dates.pick(END_NOTES),
      });
    }
    county.forEach((i) => sizeOf(places, i));
  }

  for (const i of institutions) {
    const centre = i.kind === 'COUNTY_CARE_CENTRE';
    // 十四五 特困人员供养服务设施（敬老院）改造提升: most were renovated or expanded in 2021-2025.
    if (works.chance(centre ? 0.6 : 0.45))
      projects.push(projectOf(works, i, works.chance(0.4) ? 'EXPANSION' : 'RENOVATION', 'COMPLETED', city.today));
    const open = works.weighted<ConstructionStatus | null>([
      ['UNDER_CONSTRUCTION', centre ? 15 : 8],
      ['PLANNED', centre ? 10 : 7],
      ['SUSPENDED', centre ? 0 : 3],
      [null, centre ? 75 : 82],
    ]);
    if (open) projects.push(projectOf(works, i, works.chance(0.5) ? 'EXPANSION' : 'RENOVATION', open, city.today));
  }

  // New county centres for residents who cannot care for themselves, sized to the county's need.
  const rural = REGIONS.filter((r) => !r.urban);
  for (const region of sample(works, rural, NEW_BUILDS)) {
    const needing = byCounty(placed, region.code).filter((p) => p.carePlacement!.careLevel !== 'SELF_CARE').length;
    const centre: Institution = {
      id: uuid(works),
      kind: 'COUNTY_CARE_CENTRE',
      name: `${region.name}失能特困人员照护中心`,
      regionCode: region.code,
      beds: Math.max(4, Math.ceil(needing * 1.5)),
      careStaff: 0,
      openedOn: null,
      residents: noResidents(),
    };
    projects.push(projectOf(works, centre, 'NEW_BUILD', works.chance(0.6) ? 'UNDER_CONSTRUCTION' : 'PLANNED', city.today));
    institutions.push({ ...centre, beds: 0 });
  }

  const targets: Partial<PlanTarget>[] = REGIONS.flatMap((region) => {
    const persons = byCounty(supported, region.code).length;
    return CARE_SHARE_TARGETS.map((careShareTarget, n) => ({
      regionCode: region.code,
      year: 2021 + n,
      careShareTarget,
      // Beds for 40% of the county's 特困 persons in 2021, three points more each year.
      bedsTarget: Math.ceil(persons * (0.4 + 0.03 * n)),
    }));
  });

  await insertMany(
    db,
    SupportInstitution,
    institutions.map(({ residents: _, ...row }) => row),
  );
  await insertMany(db, ConstructionProject, projects);
  await insertMany(db, CarePlacement, placements);
  await insertMany(db, PlanTarget, targets);
}
