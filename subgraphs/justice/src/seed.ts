// The justice bureau's share of the demo city: legal aid cases of the persons who applied (far more of them on
// assistance, the means test waived for 低保/特困 recipients) and mediations of the decisions households contest.
// Who applied and when, and which decision is contested, is the city's (DemoPerson.justice); the rest is drawn here.
import { DataSource } from 'typeorm';
import { insertMany } from '../../../shared/src/db';
import { addDays, DemoCity, DemoHousehold, DemoPerson, isAssisted, uuid } from '../../../shared/src/demo/city';
import type { ContestedDecision } from '../../../shared/src/demo/justice';
import { personName } from '../../../shared/src/demo/names';
import { Rng } from '../../../shared/src/demo/rng';
import { DisputeMediation, LegalAidCase } from './entities';
import type { LegalAidCategory, LegalAidOutcome, MediationResult } from './generated/graphql';

type Case = Partial<LegalAidCase>;
type Mediation = Partial<DisputeMediation>;

/** Share of 低保/特困 recipients who show their certificate, so that the means test is waived. */
const WAIVER_SHOWN = 0.95;
/** Refusals: few when the test is waived (the matter is outside legal aid), more when the means test is applied. */
const REJECTED_WAIVED = 0.03;
const REJECTED_TESTED = 0.15;
const WITHDRAWN_BEFORE_DECISION = 0.02;
const OUTCOMES = [
  ['WON', 45],
  ['SETTLED', 35],
  ['LOST', 12],
  ['WITHDRAWN', 8],
] as const;
/** How long a lawyer handles a case of each category, in days: wage claims go fastest, injuries and medical disputes slowest. */
const DURATION: Record<LegalAidCategory, [number, number]> = {
  LABOUR_REMUNERATION: [30, 180],
  FAMILY_MAINTENANCE: [30, 240],
  WORK_INJURY: [90, 500],
  MEDICAL_DISPUTE: [120, 600],
  SOCIAL_ASSISTANCE_DECISION: [30, 120],
  OTHER: [30, 300],
};

const WORKPLACES = ['建筑工地', '物流公司', '食品厂', '纺织厂', '餐饮店', '装修队', '汽配厂', '农业合作社'];
const OTHER_MATTERS = ['道路交通事故损害赔偿纠纷', '房屋租赁合同纠纷', '民间借贷纠纷', '人身损害赔偿纠纷', '土地承包经营权纠纷'];

/** The matter as a category and the applicant's words: what people in the person's situation most often bring. */
function matterOf(rng: Rng, p: DemoPerson, h: DemoHousehold): [LegalAidCategory, string] {
  const working = (p.work === 'EMPLOYED' || p.work === 'FLEXIBLY_EMPLOYED' || p.work === 'UNEMPLOYED') && p.age >= 16;
  const refused = h.cases.some((c) => c.status === 'REJECTED' || c.status === 'TERMINATED');
  const adult = p.age >= 16 && p.age < 60;
  const category = rng.weighted<LegalAidCategory>([
    ['LABOUR_REMUNERATION', working ? 45 : adult ? 8 : 0],
    ['WORK_INJURY', working ? 12 : 0],
    ['FAMILY_MAINTENANCE', p.age < 18 ? 85 : p.age >= 60 ? 45 : 15],
    ['MEDICAL_DISPUTE', p.chronicIllness ? 8 : 3],
    ['SOCIAL_ASSISTANCE_DECISION', refused ? 25 : 3],
    ['OTHER', 5],
  ]);
  const workplace = rng.pick(WORKPLACES);
  switch (category) {
    case 'LABOUR_REMUNERATION':
      return [category, `追索某${workplace}拖欠的${rng.int(2, 12)}个月工资共${rng.int(3, 60) * 1000}元`];
    case 'WORK_INJURY':
      return [category, `在某${workplace}务工时受伤，申请工伤认定并主张工伤保险待遇`];
    case 'FAMILY_MAINTENANCE':
      if (p.age < 18) return [category, `由监护人代为要求父亲或母亲每月给付抚养费${rng.int(5, 15) * 100}元`];
      if (p.age >= 60) return [category, `要求子女每月给付赡养费${rng.int(3, 10) * 100}元并承担医疗费用`];
      return [category, '离婚后要求对方给付扶养费'];
    case 'MEDICAL_DISPUTE':
      return [category, '住院治疗后病情加重，主张医疗损害赔偿'];
    case 'SOCIAL_ASSISTANCE_DECISION':
      return [category, '对不予批准或停发最低生活保障的决定不服，申请代理行政复议'];
    default:
      return [category, rng.pick(OTHER_MATTERS)];
  }
}

/**
 * A case applied for on `appliedOn`, followed along its lifecycle as far as the city's today: decided within a week,
 * a lawyer assigned within days of the grant, closed after the category's usual time.
 */
