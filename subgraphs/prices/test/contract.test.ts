// The price bureau keeps the contract every agency keeps (test/support/contract-suite.ts).
import { agencyContractSuite } from '../../../test/support/contract-suite';
import { householdInput, indexInput, LAST_MONTH, monthInput, ruleInput, TODAY } from './inputs';

/** Why an index's writes name no one in the access log. */
const CITY_STATISTICS = "a price index is the city's statistics, about no person or household";
/** Why the linkage rules' writes name no one. */
const CITY_RULE = "a linkage rule is the city's policy, about no person or household";

agencyContractSuite('prices', {
  // Enough 低保 and low-income households for every county to have survey households to filter.
  people: 3000,
  held: {
    Person: 'SELECT person_key FROM survey_household ORDER BY person_key',
  },
  arguments: { priceLinkage: () => ({ month: LAST_MONTH }) },
  lists: {
    surveyHouseholds: {
      valid: [{ stratum: 'MINIMUM_LIVING_ALLOWANCE', status: 'ACTIVE' }, { month: '2025-06' }, { regionCode: '411381' }],
      invalid: [
        [{ regionCode: '110105' }, 'filter.regionCode'],
        [{ month: '2025-13' }, 'filter.month', /YYYY-MM/],
      ],
    },
    priceIndices: {
      valid: [{ kind: 'FOOD_CPI', from: '2025-01', to: '2025-12' }, { from: '2026-01' }],
      invalid: [
        [{ from: '2025-6' }, 'filter.from', /YYYY-MM/],
        [{ from: '2025-06', to: '2025-01' }, 'filter.from', /must not be after filter.to/],
      ],
    },
  },
  writes: [
    {
      mutation: 'publishPriceIndex',
      input: () => indexInput(),
      change: 'correctPriceIndex',
      changeInput: (index) => ({ id: index.id, value: '102.1', publishedOn: TODAY, reason: '统计局修正了样本权重' }),
    },
    {
      mutation: 'enrollSurveyHousehold',
      input: () => householdInput(),
      change: 'withdrawSurveyHousehold',
      changeInput: (household) => ({ personId: household.person.id, withdrawnOn: TODAY, reason: '全家迁出调查县' }),
    },
    {
      mutation: 'recordSurveyMonth',
      input: async (write) => monthInput((await write('enrollSurveyHousehold', householdInput())).person.id),
      change: 'correctSurveyMonth',
      changeInput: (month) => ({ id: month.id, householdSize: 4, reason: '漏记了一名同住的孙辈' }),
    },
    {
      mutation: 'adoptPriceLinkageRule',
      input: () => ruleInput(),
      change: 'changePriceLinkageRule',
      changeInput: (rule) => ({ id: rule.id, cpiTrigger: '2.8', reason: '市政府常务会议决定进一步降低启动条件' }),
    },
  ],
  concernNoOne: {
    publishPriceIndex: CITY_STATISTICS,
    correctPriceIndex: CITY_STATISTICS,
    adoptPriceLinkageRule: CITY_RULE,
    changePriceLinkageRule: CITY_RULE,
  },
});
