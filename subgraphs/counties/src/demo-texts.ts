// The words of the county governments' demo records: meeting topics, decisions, supervision tasks and the notes on them.
import { Rng } from '../../../shared/src/demo/rng';
import type { GovernmentUnit, SupervisionCategory } from './generated/graphql';

/** What a text may name: the county, a township of it, a year, a quarter, a number. */
export interface TextContext {
  county: string;
  township: string;
  year: number;
  quarter: number;
  month: number;
  n: number;
}

const fill = (template: string, c: TextContext) =>
  template
    .replace(/\{county\}/g, c.county)
    .replace(/\{township\}/g, c.township)
    .replace(/\{year\}/g, String(c.year))
    .replace(/\{nextYear\}/g, String(c.year + 1))
    .replace(/\{quarter\}/g, '一二三四'[c.quarter - 1])
    .replace(/\{month\}/g, String(c.month))
    .replace(/\{n\}/g, String(c.n));

export const plenaryTopic = (c: TextContext, firstHalf: boolean) =>
  `${c.county}${c.year}年${firstHalf ? '上半年' : '下半年'}困难群众基本生活保障工作联席会议`;

/** Special meetings: their topic and the units they concern besides the county government and civil affairs. */
export const SPECIAL_MEETINGS: readonly { topic: string; units: readonly GovernmentUnit[] }[] = [
  { topic: '{year}年城乡低保和特困人员救助供养标准调整专题会议', units: ['FINANCE', 'PRICES'] },
  { topic: '{year}年冬春困难群众救助资金拨付专题会议', units: ['FINANCE', 'POVERTY_ALLEVIATION'] },
  { topic: '低保专项治理问题整改推进专题会议', units: ['FINANCE', 'JUSTICE', 'POVERTY_ALLEVIATION'] },
  { topic: '困难群众价格临时补贴启动专题会议', units: ['FINANCE', 'PRICES', 'HUMAN_RESOURCES'] },
  { topic: '防止返贫动态监测与低保衔接专题会议', units: ['POVERTY_ALLEVIATION', 'AGRICULTURE'] },
  { topic: '社会救助“一门受理、协同办理”推进专题会议', units: ['EDUCATION', 'HEALTH', 'HOUSING', 'HUMAN_RESOURCES'] },
  { topic: '困难群众医疗救助“一站式”结算专题会议', units: ['HEALTH', 'FINANCE'] },
  { topic: '特困人员供养服务设施改造提升专题会议', units: ['DEVELOPMENT_REFORM', 'FINANCE', 'HOUSING'] },
];

export const caseTopic = (c: TextContext, need: string) => `个案会商：${c.township}一户${need}家庭的救助`;
export const CASE_NEEDS = ['因病致贫', '因残致困', '因灾致困', '因学致困', '突发意外', '重病重残'];
/** Units a case consultation may bring in besides the county government and civil affairs. */
export const CASE_UNITS: readonly GovernmentUnit[] = [
  'HEALTH',
  'EDUCATION',
  'HOUSING',
  'HUMAN_RESOURCES',
  'DISABLED_PERSONS',
  'TRADE_UNION',
  'JUSTICE',
];