function legalAidCase(rng: Rng, p: DemoPerson, h: DemoHousehold, appliedOn: string, today: string): Case {
  const [category, matter] = matterOf(rng, p, h);
  const meansTestWaived = isAssisted(h) && rng.chance(WAIVER_SHOWN);
  const row: Case = {
    id: uuid(rng),
    personKey: p.key,
    idNumber: p.idNumber,
    category,
    matter,
    regionCode: h.regionCode,
    meansTestWaived,
    status: 'APPLIED',
    appliedOn,
  };
  if (rng.chance(WITHDRAWN_BEFORE_DECISION)) {
    const closedOn = addDays(appliedOn, rng.int(1, 10));
    return closedOn > today ? row : { ...row, status: 'CLOSED', outcome: 'WITHDRAWN', closedOn, statusReason: '申请人撤回申请' };
  }
  const decidedOn = addDays(appliedOn, rng.int(2, 7));
  if (decidedOn > today) return row;
  if (rng.chance(meansTestWaived ? REJECTED_WAIVED : REJECTED_TESTED)) {
    const reason = meansTestWaived || rng.chance(0.3) ? '申请事项不属于法律援助范围' : '经审查，申请人家庭经济状况不符合法律援助条件';
    return { ...row, status: 'REJECTED', closedOn: decidedOn, statusReason: reason };
  }
  const accepted = { ...row, status: 'ACCEPTED' as const, acceptedOn: decidedOn };
  const assignedOn = addDays(decidedOn, rng.int(1, 5));
  if (assignedOn > today) return accepted;
  const lawyerName = personName(rng, rng.chance(0.55) ? 'MALE' : 'FEMALE');
  const [shortest, longest] = DURATION[category];
  const closedOn = addDays(assignedOn, rng.int(shortest, longest));
  if (closedOn > today) return { ...accepted, status: 'IN_PROGRESS', lawyerName };
  const outcome: LegalAidOutcome = rng.weighted(OUTCOMES);
  return { ...accepted, status: 'CLOSED', lawyerName, outcome, closedOn, statusReason: outcome === 'WITHDRAWN' ? '受援人撤回起诉' : null };
}

const DISPUTES: Record<ContestedDecision['basis'], string> = {
  REFUSED: '对不予批准最低生活保障的决定有异议，认为家庭收入核算有误',
  ENDED: '对停发最低生活保障金的决定有异议，认为家庭经济状况未发生变化',
  SUSPENDED: '对暂停发放最低生活保障金的决定有异议',
  AMOUNT: '对核定的救助金额有异议，认为未计入家庭成员的医疗支出',
  OTHER_UNIT: '对救助申请未获批准的决定有异议',
};
const RESULTS: Record<ContestedDecision['basis'], readonly (readonly [MediationResult, number])[]> = {
  REFUSED: [
    ['AGREEMENT', 35],
    ['NO_AGREEMENT', 25],
    ['REFERRED_TO_REVIEW', 40],
  ],
  ENDED: [
    ['AGREEMENT', 40],
    ['NO_AGREEMENT', 25],
    ['REFERRED_TO_REVIEW', 35],
  ],
  SUSPENDED: [
    ['AGREEMENT', 55],
    ['NO_AGREEMENT', 25],
    ['REFERRED_TO_REVIEW', 20],
  ],
  AMOUNT: [
    ['AGREEMENT', 50],
    ['NO_AGREEMENT', 30],
    ['REFERRED_TO_REVIEW', 20],
  ],
  OTHER_UNIT: [
    ['AGREEMENT', 45],
    ['NO_AGREEMENT', 30],
    ['REFERRED_TO_REVIEW', 25],
  ],
};
const RESULT_NOTES: Record<MediationResult, string | null> = {
  AGREEMENT: '双方达成协议：作出决定的单位重新核对家庭经济状况',
  NO_AGREEMENT: null,
  REFERRED_TO_REVIEW: '告知当事人可依法申请行政复议',
};

/** A mediation opened some days after the contested decision, closed after a few weeks unless still going on today. */
function mediation(rng: Rng, p: DemoPerson, h: DemoHousehold, contested: ContestedDecision, today: string): Mediation {
  const recent = contested.basis === 'SUSPENDED' ? 120 : 365 * 3;
  const decidedOn = contested.decidedOn ?? addDays(today, -rng.int(15, recent));
  const opened = addDays(decidedOn, rng.int(3, 30));
  const openedOn = opened > today ? today : opened;
  const closedOn = addDays(openedOn, rng.int(7, 60));
  const row: Mediation = {
    id: uuid(rng),
    personKey: p.key,
    idNumber: p.idNumber,
    programme: contested.programme,
    decidedOn,
    dispute: DISPUTES[contested.basis],
    mediatorName: personName(rng, rng.chance(0.5) ? 'MALE' : 'FEMALE'),
    regionCode: h.regionCode,
    status: 'OPEN',
    openedOn,
  };
  if (closedOn > today) return row;
  const result = rng.weighted(RESULTS[contested.basis]);
  return { ...row, status: 'CLOSED', result, closedOn, resultNote: RESULT_NOTES[result] };
}

export async function seed(db: DataSource, city: DemoCity): Promise<void> {
  const rng = new Rng(`${city.seed}:justice`);
  const when = rng.fork('applied');
  const cases = rng.fork('cases');
  const mediations = rng.fork('mediations');
  const caseRows: Case[] = [];
  const mediationRows: Mediation[] = [];

  for (const p of city.persons) {
    if (!p.justice) continue;
    const h = city.householdById.get(p.householdId)!;
    for (const years of p.justice.legalAidYearsAgo) {
      const drawn = addDays(city.today, -(years * 365 + when.int(0, 364)));
      // Never before the applicant was born (a child's guardian applies for the child).
      const appliedOn = drawn > p.birthDate ? drawn : addDays(p.birthDate, 1);
      caseRows.push(legalAidCase(cases, p, h, appliedOn, city.today));
    }
    if (p.justice.contested) mediationRows.push(mediation(mediations, p, h, p.justice.contested, city.today));
  }

  await insertMany(db, LegalAidCase, caseRows);
  await insertMany(db, DisputeMediation, mediationRows);
}
