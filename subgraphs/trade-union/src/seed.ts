// The trade unions' share of the demo city: difficult-worker files of members in hardship, and union aid.
// Which members have a file or a mutual-aid or legal-aid grant is the city's (DemoPerson.tradeUnion); the rest is drawn here.
import { DataSource } from 'typeorm';
import { insertMany } from '../../../shared/src/db';
import { addDays, DemoCity, DemoHousehold, DemoPerson, dibaoStandardFen, isAssisted, uuid } from '../../../shared/src/demo/city';
import { Rng } from '../../../shared/src/demo/rng';
import { findRegion } from '../../../shared/src/regions';
import { DifficultWorkerFile, UnionAid } from './entities';
import type { DifficultyReason, UnionAidKind } from './generated/graphql';

type File = Partial<DifficultWorkerFile>;
type Aid = Partial<UnionAid>;

/** 春节 (Spring Festival) dates; WARMTH_DELIVERY is handed out in the weeks before each. */
const SPRING_FESTIVALS = [
  '2022-02-01',
  '2023-01-22',
  '2024-02-10',
  '2025-01-29',
  '2026-02-17',
  '2027-02-06',
  '2028-01-26',
  '2029-02-13',
  '2030-02-03',
];

const TRADES = ['纺织', '机械', '食品', '建筑', '物流', '商贸', '玉雕', '药业', '电力', '化工', '环卫', '汽配'];
const FORMS = ['有限公司', '股份有限公司', '有限责任公司'];

const yuan = (amount: number) => String(amount * 100);

function employerName(rng: Rng, regionName: string): string {
  return `${rng.chance(0.3) ? '南阳' : regionName.slice(0, 2)}${rng.pick(TRADES)}${rng.pick(FORMS)}`;
}

function reasonFor(rng: Rng, worker: DemoPerson, members: DemoPerson[]): DifficultyReason {
  if (members.some((m) => m.disability)) return 'DISABILITY';
  if (worker.chronicIllness || members.some((m) => m.chronicIllness && m.age < 60)) return 'ILLNESS';
  if (members.some((m) => m.schooling?.stage === 'UNDERGRADUATE' || m.schooling?.stage === 'HIGHER_VOCATIONAL')) return 'CHILD_EDUCATION';
  if (members.some((m) => m.work === 'UNEMPLOYED')) return 'UNEMPLOYMENT';
  return rng.chance(0.04) ? 'DISASTER' : 'LOW_INCOME';
}

/** The file of a member in hardship. */
function fileFor(rng: Rng, h: DemoHousehold, worker: DemoPerson, members: DemoPerson[], today: string): File {
  const region = findRegion(h.regionCode)!;
  const standard = dibaoStandardFen(region);
  const illOrDisabled = worker.chronicIllness || members.some((m) => m.disability);
  // 深度困难: on 低保/特困 or below the dibao line; 相对困难: income alone within 1.5x of it; 一般困难: the rest.
  const level = isAssisted(h) || h.perCapitaIncomeFen < standard ? 'DEEP' : isAssisted(h, true) || illOrDisabled ? 'GENERAL' : 'RELATIVE';
  return {
    id: uuid(rng),
    idNumber: worker.idNumber,
    personKey: worker.key,
    regionCode: h.regionCode,
    level,
    since: addDays(today, -rng.int(60, 2500)),
    reason: reasonFor(rng, worker, members),
    employerName: worker.work === 'EMPLOYED' ? employerName(rng, region.name) : null,
    status: rng.chance(0.1) ? 'LEFT_DIFFICULTY' : 'ACTIVE',
  };
}

/** The aid granted to a member: deliveries, schooling and medical aid on file; mutual aid and legal aid for anyone. */
function aidFor(rng: Rng, worker: DemoPerson, members: DemoPerson[], file: File | null, today: string): Aid[] {
  const grants: Aid[] = [];
  const grant = (kind: UnionAidKind, amountYuan: number, grantedOn: string) => {
    if (grantedOn <= today)
      grants.push({ id: uuid(rng), idNumber: worker.idNumber, personKey: worker.key, kind, amountFen: yuan(amountYuan), grantedOn });
  };
  if (file) {
    const since = file.since!;
    if (file.status === 'ACTIVE' && rng.chance(0.85)) {
      for (const festival of SPRING_FESTIVALS.filter((d) => d <= today).slice(-2)) {
        const on = addDays(festival, -rng.int(5, 25));
        if (on >= since) grant('WARMTH_DELIVERY', rng.int(5, 10) * 100, on);
      }
    }
    const student = members.some((m) => m.schooling?.stage === 'UNDERGRADUATE' || m.schooling?.stage === 'HIGHER_VOCATIONAL');
    if (student && rng.chance(0.8)) {
      // 金秋助学 is granted at the start of the school year, in late August or September.
      const year = Number(today.slice(0, 4)) - (today.slice(5) < '09-15' ? 1 : 0);
      const on = addDays(`${year}-08-20`, rng.int(0, 25));
      if (on >= since) grant('SCHOOLING', rng.int(30, 50) * 100, on);
    }
    if (worker.chronicIllness && rng.chance(0.6)) grant('MEDICAL', rng.int(10, 100) * 100, addDays(today, -rng.int(10, 700)));
  }
  if (worker.tradeUnion?.mutualAid) grant('MUTUAL_AID', rng.int(5, 80) * 100, addDays(today, -rng.int(10, 1000)));
  if (worker.tradeUnion?.legalAid) grant('LEGAL', 0, addDays(today, -rng.int(10, 1000)));
  return grants;
}

export async function seed(db: DataSource, city: DemoCity): Promise<void> {
  const rng = new Rng(`${city.seed}:trade-union`);
  const files = rng.fork('files');
  const aid = rng.fork('aid');
  const fileRows: File[] = [];
  const aidRows: Aid[] = [];

  for (const h of city.households) {
    const members = h.memberKeys.map((k) => city.personByKey.get(k)!);
    for (const worker of members.filter((m) => m.tradeUnion)) {
      const file = worker.tradeUnion!.difficultWorkerFile ? fileFor(files, h, worker, members, city.today) : null;
      if (file) fileRows.push(file);
      aidRows.push(...aidFor(aid, worker, members, file, city.today));
    }
  }

  await insertMany(db, DifficultWorkerFile, fileRows);
  await insertMany(db, UnionAid, aidRows);
}
