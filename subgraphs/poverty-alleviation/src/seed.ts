// The poverty alleviation office's share of the demo city: the monitored households the city decided
// (DemoHousehold.povertyMonitoring: category, causes, status), their members head first, and the support measures
// their members' facts call for: employment, industry and micro-credit for the able-bodied, health for the ill,
// education for students, housing safety for unsafe houses, referrals to civil affairs for those who cannot work.
// Some households under monitoring have no measure yet: what proactive discovery looks for.
import { DataSource } from 'typeorm';
import { addYears } from '../../../shared/src/dates';
import { insertMany } from '../../../shared/src/db';
import { activePrograms, addDays, DemoCity, DemoHousehold, DemoPerson, uuid } from '../../../shared/src/demo/city';
import { isAbleBodied } from '../../../shared/src/demo/poverty-alleviation';
import { Rng } from '../../../shared/src/demo/rng';
import { MonitoredHousehold, MonitoredMember, MonitoredRiskCause, SupportMeasure } from './entities';
import type { SupportMeasureKind } from './generated/graphql';
import { MEASURE_YEARS, MONITORING_BEGAN } from './rules';

/** Share of households under monitoring with no measure recorded yet. */
const UNSUPPORTED = 0.1;
/** Share of measures stopped before they were carried out. */
const TERMINATED = 0.04;

const ELIMINATION_REASONS = [
  '家庭成员稳定务工，人均纯收入持续高于监测标准',
  '产业帮扶见效，家庭收入持续稳定',
  '纳入低保兜底保障，两不愁三保障及饮水安全巩固',
  '大病医疗费用经医保和医疗救助报销后支出可控',
  '灾后住房修复，生产生活恢复正常',
];
const TERMINATION_REASONS = ['本人外出务工，自愿放弃', '家庭成员去世', '户籍迁出本县', '项目未通过验收'];

const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);
const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);
/** A day from `from` to `to`, both included; `from` when the span is empty. */
const between = (rng: Rng, from: string, to: string) => addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));
const yuan = (rng: Rng, min: number, max: number, step: number) => String(rng.int(min / step, max / step) * step * 100);

interface Draft {
  person: DemoPerson;
  kind: SupportMeasureKind;
  amountFen: string | null;
  /** Days the measure is planned to run; null when open-ended. */
  days: number | null;
}

/** The measures the members' facts call for, each drawn; `able` are the members who can take part in development. */
function draftsFor(rng: Rng, h: DemoHousehold, members: DemoPerson[], causes: string[]): Draft[] {
  const drafts: Draft[] = [];
  const head = members[0];
  const able = members.filter(isAbleBodied);
  const unemployed = able.filter((m) => m.work === 'UNEMPLOYED');
  for (const m of unemployed)
    if (rng.chance(0.85))
      drafts.push({
        person: m,
        kind: 'EMPLOYMENT',
        amountFen: rng.chance(0.3) ? yuan(rng, 500, 1500, 100) : null,
        days: rng.int(180, 365),
      });
  if (unemployed.length === 0 && able.length && rng.chance(0.45))
    drafts.push({ person: rng.pick(able), kind: 'EMPLOYMENT', amountFen: null, days: rng.int(180, 365) });
  if (able.length && rng.chance(0.45))
    drafts.push({
      person: able.includes(head) ? head : able[0],
      kind: 'INDUSTRY',
      amountFen: yuan(rng, 1000, 8000, 100),
      days: rng.int(90, 365),
    });
  const borrowers = able.filter((m) => m.age >= 18);
  if (borrowers.length && rng.chance(0.2))
    drafts.push({ person: borrowers[0], kind: 'MICRO_CREDIT', amountFen: yuan(rng, 10000, 50000, 5000), days: null });
  const ill = members.filter((m) => m.chronicIllness || m.health?.medicalAssistance.includes('catastrophic'));
  if (causes.includes('ILLNESS') && ill.length && rng.chance(0.7))
    drafts.push({ person: rng.pick(ill), kind: 'HEALTH', amountFen: null, days: null });
  const students = members.filter((m) => m.schooling);
  if (students.length && rng.chance(0.6)) {
    const student = rng.pick(students);
    const vocational = student.schooling!.stage === 'SECONDARY_VOCATIONAL' || student.schooling!.stage === 'HIGHER_VOCATIONAL';
    // 雨露计划: 3,000 yuan a year for a vocational student of a monitored household.
    drafts.push({ person: student, kind: 'EDUCATION', amountFen: vocational ? '300000' : null, days: 365 });
  }
  if ((h.dilapidatedHouse || causes.includes('DISASTER')) && rng.chance(0.7))
    drafts.push({ person: head, kind: 'HOUSING_SAFETY', amountFen: yuan(rng, 10000, 35000, 1000), days: rng.int(60, 240) });
  const assisted = activePrograms(h).size > 0;
  if (rng.chance(able.length === 0 ? (assisted ? 0.3 : 0.6) : 0.05))
    drafts.push({ person: head, kind: 'SOCIAL_ASSISTANCE_REFERRAL', amountFen: null, days: rng.int(15, 60) });
  return drafts;
}