/** What a plenary or special meeting may decide a unit is to do, and what kind of task that is to supervise. */
const DECISIONS: Record<GovernmentUnit, readonly (readonly [SupervisionCategory, string])[]> = {
  COUNTIES: [
    ['RECTIFICATION', '县政府督查室对各成员单位落实联席会议议定事项情况开展专项督查'],
    ['POLICY_IMPLEMENTATION', '将困难群众基本生活保障工作纳入{year}年度乡镇（街道）目标考核'],
  ],
  CIVIL_AFFAIRS: [
    ['VERIFICATION', '组织各乡镇（街道）开展{year}年度城乡低保对象复核，收入超标的按程序退出'],
    ['POLICY_IMPLEMENTATION', '会同财政局测算{nextYear}年城乡低保标准调整方案，报县政府审定'],
    ['POLICY_IMPLEMENTATION', '在{township}便民服务中心落实“一门受理、协同办理”，转办事项3个工作日内分送相关部门'],
    ['POLICY_IMPLEMENTATION', '开展特困人员生活自理能力评估，照料护理标准按评估结果分档落实'],
  ],
  EDUCATION: [['VERIFICATION', '秋季学期开学前完成低保、特困家庭学生资助资格比对，落实学费减免和生活补助']],
  HUMAN_RESOURCES: [
    ['POLICY_IMPLEMENTATION', '为低保家庭中有劳动能力的登记失业人员至少推荐一次就业岗位'],
    ['VERIFICATION', '核查低保对象社会保险参保和缴费情况，按规定代缴城乡居民养老保险'],
  ],
  HEALTH: [['POLICY_IMPLEMENTATION', '县域内定点医院全部开通医疗救助“一站式”结算']],
  HOUSING: [
    ['VERIFICATION', '完成{year}年农村危房改造对象中低保、特困户的房屋安全鉴定'],
    ['POLICY_IMPLEMENTATION', '为城镇低保住房困难家庭优先配租公共租赁住房'],
  ],
  TRADE_UNION: [['INFORMATION_SHARING', '将困难职工档案中符合低保条件的家庭名单推送民政局']],
  DISABLED_PERSONS: [['VERIFICATION', '比对困难残疾人生活补贴、重度残疾人护理补贴发放名单与低保名单']],
  DEVELOPMENT_REFORM: [['POLICY_IMPLEMENTATION', '推进县特困人员供养服务设施改造提升项目，{year}年底前完工']],
  FINANCE: [
    ['FUNDS', '足额拨付{year}年第{quarter}季度城乡低保和特困供养资金，不得滞留挪用'],
    ['FUNDS', '将困难群众价格临时补贴资金纳入预算，按月及时拨付'],
  ],
  JUSTICE: [['POLICY_IMPLEMENTATION', '在{township}设立法律援助工作站，为困难群众提供法律援助']],
  AGRICULTURE: [['VERIFICATION', '核查农村特困人员承包土地流转收益，纳入家庭收入核算']],
  PRICES: [['INFORMATION_SHARING', '按月监测居民消费价格指数，达到价格联动启动条件时及时报告民政局、财政局']],
  POVERTY_ALLEVIATION: [['INFORMATION_SHARING', '与民政局按月比对防返贫监测对象和低保对象名单，符合条件的及时纳入低保']],
};

/** What a case consultation may decide a unit is to do for the household. */
const CASE_DECISIONS: Record<GovernmentUnit, string> = {
  COUNTIES: '由县政府统筹临时救助资金，一事一议解决该户困难',
  CIVIL_AFFAIRS: '对该户启动临时救助，按“先行救助”程序7日内发放',
  EDUCATION: '为该户在校子女落实学费减免和生活补助',
  HUMAN_RESOURCES: '为该户有劳动能力的成员推荐就业岗位或安排公益性岗位',
  HEALTH: '为该户患病成员落实医疗救助倾斜政策和“一站式”结算',
  HOUSING: '对该户住房进行安全鉴定，符合条件的纳入危房改造',
  TRADE_UNION: '为该户职工成员建立困难职工档案并给予帮扶',
  DISABLED_PERSONS: '为该户残疾成员办理残疾人证，落实两项补贴',
  DEVELOPMENT_REFORM: '协调该户特困成员入住县特困人员供养服务机构',
  FINANCE: '及时拨付该户临时救助资金',
  JUSTICE: '为该户提供法律援助，协助追索赔偿',
  AGRICULTURE: '协助该户办理承包土地流转，增加家庭收入',
  PRICES: '核算该户基本生活支出，作为救助额度参考',
  POVERTY_ALLEVIATION: '将该户纳入防止返贫监测对象，落实帮扶措施',
};

