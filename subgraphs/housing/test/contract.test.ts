// The housing bureaus keep the contract every agency keeps (test/support/contract-suite.ts).
import { agencyContractSuite } from '../../../test/support/contract-suite';
import { applyInput, holdingInput } from './inputs';

agencyContractSuite('housing', {
  held: { Person: 'SELECT person_key FROM property_holding UNION SELECT person_key FROM housing_assistance ORDER BY 1' },
  lists: {
    housingAssistanceRecipients: {
      valid: [{ kind: 'DILAPIDATED_RENOVATION', status: 'COMPLETED' }, { regionCode: '411302' }],
      invalid: [[{ regionCode: '110105' }, 'filter.regionCode']],
    },
    propertyHolders: {
      valid: [{ minHoldings: 2 }, { kind: 'RESIDENTIAL', minTotalAreaSqm: 100.5 }],
      invalid: [
        [{ minHoldings: 0 }, 'filter.minHoldings'],
        [{ minHoldings: 51 }, 'filter.minHoldings'],
        [{ minTotalAreaSqm: -1 }, 'filter.minTotalAreaSqm'],
        [{ regionCode: '4113' }, 'filter.regionCode'],
      ],
    },
  },
  writes: [
    {
      mutation: 'recordPropertyHolding',
      input: () => holdingInput(),
      change: 'endPropertyHolding',
      changeInput: (holding) => ({ id: holding.id, endedOn: '2024-01-01', reason: 'SOLD' }),
    },
    {
      mutation: 'applyForHousingAssistance',
      input: () => applyInput(),
      change: 'changeHousingAssistance',
      changeInput: (application) => ({ id: application.id, status: 'APPROVED' }),
    },
  ],
});