export async function seed(db: DataSource, city: DemoCity): Promise<void> {
  const rng = new Rng(`${city.seed}:poverty-alleviation`);
  const dates = rng.fork('dates');
  const support = rng.fork('measures');
  const ids = rng.fork('ids');
  const households: Partial<MonitoredHousehold>[] = [];
  const members: Partial<MonitoredMember>[] = [];
  const causes: Partial<MonitoredRiskCause>[] = [];
  const measures: Partial<SupportMeasure>[] = [];
  const yesterday = addDays(city.today, -1);

  for (const h of city.households) {
    const monitoring = h.povertyMonitoring;
    if (!monitoring) continue;
    const people = h.memberKeys
      .map((k) => city.personByKey.get(k)!)
      .sort((a, b) => Number(b.key === h.headKey) - Number(a.key === h.headKey));
    const eliminated = monitoring.status === 'RISK_ELIMINATED';
    // Registered once the mechanism began and every member was born: a household still monitored within the last two years
    // (the risk of most older ones has been eliminated), one whose risk was eliminated at least half a year before that.
    const earliest = later(
      MONITORING_BEGAN,
      people
        .map((p) => p.birthDate)
        .sort()
        .at(-1)!,
    );
    const registeredOn = eliminated
      ? between(dates, earliest, later(earliest, addDays(city.today, -200)))
      : between(dates, later(earliest, addDays(city.today, -730)), later(earliest, addDays(city.today, -20)));
    // Found eliminated six months to two and a half years after registration, and before today.
    const lastDay = earlier(addDays(registeredOn, 900), later(registeredOn, yesterday));
    const riskEliminatedOn = eliminated ? between(dates, earlier(addDays(registeredOn, 180), lastDay), lastDay) : null;
    const id = uuid(ids);
    households.push({
      id,
      personKey: people[0].key,
      regionCode: h.regionCode,
      category: monitoring.category,
      status: monitoring.status,
      registeredOn,
      riskEliminatedOn,
      riskEliminationReason: eliminated ? dates.pick(ELIMINATION_REASONS) : null,
    });
    people.forEach((p, position) => members.push({ personKey: p.key, idNumber: p.idNumber, monitoredHouseholdId: id, position }));
    monitoring.causes.forEach((cause) => causes.push({ monitoredHouseholdId: id, cause }));

    let drafts = draftsFor(support, h, people, monitoring.causes);
    if (!eliminated && support.chance(UNSUPPORTED)) drafts = [];
    // A risk is eliminated only after support.
    if (eliminated && drafts.length === 0) {
      const able = people.find(isAbleBodied);
      drafts.push(
        able
          ? { person: able, kind: 'EMPLOYMENT', amountFen: null, days: support.int(180, 365) }
          : { person: people[0], kind: 'SOCIAL_ASSISTANCE_REFERRAL', amountFen: null, days: support.int(15, 60) },
      );
    }
    for (const d of drafts) {
      // Support came within three months of registration; under monitoring, it is renewed: the current round began this year.
      const startDate = riskEliminatedOn
        ? between(support, registeredOn, earlier(addDays(registeredOn, 90), riskEliminatedOn))
        : between(support, later(registeredOn, addDays(city.today, -240)), later(registeredOn, yesterday));
      // A loan runs one to three years; open-ended measures close when the risk is eliminated.
      const planned =
        d.kind === 'MICRO_CREDIT'
          ? addDays(addYears(startDate, support.int(1, 3)), -1)
          : d.days !== null
            ? addDays(startDate, d.days)
            : riskEliminatedOn && earlier(riskEliminatedOn, addYears(startDate, MEASURE_YEARS));
      const over = planned !== null && planned < city.today;
      const terminated = over && support.chance(TERMINATED);
      measures.push({
        id: uuid(ids),
        monitoredHouseholdId: id,
        personKey: d.person.key,
        kind: d.kind,
        amountFen: d.amountFen,
        startDate,
        endDate: terminated ? between(support, startDate, planned!) : planned,
        status: terminated ? 'TERMINATED' : over ? 'COMPLETED' : 'ACTIVE',
        statusReason: terminated ? support.pick(TERMINATION_REASONS) : null,
      });
    }
  }

  await insertMany(db, MonitoredHousehold, households);
  await insertMany(db, MonitoredMember, members);
  await insertMany(db, MonitoredRiskCause, causes);
  await insertMany(db, SupportMeasure, measures);
}