/** A decision of a plenary or special meeting for `unit`, with the kind of task it is. */
export function decisionOf(rng: Rng, unit: GovernmentUnit, c: TextContext): { text: string; category: SupervisionCategory } {
  const [category, template] = rng.pick(DECISIONS[unit]);
  return { text: fill(template, c), category };
}

export const caseDecisionText = (unit: GovernmentUnit) => CASE_DECISIONS[unit];

/** Which units a task of a category is mostly addressed to. */
export const CATEGORY_UNITS: Record<SupervisionCategory, readonly GovernmentUnit[]> = {
  POLICY_IMPLEMENTATION: ['CIVIL_AFFAIRS', 'EDUCATION', 'HEALTH', 'HOUSING', 'HUMAN_RESOURCES'],
  FUNDS: ['FINANCE', 'FINANCE', 'CIVIL_AFFAIRS'],
  CASE_HANDLING: ['CIVIL_AFFAIRS', 'CIVIL_AFFAIRS', 'HEALTH', 'EDUCATION', 'HOUSING', 'DISABLED_PERSONS'],
  VERIFICATION: ['CIVIL_AFFAIRS', 'CIVIL_AFFAIRS', 'DISABLED_PERSONS', 'HUMAN_RESOURCES', 'POVERTY_ALLEVIATION'],
  RECTIFICATION: ['CIVIL_AFFAIRS', 'FINANCE', 'HEALTH'],
  INFORMATION_SHARING: ['HUMAN_RESOURCES', 'HEALTH', 'DISABLED_PERSONS', 'HOUSING', 'AGRICULTURE', 'TRADE_UNION'],
};

const TASKS: Record<SupervisionCategory, readonly string[]> = {
  POLICY_IMPLEMENTATION: [
    '落实{year}年城乡低保标准提标，{month}月起按新标准发放',
    '落实特困人员照料护理补贴分档发放政策',
    '落实低保渐退期政策，防止“一退了之”',
  ],
  FUNDS: [
    '第{quarter}季度困难群众救助资金拨付进度滞后，限期拨付到位',
    '临时救助备用金未按规定预拨乡镇（街道），限期整改',
    '价格临时补贴未按月足额发放，限期补发',
  ],
  CASE_HANDLING: [
    '{township}群众反映一户因病致贫家庭救助申请未及时受理，限期办结并反馈',
    '{township}一户低保家庭子女助学申请，限期办理',
    '{township}一户特困人员集中供养申请，限期安置',
  ],
  VERIFICATION: [
    '对{township}低保对象开展入户核查，共{n}户',
    '比对死亡火化数据，清理{township}已故人员低保待遇',
    '核查{township}低保家庭车辆、房产等财产情况',
  ],
  RECTIFICATION: [
    '整改市审计发现的低保“人情保”“关系保”问题',
    '整改省专项巡查反馈的特困供养问题',
    '整改市民政局督查发现的{township}临时救助台账不全问题',
  ],
  INFORMATION_SHARING: [
    '按月向民政局共享{month}月新增登记失业、就业人员数据',
    '向民政局共享残疾人证新办、注销数据',
    '向民政局共享不动产登记数据，用于家庭经济状况核对',
  ],
};

export const taskText = (rng: Rng, category: SupervisionCategory, c: TextContext) => fill(rng.pick(TASKS[category]), c);

export const PROGRESS_NOTES = [
  '已召开专题会议部署，正在推进',
  '已完成约一半，其余正在推进',
  '已与相关部门对接，正在办理',
  '已制定工作方案，明确责任人和时间节点',
];
export const EXTENSION_NOTE = '工作量较大，申请延期，经县协调机制办公室同意';
export const DONE_NOTES = [
  '已按期办结，相关材料已报协调机制办公室',
  '已全部办结，群众满意',
  '整改完成，并建立长效机制',
  '资金已全部拨付到位',
  '已完成比对，结果已反馈民政局',
];
