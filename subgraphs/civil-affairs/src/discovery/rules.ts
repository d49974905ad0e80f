// The proactive-discovery rules civil affairs starts with (Interim Measures Art 17; the 2023 dynamic monitoring of
// low-income populations): each a saved cohort over the units' own lists, the unit that should act, and the need it
// is referred as. The migration seeds them (an edit here reaches new databases only); admins change them in a running
// city with changeDiscoveryRule, each change a new version.
import type { ReferralNeed } from '../generated/graphql';
import type { AlertSubject, DiscoveryMeasure } from './entities';

export interface RuleDefinition {
  id: string;
  name: string;
  description: string;
  responsibleUnit: string;
  need: ReferralNeed;
  alertPer: AlertSubject;
  condition: Record<string, unknown>;
  measure: DiscoveryMeasure | null;
  parameters: Record<string, unknown>;
}

const ACTIVE_DIBAO = { households: { program: 'MINIMUM_LIVING_ALLOWANCE', status: 'ACTIVE' } };

export const SEVERE_DISABILITY_WITHOUT_CARE = 'd1500000-0000-4000-8000-000000000001';
export const DIBAO_PUPIL_WITHOUT_AID = 'd1500000-0000-4000-8000-000000000002';
export const DIBAO_UNEMPLOYED_WITHOUT_SERVICE = 'd1500000-0000-4000-8000-000000000003';
export const MEDICAL_COSTS_BEYOND_INCOME = 'd1500000-0000-4000-8000-000000000004';
export const MONITORED_WITHOUT_DIBAO = 'd1500000-0000-4000-8000-000000000005';

export const SEEDED_RULES: readonly RuleDefinition[] = [
  {
    id: SEVERE_DISABILITY_WITHOUT_CARE,
    name: '重度残疾人未享护理补贴',
    description: 'Holds a grade 1 or 2 disability certificate and gets no severe-care subsidy (重度残疾人护理补贴).',
    responsibleUnit: 'disabled-persons',
    need: 'DISABILITY_SUBSIDY',
    alertPer: 'PERSON',
    condition: { disabledPersons: { grades: [1, 2], lacksSubsidy: 'SEVERE_CARE' } },
    measure: null,
    parameters: {},
  },
  {
    // Compulsory education charges no fees (education's rules refuse a fee waiver in its stages): the aid a pupil of a
    // 低保 household is owed there is the living allowance (两免一补's 补), so that is what the rule looks for.
    id: DIBAO_PUPIL_WITHOUT_AID,
    name: '低保家庭义务教育学生未享教育资助',
    description:
      'A member of an active 低保 household enrolled this school year in primary or junior secondary school (compulsory education) without its living allowance.',
    responsibleUnit: 'education',
    need: 'EDUCATION_AID',
    alertPer: 'PERSON',
    condition: {
      and: [
        ACTIVE_DIBAO,
        {
          or: [
            { students: { stage: 'PRIMARY', schoolYear: '$currentSchoolYear', lacksAid: 'LIVING_ALLOWANCE' } },
            { students: { stage: 'JUNIOR_SECONDARY', schoolYear: '$currentSchoolYear', lacksAid: 'LIVING_ALLOWANCE' } },
          ],
        },
      ],
    },
    measure: null,
    parameters: {},
  },
  {
    // Able-bodied, from what the units hold: of working age (the service filters ages on 5-year bands; human resources
    // registers no one under 16 as unemployed, so 15-59 is 16-59) and without a grade 1-2 disability certificate.
    id: DIBAO_UNEMPLOYED_WITHOUT_SERVICE,
    name: '低保家庭有劳动能力失业人员未获就业服务',
    description:
      'A member of an active 低保 household, of working age (16-59) and not severely disabled, unemployed and with no employment service in the last 12 months.',
    responsibleUnit: 'human-resources',
    need: 'EMPLOYMENT_ASSISTANCE',
    alertPer: 'PERSON',
    condition: {
      and: [
        ACTIVE_DIBAO,
        { jobSeekers: { status: 'UNEMPLOYED', withoutService: true } },
        { persons: { minAge: 15, maxAge: 59 } },
        { not: { disabledPersons: { grades: [1, 2] } } },
      ],
    },
    measure: null,
    parameters: {},
  },
  {
    // Not a key set alone: the condition finds whom health settled medical assistance for in the last 12 months, and the
    // measure weighs each one's self-paid total against the household's income (discovery/measures.ts).
    id: MEDICAL_COSTS_BEYOND_INCOME,
    name: '医疗自付费用超过家庭收入一定比例',
    description:
      "Self-paid medical costs in the last 12 months above a share (shareOfIncome) of the household's income for 12 months, as civil affairs last found it.",
    responsibleUnit: 'health',
    need: 'MEDICAL_ASSISTANCE',
    alertPer: 'PERSON',
    condition: { medicalAssistanceRecipients: { settledFrom: '$yearAgo' } },
    measure: 'SELF_PAID_MEDICAL_SHARE',
    // SDG indicator 3.8.2's higher line of catastrophic health spending: a quarter of the household's income.
    parameters: { shareOfIncome: '0.25' },
  },
  {
    id: MONITORED_WITHOUT_DIBAO,
    name: '防返贫监测户未纳入低保',
    description: 'A household the poverty alleviation office monitors against falling back into poverty, with no active 低保 case.',
    responsibleUnit: 'civil-affairs',
    need: 'MINIMUM_LIVING',
    alertPer: 'HOUSEHOLD',
    condition: { and: [{ monitoredPersons: { status: 'MONITORED' } }, { not: ACTIVE_DIBAO }] },
    measure: null,
    parameters: {},
  },
];
